package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.classify.Typology;

/**
 * The typology names of the figures: {@link #ALL} violent crime, then each {@link Typology}, in that
 * order wherever the result lists them.
 */
final class Typologies {

  /** The name of the figures for all violent crime. */
  static final String ALL = "ALL";

  private Typologies() {}

  /** @return {@code ALL}, then the {@link Typology} names in their order */
  static List<String> names() {
    List<String> out = new ArrayList<>();
    out.add(ALL);
    for (Typology t : Typology.values()) {
      out.add(t.name());
    }
    return out;
  }

  /** @return the place of a name in {@link #names()}: 0 for {@code ALL} */
  static int index(String typology) {
    return typology.equals(ALL) ? 0 : Typology.valueOf(typology).ordinal() + 1;
  }
}
