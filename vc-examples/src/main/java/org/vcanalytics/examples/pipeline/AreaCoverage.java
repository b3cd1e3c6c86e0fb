package org.vcanalytics.examples.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.geo.hotspot.HotspotResult;
import org.vcanalytics.geo.AreaLayer;

/**
 * Per level, the violent crimes (up to the as-of date) whose pre-assigned area code has no polygon in
 * {@code areas.geojson}: the code is not a feature of that level in the file, or the level has no
 * polygons at all. Such a crime is counted under its code in every table (hotspots.csv, travel.csv,
 * factors.csv, the top-areas tables), with no population and so no rate, and it is not on the map.
 * Computes; writes nothing.
 *
 * <p>The count at a level equals vc-geo's {@code LevelAssignment.codesNotInAreaFile()}.
 *
 * @param level the level
 * @param hasPolygons whether the area file has polygons of this level at all
 * @param violentCrimes the violent crimes whose code of this level has no polygon
 * @param codes those codes, distinct, in {@link String#compareTo} order
 */
public record AreaCoverage(String level, boolean hasPolygons, long violentCrimes, List<String> codes) {

  /** Copies the codes. */
  public AreaCoverage {
    Objects.requireNonNull(level, "level");
    codes = List.copyOf(codes);
  }

  /**
   * The coverage over every violent crime up to the as-of date, and over those committed in the
   * as-of date's calendar year (the report's map), in one pass over the crimes.
   *
   * @param all every counted level, in level order
   * @param asOfYear the same over the as-of date's calendar year
   */
  public record Coverage(List<AreaCoverage> all, List<AreaCoverage> asOfYear) {
    /** Copies the lists. */
    public Coverage {
      all = List.copyOf(all);
      asOfYear = List.copyOf(asOfYear);
    }

    /** @param level a level @return its coverage in the as-of year, when the level is counted */
    public java.util.Optional<AreaCoverage> asOfYear(String level) {
      return asOfYear.stream().filter(c -> c.level().equals(level)).findFirst();
    }
  }

  /**
   * Every counted level, in level order: over every violent crime up to the as-of date and over
   * those of the as-of year. O(N × L) for N violent crimes and L levels.
   *
   * @param data the data set
   * @param classification its classification
   * @param hotspots the hotspot result found from this classification (its levels, layers and each
   *     violent crime's area, reached by the crime's place among the classification's violent crimes)
   * @return the coverage
   */
  public static Coverage of(VcDataset data, Classification classification, HotspotResult hotspots) {
    List<String> levels = hotspots.levels();
    int year = hotspots.asOf().getYear();
    long[] n = new long[levels.size()];
    long[] nYear = new long[levels.size()];
    List<TreeSet<String>> codes = new ArrayList<>();
    List<TreeSet<String>> codesYear = new ArrayList<>();
    List<AreaLayer> layers = new ArrayList<>();
    for (String level : levels) {
      codes.add(new TreeSet<>());
      codesYear.add(new TreeSet<>());
      layers.add(hotspots.layers().get(level));
    }
    List<Crime> violent = classification.violentCrimeRecords();
    for (int k = 0; k < violent.size(); k++) {
      boolean inYear = violent.get(k).committedOn().getYear() == year;
      for (int l = 0; l < levels.size(); l++) {
        String area = hotspots.areaAt(k, l);
        AreaLayer layer = layers.get(l);
        if (!area.equals(AreaLayer.UNASSIGNED) && (layer == null || layer.area(area).isEmpty())) {
          n[l]++;
          codes.get(l).add(area);
          if (inYear) {
            nYear[l]++;
            codesYear.get(l).add(area);
          }
        }
      }
    }
    List<AreaCoverage> all = new ArrayList<>();
    List<AreaCoverage> inYear = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      all.add(new AreaCoverage(levels.get(l), layers.get(l) != null, n[l], new ArrayList<>(codes.get(l))));
      inYear.add(new AreaCoverage(levels.get(l), layers.get(l) != null, nYear[l], new ArrayList<>(codesYear.get(l))));
    }
    return new Coverage(all, inYear);
  }

  /**
   * @param n how many codes at most
   * @return the first {@code n} codes joined by ", ", with ", …" when there are more
   */
  public String firstCodes(int n) {
    return String.join(", ", codes.subList(0, Math.min(n, codes.size()))) + (codes.size() > n ? ", …" : "");
  }
}
