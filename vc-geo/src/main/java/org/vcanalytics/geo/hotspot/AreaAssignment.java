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
import java.util.stream.IntStream;
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
 * give. Each crime's area is kept as a number: its place in the level's {@link #areaIds} (id order,
 * {@code UNASSIGNED} last), so later steps count with arrays, not maps of names. O(N × L × log A) for
 * N crimes, L levels and A areas, the points of a level located in parallel (each on its own, so the
 * result does not depend on the thread count); read-only afterwards.
 */
final class AreaAssignment {

  /** Area order: ids in {@link String#compareTo} order, {@code UNASSIGNED} last. */
  static final Comparator<String> AREA_ORDER =
      Comparator.comparing((String id) -> id.equals(AreaLayer.UNASSIGNED)).thenComparing(id -> id);

  private final SortedMap<String, AreaLayer> layers;
  private final List<String> levels;
  private final String[][] ids; // [level][area number], in AREA_ORDER, UNASSIGNED last
  private final int[][] areaOf; // [level][crime] -> area number
  private final Map<String, SortedSet<String>> extraCodes;
  private final List<LevelAssignment> counts;
  private final List<String> warnings;
  private final double gapTolerance;

  private AreaAssignment(
      SortedMap<String, AreaLayer> layers,
      double gapTolerance,
      List<String> levels,
      String[][] ids,
      int[][] areaOf,
      Map<String, SortedSet<String>> extraCodes,
      List<LevelAssignment> counts,
      List<String> warnings) {
    this.layers = layers;
    this.gapTolerance = gapTolerance;
    this.levels = List.copyOf(levels);
    this.ids = ids;
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
    int[][] areaOf = new int[levels.size()][];
    String[][] ids = new String[levels.size()][];
    Map<String, SortedSet<String>> extraCodes = new HashMap<>();
    List<LevelAssignment> counts = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      String level = levels.get(l);
      AreaLayer layer = layers.get(level);
      // Each crime on its own (in parallel: the points are independent), written at its own index.
      String[] area = new String[crimes.size()];
      byte[] rule = new byte[crimes.size()];
      IntStream.range(0, crimes.size())
          .parallel()
          .forEach(i -> rule[i] = place(crimes.crime(i), level, layer, gapTolerance, area, i));
      long[] byRule = new long[RULES];
      TreeSet<String> extra = new TreeSet<>();
      for (int i = 0; i < rule.length; i++) {
        byRule[rule[i]]++;
        if (rule[i] == NOT_IN_FILE) {
          extra.add(area[i]);
        }
      }
      long notInFile = byRule[NOT_IN_FILE];
      extraCodes.put(level, Collections.unmodifiableSortedSet(extra));
      ids[l] = areaIds(layer, extra);
      areaOf[l] = numbers(area, ids[l]);
      if (notInFile > 0 && layer != null) {
        warnings.add(
            notInFile + " violent " + (notInFile == 1 ? "crime carries a " : "crimes carry ")
                + level + " code" + (notInFile == 1 ? "" : "s") + " not in the area file ("
                + String.join(", ", first(extra, 5)) + (extra.size() > 5 ? ", ..." : "")
                + "); counted under the code, with no population or polygon");
      }
      counts.add(
          new LevelAssignment(
              level, byRule[PRE] + notInFile, byRule[POLYGON], byRule[NEAR], byRule[NO_LOCATION],
              byRule[OUTSIDE], notInFile));
    }
    return new AreaAssignment(
        layers, gapTolerance, levels, ids, areaOf, extraCodes, counts, warnings);
  }

  private static final byte PRE = 0, NOT_IN_FILE = 1, NO_LOCATION = 2, POLYGON = 3, NEAR = 4,
      OUTSIDE = 5, RULES = 6;

  /**
   * One crime's area at one level by the rules of the class, put in {@code area[i]}.
   *
   * @return the rule that placed it
   */
  private static byte place(
      Crime c, String level, AreaLayer layer, double gapTolerance, String[] area, int i) {
    String code = c.areaCodes().get(level);
    if (code != null && !code.isBlank()) {
      area[i] = code;
      return layer == null || layer.area(code).isEmpty() ? NOT_IN_FILE : PRE;
    }
    if (c.location().isEmpty()) {
      area[i] = AreaLayer.UNASSIGNED;
      return NO_LOCATION;
    }
    if (layer == null) {
      area[i] = AreaLayer.UNASSIGNED;
      return OUTSIDE;
    }
    String a = layer.locate(c.location().get());
    if (!a.equals(AreaLayer.UNASSIGNED)) {
      area[i] = a;
      return POLYGON;
    }
    if (gapTolerance > 0) {
      a = layer.locate(c.location().get(), gapTolerance);
    }
    area[i] = a;
    return a.equals(AreaLayer.UNASSIGNED) ? OUTSIDE : NEAR;
  }

  /** The file's areas and the extra codes in id order, then {@code UNASSIGNED}. */
  private static String[] areaIds(AreaLayer layer, SortedSet<String> extra) {
    TreeSet<String> ids = new TreeSet<>(extra);
    if (layer != null) {
      layer.areas().forEach(a -> ids.add(a.id()));
    }
    ids.remove(AreaLayer.UNASSIGNED);
    String[] out = ids.toArray(new String[ids.size() + 1]);
    out[ids.size()] = AreaLayer.UNASSIGNED; // last
    return out;
  }

  /** Each crime's area as its place in the ids. */
  private static int[] numbers(String[] area, String[] ids) {
    Map<String, Integer> number = new HashMap<>(ids.length * 2);
    for (int a = 0; a < ids.length; a++) {
      number.put(ids[a], a);
    }
    int[] out = new int[area.length];
    for (int i = 0; i < area.length; i++) {
      out[i] = number.get(area[i]);
    }
    return out;
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
      java.util.HashSet<String> named = new java.util.HashSet<>(layers.keySet());
      for (Crime c : crimes.crimes()) {
        named.addAll(c.areaCodes().keySet()); // a few levels: hashed, then sorted once
      }
      levels = List.copyOf(new TreeSet<>(named));
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
    return ids[level][areaOf[level][crime]];
  }

  /** @return the number of crime i's area at level l: its place in {@link #areaIds} of the level */
  int areaNumber(int level, int crime) {
    return areaOf[level][crime];
  }

  /** @return the areas of level l in {@link #areaIds} order, {@code UNASSIGNED} last (not to be changed) */
  String[] ids(int level) {
    return ids[level];
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
    int l = levels.indexOf(level);
    if (l >= 0) {
      return List.of(ids[l]);
    }
    return List.of(areaIds(layers.get(level), extraCodes.getOrDefault(level, Collections.emptySortedSet())));
  }

  /** @return each crime's area per level, by place and by crime id */
  CrimeAreas byCrime(ViolentCrimes crimes) {
    String[] crimeIds = new String[crimes.size()];
    for (int i = 0; i < crimeIds.length; i++) {
      crimeIds[i] = crimes.crime(i).id();
    }
    return new CrimeAreas(crimeIds, levels, ids, areaOf);
  }

  /**
   * The area of every crime at every level, by place and by crime id: the level arrays, shared, and
   * an index by id made the first time a crime is asked for by id (the pipeline asks by place only).
   */
  static final class CrimeAreas {
    private final String[] crimeIds;
    private final List<String> levels;
    private final String[][] ids;
    private final int[][] areaOf;
    private volatile Map<String, Integer> index;

    private CrimeAreas(String[] crimeIds, List<String> levels, String[][] ids, int[][] areaOf) {
      this.crimeIds = crimeIds;
      this.levels = levels;
      this.ids = ids;
      this.areaOf = areaOf;
    }

    /** @return the crime's area at the level, empty for another crime or level */
    Optional<String> areaOf(String crimeId, String level) {
      Integer i = index().get(crimeId);
      int l = levels.indexOf(level);
      return i == null || l < 0 ? Optional.empty() : Optional.of(ids[l][areaOf[l][i]]);
    }

    /** @return the area of crime i (its place) at level l (its place) */
    String areaAt(int l, int i) {
      return ids[l][areaOf[l][i]];
    }

    private Map<String, Integer> index() {
      Map<String, Integer> m = index;
      if (m == null) {
        synchronized (this) {
          m = index;
          if (m == null) {
            m = new HashMap<>(crimeIds.length * 2);
            for (int i = 0; i < crimeIds.length; i++) {
              m.put(crimeIds[i], i);
            }
            index = m;
          }
        }
      }
      return m;
    }
  }
}
