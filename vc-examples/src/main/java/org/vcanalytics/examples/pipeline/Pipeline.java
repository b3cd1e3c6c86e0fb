package org.vcanalytics.examples.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.StageListener;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.geo.grid.GridHotspots;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vcanalytics.core.VcDataset;
import java.util.concurrent.Future;
import org.vcanalytics.examples.internal.Beside;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.core.load.LoadReport;
import org.vcanalytics.harm.HarmCalculator;
import org.vcanalytics.harm.HarmResult;
import org.vcanalytics.harm.PersonHarm;
import org.vcanalytics.geo.hotspot.HotspotResult;
import org.vcanalytics.geo.hotspot.Hotspots;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.network.NetworkMeasures;
import org.vcanalytics.network.PersonNetwork;
import org.vcanalytics.network.Proximity;

/**
 * The reference pipeline: every pillar on a data set as of a date, with one options value, in one
 * call. Each stage reports progress and its time to the listener.
 *
 * <pre>{@code
 * LoadResult loaded = VcPackage.load(dir);
 * PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), asOf, PipelineOptions.defaults(), System.err::println);
 * }</pre>
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * A stage's name and time.
   *
   * @param stage the stage
   * @param seconds its wall-clock time
   */
  public record Timing(String stage, double seconds) {}

  /**
   * Everything the pillars say about a data set as of a date.
   *
   * @param asOf the as-of date
   * @param options the options used
   * @param data the data set
   * @param load the load report (rejections)
   * @param classification violent crime, typologies, contributing factors
   * @param network the person network
   * @param proximity proximity to violence
   * @param harm harm and categories
   * @param hotspots hotspot figures, the ten-year view, travel and schools
   * @param grid the grid statistics of the violent crimes with a location, with the grid options;
   *     empty when no violent crime has a location
   * @param gridClasses each grid cell's class over the calendar years of the ten-year view, in the
   *     order of the grid's cells (empty with no grid)
   * @param coverage per level, the violent crimes whose area code has no polygon
   * @param emerging emerging hot-spot analysis on the grid (and on the areas of {@code
   *     emerging.areas}), when on and the grid exists
   * @param factors the prevalence of each contributing factor per category and per area of the
   *     finest level ({@link FactorGroups}): the rows of factors.csv
   * @param bias who is in each category by recorded sex and age band, beside who is in the data: the
   *     rows of bias.csv, the dashboard's and the shared tables' bias review
   * @param measures each person's network measures on the sub-network of the people in a category,
   *     when {@code options.measures().enabled()}; empty otherwise
   * @param timings each stage's time, in order
   */
  public record PipelineResult(
      LocalDate asOf,
      PipelineOptions options,
      VcDataset data,
      LoadReport load,
      Classification classification,
      PersonNetwork network,
      Proximity proximity,
      HarmResult harm,
      HotspotResult hotspots,
      Optional<GridHotspots.Grid> grid,
      List<String> gridClasses,
      AreaCoverage.Coverage coverage,
      Optional<Emerging> emerging,
      List<org.vcanalytics.core.classify.FactorPrevalence> factors,
      Bias bias,
      Optional<NetworkMeasures> measures,
      List<Timing> timings) {
    /** Copies the lists. */
    public PipelineResult {
      Objects.requireNonNull(grid, "grid");
      Objects.requireNonNull(coverage, "coverage");
      Objects.requireNonNull(emerging, "emerging");
      Objects.requireNonNull(measures, "measures");
      Objects.requireNonNull(bias, "bias");
      gridClasses = List.copyOf(gridClasses);
      factors = List.copyOf(factors);
      timings = List.copyOf(timings);
    }

    /**
     * The warnings about the input, by where they come from, in this order: {@code load},
     * {@code classification}, {@code harm}, {@code hotspots}, {@code emerging} (a level asked for by
     * {@code emerging.areas} without polygons). summary.json and the dashboard list exactly these.
     *
     * @return source → its warnings
     */
    public java.util.Map<String, List<String>> warningsBySource() {
      java.util.Map<String, List<String>> m = new java.util.LinkedHashMap<>();
      m.put("load", load.warnings());
      m.put("classification", classification.warnings());
      m.put("harm", harm.warnings());
      m.put("hotspots", hotspots.warnings());
      m.put("emerging", emerging.map(Emerging::warnings).orElse(List.of()));
      return java.util.Collections.unmodifiableMap(m);
    }

    /** @return every warning of {@link #warningsBySource()}, in its order */
    public List<String> warnings() {
      List<String> all = new java.util.ArrayList<>();
      warningsBySource().values().forEach(all::addAll);
      return List.copyOf(all);
    }
  }

  /**
   * Runs every pillar.
   *
   * @param data the data set
   * @param load the report of its load (or an empty one for data built in code)
   * @param asOf the as-of date
   * @param options the options
   * @param progress receives a line per stage; never person-level data
   * @return the result
   */
  public static PipelineResult run(
      VcDataset data, LoadReport load, LocalDate asOf, PipelineOptions options, Consumer<String> progress) {
    return run(data, load, asOf, options, printing(progress));
  }

  /**
   * A listener that prints {@code stage ...} when a stage starts and {@code stage: what in 1.2 s}
   * when it ends.
   *
   * @param lines receives the lines
   * @return the listener
   */
  public static StageListener printing(Consumer<String> lines) {
    return new StageListener() {
      private final java.util.Map<String, Long> began = new java.util.concurrent.ConcurrentHashMap<>();

      @Override
      public void started(String stage) {
        began.put(stage, System.nanoTime());
        synchronized (lines) {
          lines.accept(stage + " ...");
        }
      }

      @Override
      public void finished(String stage, String summary) {
        double s = (System.nanoTime() - began.getOrDefault(stage, System.nanoTime())) / 1e9;
        String line =
            summary.isEmpty()
                ? String.format(Locale.ROOT, "%s: in %.1f s", stage, s)
                : String.format(Locale.ROOT, "%s: %s in %.1f s", stage, summary, s);
        synchronized (lines) {
          lines.accept(line);
        }
      }
    };
  }

  /**
   * Runs every pillar, telling a listener when each stage ({@code classify}, {@code network},
   * {@code proximity}, {@code harm}, {@code hotspots}, {@code grid}, ...) starts and ends. The stages
   * after the hotspots ({@code grid}, {@code grid classes}, {@code coverage}, {@code emerging hot
   * spots}, {@code factors}, {@code bias}) need only what is done and run side by side, so the
   * listener hears them from several threads, unless it asks for one stage at a time ({@link
   * StageListener#oneAtATime()}, as {@code vc bench} does). The result is the same either way.
   *
   * @param data the data set
   * @param load the report of its load (or an empty one for data built in code)
   * @param asOf the as-of date
   * @param options the options
   * @param stages told of each stage; never given person-level data
   * @return the result
   */
  public static PipelineResult run(
      VcDataset data, LoadReport load, LocalDate asOf, PipelineOptions options, StageListener stages) {
    Objects.requireNonNull(asOf, "asOf");
    StageListener progress = stages;
    List<Timing> timings = new ArrayList<>();
    Classification c =
        stage("classify", timings, progress, () -> VcClassifier.classify(data, asOf, options.classifier()),
            x -> x.crimes().size() + " crimes, " + x.violentCrimes().size() + " violent");
    PersonNetwork net =
        stage("network", timings, progress, () -> PersonNetwork.build(data, c, options.networkOptions()),
            x -> x.people().size() + " people, " + x.links().size() + " links");
    Proximity p =
        stage("proximity", timings, progress,
            () -> Proximity.toViolence(data, c, net, options.networkOptions().windowDays()),
            x -> x.sources().size() + " violent offenders and suspects");
    HarmResult h =
        stage("harm", timings, progress, () -> HarmCalculator.calculate(data, c, net, options.harmOptions()),
            x -> "cohort " + x.cohort().size() + ", high harm " + x.cohort().highHarm());
    Set<String> cohort = new java.util.HashSet<>(); // asked of every custody record; never listed
    for (PersonHarm x : h.people()) {
      if (x.vcEvents() > 0) {
        cohort.add(x.personId());
      }
    }
    HotspotResult spots =
        stage("hotspots", timings, progress,
            () -> Hotspots.analyse(data, c, options.harmOptions().weights()::weightOf, cohort, options.hotspotOptions()),
            x -> x.figures().size() + " area figures over " + x.levels().size() + " levels");
    // The stages after the hotspots need only what is done: side by side, each with its own
    // timings (listed in the order below), unless the listener measures one stage at a time.
    List<Timing> gridTimings = new ArrayList<>();
    List<Timing> coverageTimings = new ArrayList<>();
    List<Timing> emergingTimings = new ArrayList<>();
    List<Timing> factorTimings = new ArrayList<>();
    List<Timing> biasTimings = new ArrayList<>();
    Optional<GridHotspots.Grid> grid;
    List<String> classes;
    Optional<Emerging> emerging;
    AreaCoverage.Coverage coverage;
    List<org.vcanalytics.core.classify.FactorPrevalence> factors;
    Bias bias;
    try (Beside beside = Beside.threads(progress.oneAtATime() ? 1 : 4)) {
      Future<GridStages> gridF = beside.submit(() -> gridStages(c, asOf, options, spots, progress, gridTimings, emergingTimings));
      Future<AreaCoverage.Coverage> coverageF =
          beside.submit(() -> stage("coverage", coverageTimings, progress, () -> AreaCoverage.of(data, c, spots),
              x -> x.all().size() + " levels"));
      Future<List<org.vcanalytics.core.classify.FactorPrevalence>> factorsF =
          beside.submit(() -> stage("factors", factorTimings, progress, () -> FactorGroups.prevalence(data, c, h, spots),
              x -> x.size() + " group-factor rows"));
      Future<Bias> biasF =
          beside.submit(() -> stage("bias", biasTimings, progress, () -> Bias.of(asOf, Bias.subjects(data, h)),
              x -> x.rows().size() + " rows"));
      GridStages g = Beside.get(gridF);
      grid = g.grid();
      classes = g.classes();
      emerging = g.emerging();
      coverage = Beside.get(coverageF);
      factors = Beside.get(factorsF);
      bias = Beside.get(biasF);
    }
    timings.addAll(gridTimings);
    timings.addAll(coverageTimings);
    timings.addAll(emergingTimings);
    timings.addAll(factorTimings);
    timings.addAll(biasTimings);
    Optional<NetworkMeasures> measures =
        options.measures().enabled()
            ? Optional.of(
                stage("measures", timings, progress, () -> measures(net, h, options.measures()),
                    x -> x.size() + " people in a category, " + (x.exact() ? "exact" : "sampled")))
            : Optional.empty();
    return new PipelineResult(
        asOf, options, data, load, c, net, p, h, spots, grid, classes, coverage, emerging, factors, bias, measures,
        List.copyOf(timings));
  }

  /** The grid, its cells' classes and the emerging hot spots on it. */
  private record GridStages(Optional<GridHotspots.Grid> grid, List<String> classes, Optional<Emerging> emerging) {}

  /** The grid stages, one after another: the grid, then its classes and the emerging hot spots. */
  private static GridStages gridStages(
      Classification c, LocalDate asOf, PipelineOptions options, HotspotResult spots, StageListener progress,
      List<Timing> timings, List<Timing> emergingTimings) {
    List<GridPoint> located = java.util.Collections.unmodifiableList(locations(c)); // made once for the three
    Optional<GridHotspots.Grid> grid =
        stage("grid", timings, progress, () -> grid(located, options),
            x -> x.map(g -> g.columns() + " x " + g.rows() + " cells of " + g.cellSize() + " m").orElse("no locations"));
    List<String> classes =
        stage("grid classes", timings, progress,
            () -> grid.map(g -> gridClasses(c, located, asOf, options, g)).orElse(List.of()),
            x -> x.size() + " cells classed");
    Optional<Emerging> emerging =
        grid.isPresent() && options.emerging().enabled()
            ? Optional.of(stage("emerging hot spots", emergingTimings, progress,
                () -> Emerging.of(c, asOf, options, grid.get(), located, spots),
                x -> x.result().cells().size() + " cells"
                    + x.areas().map(a -> ", " + a.areas().size() + " areas of " + a.level()).orElse("")
                    + " over " + x.periods().size() + " periods"))
            : Optional.empty();
    return new GridStages(grid, classes, emerging);
  }

  /**
   * The measures of the sub-network of the people in a category (HIGH_HARM, INVOLVED, CONNECTED)
   * and the links among them (not their neighbours, which network.graphml holds too).
   */
  private static NetworkMeasures measures(PersonNetwork net, HarmResult h, MeasuresOptions options) {
    org.vcanalytics.network.SubNetwork sub = net.around(peopleInACategory(h));
    return NetworkMeasures.of(PersonNetwork.of(sub.people(), sub.links()), options.options());
  }

  /**
   * @param h the harm result
   * @return the people in a category (HIGH_HARM, INVOLVED, CONNECTED), in id order: the people of
   *     the per-person measures, and those the network files are drawn around ({@link NetworkSelection})
   */
  public static Set<String> peopleInACategory(HarmResult h) {
    Set<String> people = new TreeSet<>();
    for (PersonHarm x : h.people()) {
      if (x.category() != org.vcanalytics.harm.Category.NONE) {
        people.add(x.personId());
      }
    }
    return people;
  }

  /** The locations of the violent crimes, in the classification's order. */
  private static List<GridPoint> locations(Classification c) {
    List<GridPoint> all = new ArrayList<>(c.violentCrimeRecords().size());
    for (Crime crime : c.violentCrimeRecords()) {
      crime.location().ifPresent(all::add);
    }
    return all;
  }

  /** Grid statistics over the locations of the violent crimes, with the grid options. */
  private static Optional<GridHotspots.Grid> grid(List<GridPoint> all, PipelineOptions options) {
    return all.isEmpty() ? Optional.empty() : Optional.of(GridHotspots.analyse(all, options.grid()));
  }

  /**
   * Each cell's class on the same grid: laid over every violent crime, counted over the {@code
   * hotspots.trendLength} calendar years ending with the as-of date's, with the grid's FDR and
   * critical p.
   */
  private static List<String> gridClasses(
      Classification c, List<GridPoint> located, LocalDate asOf, PipelineOptions options, GridHotspots.Grid g) {
    int years = options.hotspots().trendLength();
    int first = asOf.getYear() - years + 1;
    List<List<GridPoint>> byYear = new ArrayList<>();
    for (int i = 0; i < years; i++) {
      byYear.add(new ArrayList<>());
    }
    for (Crime crime : c.violentCrimeRecords()) {
      int k = crime.committedOn().getYear() - first;
      if (crime.location().isPresent() && k >= 0 && k < years) {
        byYear.get(k).add(crime.location().get());
      }
    }
    GridHotspots.Options o = options.grid();
    return GridHotspots.classify(
        located, byYear, new GridHotspots.Options(g.cellSize(), g.bandwidth(), o.fdr(), o.criticalP()));
  }

  private static <T> T stage(
      String name, List<Timing> timings, StageListener progress, Supplier<T> work,
      java.util.function.Function<T, String> what) {
    progress.started(name);
    long t0 = System.nanoTime();
    T result = work.get();
    double s = (System.nanoTime() - t0) / 1e9;
    timings.add(new Timing(name, s));
    progress.finished(name, what.apply(result));
    return result;
  }
}
