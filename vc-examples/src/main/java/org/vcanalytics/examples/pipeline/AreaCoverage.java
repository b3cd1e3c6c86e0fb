package org.vcanalytics.examples.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
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
   * Every counted level, in level order, over every violent crime up to the as-of date.
   *
   * @param r the pipeline's result
   * @return one value per level of {@code r.hotspots().levels()}
   */
  public static List<AreaCoverage> of(PipelineResult r) {
    return of(r, day -> true);
  }

  /**
   * Every counted level, in level order, over the violent crimes committed on the days a test accepts.
   *
   * @param r the pipeline's result
   * @param committed which committed-on days count, e.g. {@code year::contains}
   * @return one value per level of {@code r.hotspots().levels()}
   */
  public static List<AreaCoverage> of(PipelineResult r, Predicate<LocalDate> committed) {
    List<AreaCoverage> out = new ArrayList<>();
    for (String level : r.hotspots().levels()) {
      AreaLayer layer = r.hotspots().layers().get(level);
      long n = 0;
      TreeSet<String> codes = new TreeSet<>();
      for (CrimeClassification c : r.classification().violentCrimes()) {
        if (!committed.test(r.data().crime(c.crimeId()).orElseThrow().committedOn())) {
          continue;
        }
        String area = r.hotspots().areaOf(c.crimeId(), level).orElse(AreaLayer.UNASSIGNED);
        if (!area.equals(AreaLayer.UNASSIGNED) && (layer == null || layer.area(area).isEmpty())) {
          n++;
          codes.add(area);
        }
      }
      out.add(new AreaCoverage(level, layer != null, n, new ArrayList<>(codes)));
    }
    return List.copyOf(out);
  }

  /**
   * @param n how many codes at most
   * @return the first {@code n} codes joined by ", ", with ", …" when there are more
   */
  public String firstCodes(int n) {
    return String.join(", ", codes.subList(0, Math.min(n, codes.size()))) + (codes.size() > n ? ", …" : "");
  }
}
