package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.PeriodType;

/**
 * Where violent crime concentrates: counts, harm, offenders, victims, rates and ranks per area,
 * period and typology; the ten-year view and concentration; offender travel; schools nearby.
 *
 * <pre>{@code
 * Classification c = VcClassifier.classify(data, LocalDate.of(2024, 12, 31));
 * HotspotResult r = Hotspots.analyse(data, c, WeightTable.defaults()::weightOf);   // vc-harm's weights
 * r.figure("lsoa", "E01009288", "FY2023/24", "ALL");        // vc_events, harm, offenders, victims, rate, rank
 * r.trend("npu", "NPU1", "KNIFE");                          // ten yearly counts with their changes
 * Files.writeString(out, r.toGeoJson("lsoa", Period.parse("2024")));   // for QGIS
 * }</pre>
 *
 * <p><b>What counts.</b> The violent crimes of the classification — so only crimes committed on or
 * before its as-of date, which is the as-of date of every figure. Each violent crime counts in exactly
 * one area of every level: the force's pre-assigned code for the level when the crime carries one,
 * else the area its location falls in ({@link AreaLayer}'s boundary rule: the smallest id among the
 * areas whose closure contains the point), else the nearest area within {@link
 * HotspotOptions#gapToleranceMetres()} (default 25 m; a sliver between simplified polygons; ties to the
 * smallest id), else {@link AreaLayer#UNASSIGNED} (no location, or farther than the tolerance from
 * every area). Unassigned crimes are counted, never dropped, so the areas of a level plus {@code
 * UNASSIGNED} always add up to the violent crimes of the period.
 *
 * <p><b>Figures</b> ({@link AreaFigures}): for every level × period (each {@link PeriodType} of the
 * options) × typology ({@code ALL} and each {@link Typology}): violent crimes, harm (the sum of the
 * given per-crime weight — vc-harm's CSS table in the pipeline, a constant for plain counts), distinct
 * offenders and suspects, distinct victims, the rate per 1,000 residents where the area file gives a
 * population, the share of the level's total and the rank. The <b>ten-year view</b> ({@link
 * AreaTrend}, {@link Concentration}) covers the ten calendar years (an option: financial years, another
 * length) ending with the one that contains the as-of date. <b>Travel</b> ({@link Travel}) and
 * <b>schools</b> ({@link Schools}) use every violent crime up to the as-of date.
 *
 * <p>Cost: O(N × L × (log A + P × T)) for N violent crimes, L levels, A areas, P period types and T
 * typologies per crime, plus O(S log S + A × s) for S schools with s near each area; each step's class
 * gives its own. Crimes, periods, areas and people are numbered once and counted in arrays, not
 * maps of names. Deterministic: the figures are counted per level and period type in parallel, then
 * put in one total order, and the points of crimes and homes and each crime's nearest school are
 * found in parallel, each on its own and kept in crime order, and offender travel is counted on a
 * thread of its own beside the figures, so the same data, classification,
 * weights and options give equal results whatever the thread count. Logs carry counts only, never
 * person-level data.
 *
 * <p>Sources: the boundary and {@code UNASSIGNED} rules follow the specification §4.6; concentration
 * follows the crime-concentration literature's "share of crime in the top x % of places" (Weisburd
 * 2015); the point-in-area index is JTS's STRtree with {@code IndexedPointInAreaLocator}. Grid
 * statistics (kernel density, Getis-Ord Gi*) are not part of this package: see {@link
 * org.vcanalytics.geo.grid.GridHotspots}.
 */
public final class Hotspots {

  /** The typology name of the figures for all violent crime. */
  public static final String ALL = Typologies.ALL;

  private static final Logger LOG = LoggerFactory.getLogger(Hotspots.class);

  private Hotspots() {}

  /**
   * Analyses with the default options and no cohort (so no per-school cohort lists).
   *
   * @param data the data set
   * @param classification its classification; its as-of date is the analysis's
   * @param weight the harm weight of a crime (e.g. {@code WeightTable.defaults()::weightOf}; {@code c
   *     -> 1} for counts)
   * @return the result
   */
  public static HotspotResult analyse(
      VcDataset data, Classification classification, ToDoubleFunction<Crime> weight) {
    return analyse(data, classification, weight, Set.of(), HotspotOptions.defaults());
  }

  /**
   * Analyses: the steps below, one class each, in this order; each reads the crimes and their areas
   * and none changes what an earlier one made.
   *
   * <ol>
   *   <li>{@code ViolentCrimes}: the crimes counted, their typologies and people;
   *   <li>{@code AreaAssignment}: each crime's area at every level;
   *   <li>{@code Figures}: the figures per level, period, typology and area;
   *   <li>{@code TenYearView}: the ten-year series and concentration;
   *   <li>{@code OffenderTravel}: journeys, flows and where offenders live;
   *   <li>{@code SchoolsNearby}: schools near areas and crimes, and the cohort per school.
   * </ol>
   *
   * @param data the data set
   * @param classification its classification; its as-of date is the analysis's
   * @param weight the harm weight of a crime
   * @param cohort the people whose schools are listed per school (e.g. vc-harm's VC cohort ids)
   * @param options the options
   * @return the result
   * @throws IllegalArgumentException when the classification names a crime the data set lacks
   */
  public static HotspotResult analyse(
      VcDataset data,
      Classification classification,
      ToDoubleFunction<Crime> weight,
      Set<String> cohort,
      HotspotOptions options) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(options, "options");
    LocalDate asOf = classification.asOf();
    ViolentCrimes crimes = ViolentCrimes.of(data, classification);
    AreaAssignment areas =
        AreaAssignment.of(
            crimes, AreaLayer.byLevel(data.areas()), options.levels(), options.gapToleranceMetres());
    // Offender travel reads only the crimes, their areas and the homes: it is counted on a thread of
    // its own while the figures and the ten-year view are, so that its long pass in crime order
    // overlaps them (each result is the same whichever thread makes it).
    ExecutorService beside = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "vc-hotspots-travel");
      t.setDaemon(true);
      return t;
    });
    Travel travel;
    List<AreaFigures> figures;
    TenYearView view;
    try {
      Future<Travel> travelling = beside.submit(() -> OffenderTravel.of(data, crimes, areas));
      figures = Figures.of(crimes, areas, weight, options.periods());
      view = TenYearView.of(crimes, areas, options, asOf);
      travel = travelling.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting offender travel", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      beside.shutdownNow();
    }
    Schools schools =
        SchoolsNearby.of(data, crimes, areas, cohort, options.schoolDistanceMetres(), asOf);
    LOG.info(
        "hotspots as of {}: {} violent crimes, {} levels, {} area figures, {} journeys",
        asOf, crimes.size(), areas.levels().size(), figures.size(), travel.journeys().size());
    return new HotspotResult(
        asOf, options, areas.layers(), areas.levels(), areas.counts(), areas.byCrime(crimes),
        figures, view.periods(), view.trends(), view.concentration(), travel, schools,
        areas.warnings());
  }
}
