package org.vcanalytics.geo.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.vcanalytics.core.Area;
import org.vcanalytics.geo.AreaLayer;

/**
 * Emerging hot-spot analysis on <b>areas</b> instead of grid cells: per area and period the Gi*
 * z-score of the areas' counts with queen-contiguity neighbours, its p-value (Benjamini–Hochberg
 * across the areas of the period when {@code fdr}), hot and cold, a Mann–Kendall trend of each
 * area's z-scores and its category of seventeen — the rules of {@link EmergingHotSpots}, the same
 * code, with areas for cells. Pure functions, immutable results, no I/O.
 *
 * <pre>{@code
 * EmergingAreas.Result r = EmergingAreas.analyse(layers.get("lsoa"), countsPerYear, EhsaOptions.defaults());
 * r.areas().get(0).category().label();
 * }</pre>
 *
 * <p><b>Neighbours: queen contiguity with a 1 m tolerance</b> ({@link #TOLERANCE_METRES}). Two areas
 * are neighbours when their polygons touch at an edge or a single point, overlap, or come within 1 m
 * of each other: simplified (generalised) boundaries leave slivers and hairline gaps between areas
 * that share a boundary on the ground, and 1 m closes them while it is far narrower than any road or
 * river that separates areas that do not touch. Exactly: the polygons intersect, or the distance
 * between their boundaries is at most 1 m (JTS {@link PreparedGeometry#intersects} and {@link
 * IndexedFacetDistance#isWithinDistance}; the same as intersecting one polygon buffered by 1 m,
 * without building the buffer). The candidates come from an {@link STRtree} of the envelopes grown
 * by 1 m, so finding the neighbours is O(n log n) for n areas of bounded size. Weights are binary and
 * Gi* includes the area itself. <b>An area with no neighbour</b> (an island) is still analysed: its
 * neighbourhood is itself only, so its Gi* is its own count against the mean of all areas.
 *
 * <p>Counts: an area left out of a period's counts counts 0 there; a count for an id that is not an
 * area of the layer is refused. Areas are in id order ({@link String#compareTo}).
 *
 * <p>Caveat: areas differ in size and population, so a big area's Gi* is not comparable to a small
 * one's (the modifiable areal unit problem); this is why the grid is the default.
 */
public final class EmergingAreas {
  private EmergingAreas() {}

  /** Polygons within this many metres of each other are neighbours. */
  public static final double TOLERANCE_METRES = 1.0;

  /**
   * One area in one period: a row of {@code ehsa-areas_periods.csv}.
   *
   * @param areaId the area
   * @param period the period, 0 for the oldest
   * @param giStar the Gi* z-score of the area's count in the period
   * @param p the two-sided p-value, adjusted by Benjamini–Hochberg when {@code fdr}
   * @param hot p ≤ critical p and Gi* &gt; 0
   * @param cold p ≤ critical p and Gi* &lt; 0
   */
  public record AreaPeriod(String areaId, int period, double giStar, double p, boolean hot, boolean cold) {
    /** Checks the id. */
    public AreaPeriod {
      Objects.requireNonNull(areaId, "areaId");
    }
  }

  /**
   * One area over all periods: a row of {@code ehsa-areas.csv}.
   *
   * @param id the area's id
   * @param neighbours its neighbours' ids, in id order, itself not included
   * @param category its category
   * @param trendS Mann–Kendall S of its z-scores
   * @param trendZ Mann–Kendall Z
   * @param trendP the two-sided p of Z
   * @param hotPeriods how many periods it is hot in
   * @param coldPeriods how many periods it is cold in
   * @param periods how many periods there are
   * @param series its periods, oldest first
   */
  public record AreaCell(
      String id, List<String> neighbours, EhsaCategory category, long trendS, double trendZ, double trendP,
      int hotPeriods, int coldPeriods, int periods, List<AreaPeriod> series) {
    /** Copies the lists. */
    public AreaCell {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(category, "category");
      neighbours = List.copyOf(neighbours);
      series = List.copyOf(series);
    }
  }

  /**
   * The analysis.
   *
   * @param level the areas' level
   * @param periods how many periods
   * @param areas every area, in id order
   */
  public record Result(String level, int periods, List<AreaCell> areas) {
    /** Copies the areas. */
    public Result {
      Objects.requireNonNull(level, "level");
      areas = List.copyOf(areas);
    }

    /** @return how many areas are in each category, every one of the seventeen, in the enum's order */
    public Map<EhsaCategory, Long> categoryCounts() {
      return EhsaSeries.counts(areas.stream().map(AreaCell::category));
    }
  }

  /**
   * EHSA on the areas of a layer, with queen contiguity ({@link #queenNeighbours(SortedMap)}).
   *
   * @param layer the areas and their polygons (one or more areas)
   * @param countsPerPeriod each period's count per area id, oldest first (one or more periods; an
   *     area left out counts 0)
   * @param ehsa FDR and critical p
   * @return the result
   * @throws IllegalArgumentException when a count is negative or for an id not in the layer
   */
  public static Result analyse(AreaLayer layer, List<Map<String, Long>> countsPerPeriod, EhsaOptions ehsa) {
    SortedMap<String, Geometry> polygons = new TreeMap<>();
    for (Area a : layer.areas()) {
      polygons.put(a.id(), layer.geometry(a.id()).orElseThrow());
    }
    return analyse(layer.level(), queenNeighbours(polygons), countsPerPeriod, ehsa);
  }

  /**
   * EHSA on areas with given neighbours.
   *
   * @param level the areas' level (a label only)
   * @param neighbours every area id (one or more) to its neighbours' ids (symmetric; itself need not
   *     be listed: Gi* always includes it)
   * @param countsPerPeriod each period's count per area id, oldest first (one or more periods; an
   *     area left out counts 0)
   * @param ehsa FDR and critical p
   * @return the result, areas in id order
   * @throws IllegalArgumentException when there are no areas or no periods, a neighbour or a counted
   *     id is not an area, or a count is negative
   */
  public static Result analyse(
      String level, SortedMap<String, ? extends SortedSet<String>> neighbours,
      List<Map<String, Long>> countsPerPeriod, EhsaOptions ehsa) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(ehsa, "ehsa");
    if (countsPerPeriod.isEmpty()) {
      throw new IllegalArgumentException("emerging hot-spot analysis needs one or more periods, was 0");
    }
    if (neighbours.isEmpty()) {
      throw new IllegalArgumentException("emerging hot-spot analysis on areas needs one or more areas, was 0");
    }
    List<String> ids = new ArrayList<>(neighbours.keySet());
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    int[][] hood = new int[ids.size()][];
    List<List<String>> others = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      SortedSet<String> set = new TreeSet<>(neighbours.get(ids.get(i)));
      set.add(ids.get(i));
      hood[i] = new int[set.size()];
      int k = 0;
      for (String j : set) {
        Integer at = index.get(j);
        if (at == null) {
          throw new IllegalArgumentException("neighbour " + j + " of area " + ids.get(i) + " is not an area");
        }
        hood[i][k++] = at;
      }
      set.remove(ids.get(i));
      others.add(List.copyOf(set));
    }
    double[][] z = new double[countsPerPeriod.size()][];
    for (int k = 0; k < z.length; k++) {
      z[k] = GetisOrd.giStar(counts(countsPerPeriod.get(k), index, k), hood);
    }
    List<AreaCell> out = new ArrayList<>(ids.size());
    EhsaSeries.forEach(z, ehsa, (i, zi, pi, e) -> {
      List<AreaPeriod> series = new ArrayList<>(e.periods());
      for (int k = 0; k < e.periods(); k++) {
        series.add(new AreaPeriod(ids.get(i), k, zi[k], pi[k], e.hot(k), e.cold(k)));
      }
      out.add(new AreaCell(ids.get(i), others.get(i), e.category(), e.trend().s(), e.trend().z(),
          e.trend().p(), e.hots(), e.colds(), e.periods(), series));
    });
    return new Result(level, z.length, out);
  }

  private static long[] counts(Map<String, Long> counts, Map<String, Integer> index, int period) {
    long[] n = new long[index.size()];
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null) {
        throw new IllegalArgumentException("period " + period + " counts " + e.getKey() + ", not an area");
      }
      if (e.getValue() < 0) {
        throw new IllegalArgumentException("period " + period + " has a negative count, " + e.getValue());
      }
      n[i] = e.getValue();
    }
    return n;
  }

  /**
   * Queen contiguity with the {@link #TOLERANCE_METRES} tolerance: each area's neighbours, the areas
   * whose polygons intersect its own or whose boundaries come within the tolerance of its own.
   * O(n log n) for n areas of bounded size (an STRtree of the envelopes).
   *
   * @param polygons area id to its polygon(s), in metres (British National Grid)
   * @return every area id to its neighbours' ids (itself not included), both in id order; symmetric
   */
  public static SortedMap<String, SortedSet<String>> queenNeighbours(SortedMap<String, Geometry> polygons) {
    List<String> ids = new ArrayList<>(polygons.keySet());
    List<Geometry> shapes = new ArrayList<>(polygons.values());
    STRtree tree = new STRtree();
    for (int i = 0; i < shapes.size(); i++) {
      tree.insert(grown(shapes.get(i)), i);
    }
    tree.build();
    SortedMap<String, SortedSet<String>> out = new TreeMap<>();
    ids.forEach(id -> out.put(id, new TreeSet<>()));
    for (int i = 0; i < shapes.size(); i++) {
      Geometry g = shapes.get(i);
      PreparedGeometry prepared = null;
      IndexedFacetDistance facets = null;
      List<?> candidates = tree.query(grown(g));
      List<Integer> sorted = new ArrayList<>();
      candidates.forEach(c -> sorted.add((Integer) c));
      Collections.sort(sorted);
      for (int j : sorted) {
        if (j <= i) {
          continue;
        }
        if (prepared == null) {
          prepared = PreparedGeometryFactory.prepare(g);
          facets = new IndexedFacetDistance(g);
        }
        Geometry h = shapes.get(j);
        if (prepared.intersects(h) || facets.isWithinDistance(h, TOLERANCE_METRES)) {
          out.get(ids.get(i)).add(ids.get(j));
          out.get(ids.get(j)).add(ids.get(i));
        }
      }
    }
    SortedMap<String, SortedSet<String>> frozen = new TreeMap<>();
    out.forEach((id, set) -> frozen.put(id, Collections.unmodifiableSortedSet(set)));
    return Collections.unmodifiableSortedMap(frozen);
  }

  private static Envelope grown(Geometry g) {
    Envelope e = new Envelope(g.getEnvelopeInternal());
    e.expandBy(TOLERANCE_METRES);
    return e;
  }
}
