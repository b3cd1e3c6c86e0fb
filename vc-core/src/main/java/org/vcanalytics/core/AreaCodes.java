package org.vcanalytics.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The area codes a force assigned to a crime, by level. A small immutable value that many crimes
 * share (a force has a few thousand combinations for millions of crimes), so loaders keep one
 * instance per combination.
 *
 * @param codes level to code, in the order {@code npu}, {@code neighbourhood}, {@code
 *     postcode_district}, {@code lsoa}, then other levels as given
 */
public record AreaCodes(Map<String, String> codes) {

  /** No codes. */
  public static final AreaCodes NONE = new AreaCodes(Map.of());

  /** Copies the codes in level order. */
  public AreaCodes {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String level : Crime.AREA_LEVELS) {
      if (codes.containsKey(level)) {
        ordered.put(level, Ids.requireId(codes.get(level), level + " code"));
      }
    }
    codes.forEach((level, code) -> ordered.putIfAbsent(Ids.requireId(level, "area level"), Ids.requireId(code, level + " code")));
    codes = Collections.unmodifiableMap(ordered);
  }

  /**
   * @param codes level to code
   * @return the value ({@link #NONE} when empty)
   */
  public static AreaCodes of(Map<String, String> codes) {
    return codes.isEmpty() ? NONE : new AreaCodes(codes);
  }
}
