package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.geo.AreaLayer;

/**
 * Which area of every level each violent crime counts in, by the rules of {@link Hotspots} (the
 * specification §4.6): the force's pre-assigned code for the level, else the area its point falls in
 * ({@link AreaLayer}'s boundary rule), else the nearest area within the gap tolerance ({@link
 * AreaLayer#locate(GridPoint, double)}'s gap rule), else {@link AreaLayer#UNASSIGNED}. Also the levels counted, the pre-assigned codes
 * that are not areas of the file, the counts per rule ({@link LevelAssignment}) and the warnings they
 * give. O(N × L × log A) for N crimes, L levels and A areas; read-only afterwards.
 */
final class AreaAssignment {

  /** Area order: ids in {@link String#compareTo} order, {@code UNASSIGNED} last. */
  static final Comparator<String> AREA_ORDER =
      Comparator.comparing((String id) -> id.equals(AreaLayer.UNASSIGNED)).thenComparing(id -> id);

  private final SortedMap<String, AreaLayer> layers;
  private final List<String> levels;
  private final String[][] areaOf; // [level][crime]
  private final Map<String, SortedSet<String>> extraCodes;
  private final List<LevelAssignment> counts;
  private final List<String> warnings;
  private final double gapTolerance;

  private AreaAssignment(
      SortedMap<String, AreaLayer> layers,
      double gapTolerance,
      List<String> levels,
      String[][] areaOf,
      Map<String, SortedSet<String>> extraCodes,
      List<LevelAssignment> counts,
      List<String> warnings) {
    this.layers = layers;
    this.gapTolerance = gapTolerance;
    this.levels = List.copyOf(levels);
    this.areaOf = areaOf;
    this.extraCodes = Collections.unmodifiableMap(extraCodes);
    this.counts = List.copyOf(counts);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * @param crimes the crimes
   * @param layers the area layers, by level
   * @param chosen the levels the options name; empty for every level with areas or codes
   * @param gapTolerance the gap tolerance in metres, 0 for strict point-in-polygon
   */
  static AreaAssignment of(
      ViolentCrimes crimes,
      SortedMap<String, AreaLayer> layers,
      List<String> chosen,
      double gapTolerance) {
    List<String> warnings = new ArrayList<>();
    List<String> levels = levels(crimes, layers, chosen, warnings);
    for (String level : levels) {
      if (layers.containsKey(level)) {
        warnings.addAll(layers.get(level).repairs());
      }
    }
    String[][] areaOf = new String[levels.size()][crimes.size()];
    Map<String, SortedSet<String>> extraCodes = new HashMap<>();
    List<LevelAssignment> counts = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      String level = levels.get(l);
      AreaLayer layer = layers.get(level);
      TreeSet<String> extra = new TreeSet<>();
      long pre = 0, poly = 0, near = 0, noLoc = 0, outside = 0, notInFile = 0;
      for (int i = 0; i < crimes.size(); i++) {
        Crime c = crimes.crime(i);
        String code = c.areaCodes().get(level);
        String area;
        if (code != null && !code.isBlank()) {
          area = code;
          pre++;
          if (layer == null || layer.area(code).isEmpty()) {
            notInFile++;
            extra.add(code);
          }
        } else if (c.location().isEmpty()) {
          area = AreaLayer.UNASSIGNED;
          noLoc++;
        } else {
          area = layer == null ? AreaLayer.UNASSIGNED : layer.locate(c.location().get());
          if (!area.equals(AreaLayer.UNASSIGNED)) {
            poly++;
          } else if (layer != null && gapTolerance > 0) {
            area = layer.locate(c.location().get(), gapTolerance);
            if (area.equals(AreaLayer.UNASSIGNED)) {
              outside++;
            } else {
              near++;
            }
          } else {
            outside++;
          }
        }
        areaOf[l][i] = area;
      }
      extraCodes.put(level, Collections.unmodifiableSortedSet(extra));
      if (notInFile > 0 && layer != null) {
        warnings.add(
            notInFile + " violent " + (notInFile == 1 ? "crime carries a " : "crimes carry ")
                + level + " code" + (notInFile == 1 ? "" : "s") + " not in the area file ("
                + String.join(", ", first(extra, 5)) + (extra.size() > 5 ? ", ..." : "")
                + "); counted under the code, with no population or polygon");
      }
      counts.add(new LevelAssignment(level, pre, poly, near, noLoc, outside, notInFile));
    }
    return new AreaAssignment(layers, gapTolerance, levels, areaOf, extraCodes, counts, warnings);
  }

  /** The levels named, else every level with areas or pre-assigned codes, in level order. */
  private static List<String> levels(
      ViolentCrimes crimes,
      SortedMap<String, AreaLayer> layers,
      List<String> chosen,
      List<String> warnings) {
    List<String> levels;
    if (!chosen.isEmpty()) {
      levels = chosen;
    } else {
      TreeSet<String> all = new TreeSet<>(layers.keySet());
      for (Crime c : crimes.crimes()) {
        all.addAll(c.areaCodes().keySet());
      }
      levels = List.copyOf(all);
    }
    for (String level : levels) {
      if (!layers.containsKey(level)) {
        warnings.add(
            "level " + level + " has no polygons in the area file: only pre-assigned codes place"
                + " crimes, the rest are UNASSIGNED, and travel and schools skip it");
      }
    }
    return levels;
  }

  private static List<String> first(Set<String> s, int n) {
    return s.stream().limit(n).toList();
  }

  /** @return the area layers (levels with polygons), by level */
  SortedMap<String, AreaLayer> layers() {
    return layers;
  }

  /** @return the level's layer, when the level has polygons */
  Optional<AreaLayer> layer(String level) {
    return Optional.ofNullable(layers.get(level));
  }

  /**
   * @return the area of a level with polygons that a point (a home) is in, by the same boundary and
   *     gap rules as the crimes, or {@code UNASSIGNED}
   */
  String locate(String level, GridPoint p) {
    return layers.get(level).locate(p, gapTolerance);
  }

  /** @return the levels counted, in order; level {@code l} below is {@code levels().get(l)} */
  List<String> levels() {
    return levels;
  }

  /** @return the area (or {@code UNASSIGNED}) of crime i at level l */
  String areaOf(int level, int crime) {
    return areaOf[level][crime];
  }

  /** @return per level, how the crimes got their areas */
  List<LevelAssignment> counts() {
    return counts;
  }

  /**
   * @return warnings about levels without polygons, polygons repaired and codes not in the area
   *     file
   */
  List<String> warnings() {
    return warnings;
  }

  /** @return the area of the file with that id at that level, if any */
  Optional<Area> area(String level, String id) {
    AreaLayer layer = layers.get(level);
    return layer == null ? Optional.empty() : layer.area(id);
  }

  /** @return the area's name: the file's, else the id (a pre-assigned code or {@code UNASSIGNED}) */
  String name(String level, String id) {
    return area(level, id).map(Area::name).orElse(id);
  }

  /**
   * @return the areas of a level for the ten-year view and concentration: the file's areas and the
   *     extra codes in id order, then {@code UNASSIGNED}
   */
  List<String> areaIds(String level) {
    TreeSet<String> ids = new TreeSet<>(extraCodes.getOrDefault(level, Collections.emptySortedSet()));
    layer(level).ifPresent(layer -> layer.areas().forEach(a -> ids.add(a.id())));
    ids.remove(AreaLayer.UNASSIGNED);
    List<String> out = new ArrayList<>(ids);
    out.add(AreaLayer.UNASSIGNED); // last
    return out;
  }

  /** @return each crime's area per level, by crime id */
  CrimeAreas byCrime(ViolentCrimes crimes) {
    Map<String, Integer> index = new HashMap<>(crimes.size() * 2);
    for (int i = 0; i < crimes.size(); i++) {
      index.put(crimes.crime(i).id(), i);
    }
    return new CrimeAreas(index, levels, areaOf);
  }

  /** The area of every crime at every level, by crime id: one index and the level arrays, shared. */
  static final class CrimeAreas {
    private final Map<String, Integer> index;
    private final List<String> levels;
    private final String[][] areaOf;

    private CrimeAreas(Map<String, Integer> index, List<String> levels, String[][] areaOf) {
      this.index = index;
      this.levels = levels;
      this.areaOf = areaOf;
    }

    /** @return the crime's area at the level, empty for another crime or level */
    Optional<String> areaOf(String crimeId, String level) {
      Integer i = index.get(crimeId);
      int l = levels.indexOf(level);
      return i == null || l < 0 ? Optional.empty() : Optional.of(areaOf[l][i]);
    }
  }
}
