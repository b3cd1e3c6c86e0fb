package org.vcanalytics.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.School;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Typology;

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
 * areas whose closure contains the point), else {@link AreaLayer#UNASSIGNED} (no location, or outside
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
 * typologies per crime, plus O(S log S + A × s) for S schools with s near each area. Single-threaded,
 * deterministic: the same data, classification, weights and options give equal results. Logs carry
 * counts only, never person-level data.
 *
 * <p>Sources: the boundary and {@code UNASSIGNED} rules follow the specification §4.6; concentration
 * follows the crime-concentration literature's "share of crime in the top x % of places" (Weisburd
 * 2015); the point-in-area index is JTS's STRtree with {@code IndexedPointInAreaLocator}. Grid
 * statistics (kernel density, Getis-Ord Gi*) are not part of this class.
 */
public final class Hotspots {

  /** The typology name of the figures for all violent crime. */
  public static final String ALL = "ALL";

  private static final Logger LOG = LoggerFactory.getLogger(Hotspots.class);
  private static final GeometryFactory FACTORY = new GeometryFactory();

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
   * Analyses.
   *
   * @param data the data set
   * @param classification its classification; its as-of date is the analysis's
   * @param weight the harm weight of a crime
   * @param cohort the people whose schools are listed per school (e.g. vc-harm's VC cohort ids)
   * @param options the options
   * @return the result
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
    return new Run(data, classification, weight, cohort, options).run();
  }

  /** The typology names in output order: {@code ALL}, then the {@link Typology} order. */
  static List<String> typologyNames() {
    List<String> out = new ArrayList<>();
    out.add(ALL);
    for (Typology t : Typology.values()) {
      out.add(t.name());
    }
    return out;
  }

  static int typologyOrder(String typology) {
    return typology.equals(ALL) ? -1 : Typology.valueOf(typology).ordinal();
  }

  /** k = ⌈f × n⌉ in exact decimal, at least 1 (0 when there are no areas). */
  static int topK(double fraction, int n) {
    if (n == 0) {
      return 0;
    }
    int k =
        BigDecimal.valueOf(fraction)
            .multiply(BigDecimal.valueOf(n))
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();
    return Math.max(1, Math.min(n, k));
  }

  /** Area order: ids in {@link String#compareTo} order, {@code UNASSIGNED} last. */
  static final Comparator<String> AREA_ORDER =
      Comparator.comparing((String id) -> id.equals(AreaLayer.UNASSIGNED)).thenComparing(id -> id);

  /** Running totals of one cell. */
  private static final class Acc {
    long n;
    double harm;
    // Person numbers as they come, repeats included; counted distinct once, at the end. Far lighter
    // than a hash set per area, period and typology when a force has millions of crimes.
    private int[] offenders = new int[4];
    private int offenderCount;
    private int[] victims = new int[2];
    private int victimCount;

    void add(int[] crimeOffenders, int[] crimeVictims) {
      for (int p : crimeOffenders) {
        if (offenderCount == offenders.length) {
          offenders = Arrays.copyOf(offenders, offenderCount * 2);
        }
        offenders[offenderCount++] = p;
      }
      for (int p : crimeVictims) {
        if (victimCount == victims.length) {
          victims = Arrays.copyOf(victims, victimCount * 2);
        }
        victims[victimCount++] = p;
      }
    }

    long distinctOffenders() {
      return distinct(offenders, offenderCount);
    }

    long distinctVictims() {
      return distinct(victims, victimCount);
    }

    private static long distinct(int[] ids, int count) {
      int[] sorted = Arrays.copyOf(ids, count);
      Arrays.sort(sorted);
      long d = 0;
      for (int i = 0; i < count; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          d++;
        }
      }
      return d;
    }
  }

  /** One analysis. */
  private static final class Run {
    private final VcDataset data;
    private final Classification classification;
    private final ToDoubleFunction<Crime> weight;
    private final Set<String> cohort;
    private final HotspotOptions options;
    private final LocalDate asOf;
    private final SortedMap<String, AreaLayer> layers;
    private final List<String> warnings = new ArrayList<>();

    private final List<Crime> crimes = new ArrayList<>();
    private final List<List<String>> typologies = new ArrayList<>();
    private final List<String[]> offenders = new ArrayList<>();
    private final List<String[]> victims = new ArrayList<>();
    /** The same people as numbers, for counting distinct people per cell. */
    private final List<int[]> offenderNumbers = new ArrayList<>();
    private final List<int[]> victimNumbers = new ArrayList<>();
    private final Map<String, Integer> personNumber = new HashMap<>();
    private List<String> levels;
    private String[][] areaOf; // [level][crime]
    /** Per level, the pre-assigned codes that are not areas of the file. */
    private final Map<String, TreeSet<String>> extraCodes = new HashMap<>();

    Run(
        VcDataset data,
        Classification classification,
        ToDoubleFunction<Crime> weight,
        Set<String> cohort,
        HotspotOptions options) {
      this.data = data;
      this.classification = classification;
      this.weight = weight;
      this.cohort = cohort;
      this.options = options;
      this.asOf = classification.asOf();
      this.layers = AreaLayer.byLevel(data.areas());
    }

    HotspotResult run() {
      collectCrimes();
      chooseLevels();
      List<LevelAssignment> assignment = assign();
      List<AreaFigures> figures = figures();
      List<Period> trendPeriods = trendPeriods();
      long[][][][] trendCounts = trendCounts(trendPeriods); // [level][typology][area][period]
      List<AreaTrend> trends = trends(trendPeriods, trendCounts);
      List<Concentration> concentration = concentration(trendPeriods, trendCounts);
      Travel travel = travel();
      Schools schools = schools();
      Map<String, Map<String, String>> areasOfCrime = new HashMap<>();
      for (int i = 0; i < crimes.size(); i++) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int l = 0; l < levels.size(); l++) {
          m.put(levels.get(l), areaOf[l][i]);
        }
        areasOfCrime.put(crimes.get(i).id(), Collections.unmodifiableMap(m));
      }
      LOG.info(
          "hotspots as of {}: {} violent crimes, {} levels, {} area figures, {} journeys",
          asOf, crimes.size(), levels.size(), figures.size(), travel.journeys().size());
      return new HotspotResult(
          asOf, options, layers, levels, assignment, areasOfCrime, figures, trendPeriods, trends,
          concentration, travel, schools, warnings);
    }

    private void collectCrimes() {
      for (CrimeClassification cc : classification.crimes()) {
        if (!cc.violent()) {
          continue;
        }
        Crime c =
            data.crime(cc.crimeId())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "the classification names crime " + cc.crimeId()
                                + ", which is not in the data set"));
        if (c.committedOn().isAfter(asOf)) {
          continue;
        }
        crimes.add(c);
        List<String> t = new ArrayList<>();
        t.add(ALL);
        for (Typology ty : cc.typologies()) {
          t.add(ty.name());
        }
        typologies.add(t);
        TreeSet<String> off = new TreeSet<>();
        TreeSet<String> vic = new TreeSet<>();
        for (Involvement inv : data.involvementsIn(c.id())) {
          if (inv.role().isOffenderOrSuspect()) {
            off.add(inv.personId());
          } else if (inv.role() == Role.VICTIM) {
            vic.add(inv.personId());
          }
        }
        offenders.add(off.toArray(new String[0]));
        victims.add(vic.toArray(new String[0]));
        offenderNumbers.add(numbers(off));
        victimNumbers.add(numbers(vic));
      }
    }

    private int[] numbers(Set<String> people) {
      int[] out = new int[people.size()];
      int k = 0;
      for (String p : people) {
        Integer known = personNumber.putIfAbsent(p, personNumber.size());
        out[k++] = known != null ? known : personNumber.get(p);
      }
      return out;
    }

    private void chooseLevels() {
      if (!options.levels().isEmpty()) {
        levels = options.levels();
      } else {
        TreeSet<String> all = new TreeSet<>(layers.keySet());
        for (Crime c : crimes) {
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
    }

    private List<LevelAssignment> assign() {
      List<LevelAssignment> out = new ArrayList<>();
      areaOf = new String[levels.size()][crimes.size()];
      for (int l = 0; l < levels.size(); l++) {
        String level = levels.get(l);
        AreaLayer layer = layers.get(level);
        TreeSet<String> extra = new TreeSet<>();
        long pre = 0, poly = 0, noLoc = 0, outside = 0, notInFile = 0;
        for (int i = 0; i < crimes.size(); i++) {
          Crime c = crimes.get(i);
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
            if (area.equals(AreaLayer.UNASSIGNED)) {
              outside++;
            } else {
              poly++;
            }
          }
          areaOf[l][i] = area;
        }
        extraCodes.put(level, extra);
        if (notInFile > 0 && layer != null) {
          warnings.add(
              notInFile + " violent " + (notInFile == 1 ? "crime carries a " : "crimes carry ")
                  + level + " code" + (notInFile == 1 ? "" : "s") + " not in the area file ("
                  + String.join(", ", first(extra, 5)) + (extra.size() > 5 ? ", ..." : "")
                  + "); counted under the code, with no population or polygon");
        }
        out.add(new LevelAssignment(level, pre, poly, noLoc, outside, notInFile));
      }
      return out;
    }

    private static List<String> first(Set<String> s, int n) {
      return s.stream().limit(n).toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Figures.

    private List<AreaFigures> figures() {
      // Each level x period type is independent: computed in parallel, then put in one total order
      // (level, area, period, typology), so the result does not depend on the thread count.
      List<int[]> tasks = new ArrayList<>();
      List<PeriodType> types = new ArrayList<>(options.periods());
      for (int l = 0; l < levels.size(); l++) {
        for (int p = 0; p < types.size(); p++) {
          tasks.add(new int[] {l, p});
        }
      }
      List<AreaFigures> out =
          new ArrayList<>(
              tasks.parallelStream()
                  .flatMap(t -> figures(t[0], types.get(t[1])).stream())
                  .toList());
      out.sort(
          Comparator.comparing(AreaFigures::level)
              .thenComparing(AreaFigures::areaId, AREA_ORDER)
              .thenComparing(AreaFigures::period)
              .thenComparingInt(f -> typologyOrder(f.typology())));
      return out;
    }

    /** The figures of one level and period type. */
    private List<AreaFigures> figures(int l, PeriodType pt) {
      String level = levels.get(l);
      // period -> typology -> area -> totals
      Map<Period, Map<String, Map<String, Acc>>> cells = new HashMap<>();
      for (int i = 0; i < crimes.size(); i++) {
        Crime c = crimes.get(i);
        double w = weight.applyAsDouble(c);
        Map<String, Map<String, Acc>> byTyp =
            cells.computeIfAbsent(pt.of(c.committedOn()), k -> new HashMap<>());
        for (String t : typologies.get(i)) {
          Acc a =
              byTyp.computeIfAbsent(t, k -> new HashMap<>())
                  .computeIfAbsent(areaOf[l][i], k -> new Acc());
          a.n++;
          a.harm += w;
          a.add(offenderNumbers.get(i), victimNumbers.get(i));
        }
      }
      List<AreaFigures> out = new ArrayList<>();
      cells.forEach(
          (period, byTyp) ->
              byTyp.forEach((typ, byArea) -> out.addAll(cellFigures(level, period, typ, byArea))));
      return out;
    }

    private List<AreaFigures> cellFigures(
        String level, Period period, String typ, Map<String, Acc> byArea) {
      long total = 0;
      List<Long> counts = new ArrayList<>();
      List<Double> harms = new ArrayList<>();
      for (Map.Entry<String, Acc> e : byArea.entrySet()) {
        total += e.getValue().n;
        if (!e.getKey().equals(AreaLayer.UNASSIGNED)) {
          counts.add(e.getValue().n);
          harms.add(e.getValue().harm);
        }
      }
      // Counts as doubles: whole numbers far below 2^53, so exact, and one rank search serves both.
      double[] sortedCounts = counts.stream().mapToDouble(Long::doubleValue).sorted().toArray();
      double[] sortedHarms = harms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      List<AreaFigures> out = new ArrayList<>();
      for (Map.Entry<String, Acc> e : byArea.entrySet()) {
        String id = e.getKey();
        Acc a = e.getValue();
        Optional<Area> area = area(level, id);
        OptionalLong population =
            area.map(Area::population).orElse(OptionalLong.empty());
        OptionalDouble rate =
            population.isPresent() && population.getAsLong() > 0
                ? OptionalDouble.of(a.n * 1000.0 / population.getAsLong())
                : OptionalDouble.empty();
        boolean unassigned = id.equals(AreaLayer.UNASSIGNED);
        out.add(
            new AreaFigures(
                level,
                id,
                area.map(Area::name).orElse(id),
                period,
                typ,
                a.n,
                a.harm,
                a.distinctOffenders(),
                a.distinctVictims(),
                population,
                rate,
                total == 0 ? 0 : (double) a.n / total,
                unassigned ? OptionalInt.empty() : OptionalInt.of(rankOf(sortedCounts, a.n)),
                unassigned ? OptionalInt.empty() : OptionalInt.of(rankOf(sortedHarms, a.harm))));
      }
      return out;
    }

    /** 1 + the number of values strictly greater than v, in ascending sorted values. */
    private static int rankOf(double[] ascending, double v) {
      int lo = 0, hi = ascending.length;
      while (lo < hi) { // first index with value > v
        int mid = (lo + hi) >>> 1;
        if (ascending[mid] <= v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return ascending.length - lo + 1;
    }

    private Optional<Area> area(String level, String id) {
      AreaLayer layer = layers.get(level);
      return layer == null ? Optional.empty() : layer.area(id);
    }

    // ---------------------------------------------------------------------------------------------
    // The ten-year view.

    private List<Period> trendPeriods() {
      List<Period> out = new ArrayList<>();
      Period p = options.trendPeriod().of(asOf);
      for (int k = 0; k < options.trendLength(); k++) {
        out.add(0, p);
        p = new Period(p.type(), previousStart(p));
      }
      return out;
    }

    private static LocalDate previousStart(Period p) {
      return switch (p.type()) {
        case MONTH -> p.start().minusMonths(1);
        case QUARTER -> p.start().minusMonths(3);
        case YEAR, FINANCIAL_YEAR -> p.start().minusYears(1);
      };
    }

    /** The areas of a level for the ten-year view and concentration: file areas, then extra codes. */
    private List<String> areaIds(String level) {
      TreeSet<String> ids = new TreeSet<>(extraCodes.getOrDefault(level, new TreeSet<>()));
      AreaLayer layer = layers.get(level);
      if (layer != null) {
        for (Area a : layer.areas()) {
          ids.add(a.id());
        }
      }
      ids.remove(AreaLayer.UNASSIGNED);
      List<String> out = new ArrayList<>(ids);
      out.add(AreaLayer.UNASSIGNED); // last
      return out;
    }

    private long[][][][] trendCounts(List<Period> periods) {
      List<String> typs = typologyNames();
      long[][][][] out = new long[levels.size()][typs.size()][][];
      Map<Period, Integer> periodIndex = new HashMap<>();
      for (int k = 0; k < periods.size(); k++) {
        periodIndex.put(periods.get(k), k);
      }
      for (int l = 0; l < levels.size(); l++) {
        List<String> ids = areaIds(levels.get(l));
        Map<String, Integer> idIndex = new HashMap<>();
        for (int a = 0; a < ids.size(); a++) {
          idIndex.put(ids.get(a), a);
        }
        for (int t = 0; t < typs.size(); t++) {
          out[l][t] = new long[ids.size()][periods.size()];
        }
        for (int i = 0; i < crimes.size(); i++) {
          Integer k = periodIndex.get(options.trendPeriod().of(crimes.get(i).committedOn()));
          if (k == null) {
            continue;
          }
          int a = idIndex.get(areaOf[l][i]);
          for (String t : typologies.get(i)) {
            out[l][typologyOrder(t) + 1][a][k]++;
          }
        }
      }
      return out;
    }

    private List<AreaTrend> trends(List<Period> periods, long[][][][] counts) {
      List<String> typs = typologyNames();
      List<AreaTrend> out = new ArrayList<>();
      for (int l = 0; l < levels.size(); l++) {
        String level = levels.get(l);
        List<String> ids = areaIds(level);
        for (int a = 0; a < ids.size(); a++) {
          String id = ids.get(a);
          String name = area(level, id).map(Area::name).orElse(id);
          for (int t = 0; t < typs.size(); t++) {
            long[][] byArea = counts[l][t];
            if (id.equals(AreaLayer.UNASSIGNED) && Arrays.stream(byArea[a]).allMatch(v -> v == 0)) {
              continue; // UNASSIGNED only when something is unassigned
            }
            List<TrendPoint> points = new ArrayList<>();
            for (int k = 0; k < periods.size(); k++) {
              long n = byArea[a][k];
              long force = 0;
              for (long[] other : byArea) {
                force += other[k];
              }
              long first = byArea[a][0];
              OptionalLong changePrev =
                  k == 0 ? OptionalLong.empty() : OptionalLong.of(n - byArea[a][k - 1]);
              OptionalDouble pctPrev =
                  k == 0 || byArea[a][k - 1] == 0
                      ? OptionalDouble.empty()
                      : OptionalDouble.of(100.0 * (n - byArea[a][k - 1]) / byArea[a][k - 1]);
              OptionalDouble pctFirst =
                  first == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (n - first) / first);
              points.add(
                  new TrendPoint(
                      periods.get(k),
                      n,
                      changePrev,
                      pctPrev,
                      n - first,
                      pctFirst,
                      force == 0 ? 0 : (double) n / force,
                      asOf.isBefore(periods.get(k).end())));
            }
            out.add(new AreaTrend(level, id, name, typs.get(t), points));
          }
        }
      }
      return out;
    }

    private List<Concentration> concentration(List<Period> periods, long[][][][] counts) {
      List<String> typs = typologyNames();
      List<Concentration> out = new ArrayList<>();
      for (int l = 0; l < levels.size(); l++) {
        String level = levels.get(l);
        int areas = areaIds(level).size() - 1; // without UNASSIGNED
        for (int k = 0; k < periods.size(); k++) {
          for (int t = 0; t < typs.size(); t++) {
            long[][] byArea = counts[l][t];
            long[] located = new long[areas];
            long sum = 0;
            for (int a = 0; a < areas; a++) {
              located[a] = byArea[a][k];
              sum += located[a];
            }
            long unassigned = byArea[areas][k];
            Arrays.sort(located);
            List<TopShare> top = new ArrayList<>();
            for (double f : options.concentrationFractions()) {
              int n = topK(f, areas);
              long inTop = 0;
              for (int j = 0; j < n; j++) {
                inTop += located[areas - 1 - j];
              }
              top.add(
                  new TopShare(
                      f,
                      n,
                      inTop,
                      sum == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inTop / sum)));
            }
            out.add(new Concentration(level, periods.get(k), typs.get(t), areas, sum, unassigned, top));
          }
        }
      }
      return out;
    }

    // ---------------------------------------------------------------------------------------------
    // Travel.

    private Travel travel() {
      List<Integer> travelLevels = new ArrayList<>();
      for (int l = 0; l < levels.size(); l++) {
        if (layers.containsKey(levels.get(l))) {
          travelLevels.add(l);
        }
      }
      Map<String, Map<String, String>> homeAreasOf = new HashMap<>();
      List<Journey> journeys = new ArrayList<>();
      long withoutHome = 0;
      List<Double> distances = new ArrayList<>();
      // level -> (home, crime) -> [journeys, people]
      List<Map<List<String>, long[]>> flowCounts = new ArrayList<>();
      List<Map<List<String>, Set<String>>> flowPeople = new ArrayList<>();
      // level -> crime area -> people with home / outside / without home
      List<Map<String, Set<String>>> withHome = new ArrayList<>();
      List<Map<String, Set<String>>> outside = new ArrayList<>();
      List<Map<String, Set<String>>> noHome = new ArrayList<>();
      for (int x = 0; x < travelLevels.size(); x++) {
        flowCounts.add(new HashMap<>());
        flowPeople.add(new HashMap<>());
        withHome.add(new HashMap<>());
        outside.add(new HashMap<>());
        noHome.add(new HashMap<>());
      }
      for (int i = 0; i < crimes.size(); i++) {
        Crime c = crimes.get(i);
        for (String pid : offenders.get(i)) {
          Optional<GridPoint> home = data.person(pid).flatMap(Person::home);
          if (home.isEmpty()) {
            withoutHome++;
            for (int x = 0; x < travelLevels.size(); x++) {
              String crimeArea = areaOf[travelLevels.get(x)][i];
              if (!crimeArea.equals(AreaLayer.UNASSIGNED)) {
                noHome.get(x).computeIfAbsent(crimeArea, k -> new HashSet<>()).add(pid);
              }
            }
            continue;
          }
          Map<String, String> homeAreas =
              homeAreasOf.computeIfAbsent(
                  pid,
                  k -> {
                    Map<String, String> m = new TreeMap<>();
                    for (int l : travelLevels) {
                      m.put(levels.get(l), layers.get(levels.get(l)).locate(home.get()));
                    }
                    return m;
                  });
          Map<String, String> crimeAreas = new TreeMap<>();
          for (int l = 0; l < levels.size(); l++) {
            crimeAreas.put(levels.get(l), areaOf[l][i]);
          }
          OptionalDouble d =
              c.location().isPresent()
                  ? OptionalDouble.of(home.get().distanceTo(c.location().get()))
                  : OptionalDouble.empty();
          d.ifPresent(distances::add);
          journeys.add(Journey.of(c.id(), pid, c.committedOn(), d, homeAreas, crimeAreas));
          for (int x = 0; x < travelLevels.size(); x++) {
            String level = levels.get(travelLevels.get(x));
            String homeArea = homeAreas.get(level);
            String crimeArea = areaOf[travelLevels.get(x)][i];
            List<String> key = List.of(homeArea, crimeArea);
            flowCounts.get(x).computeIfAbsent(key, k -> new long[1])[0]++;
            flowPeople.get(x).computeIfAbsent(key, k -> new HashSet<>()).add(pid);
            if (!crimeArea.equals(AreaLayer.UNASSIGNED)) {
              withHome.get(x).computeIfAbsent(crimeArea, k -> new HashSet<>()).add(pid);
              if (!homeArea.equals(crimeArea)) {
                outside.get(x).computeIfAbsent(crimeArea, k -> new HashSet<>()).add(pid);
              }
            }
          }
        }
      }
      List<Flow> flows = new ArrayList<>();
      List<OffenderOrigins> origins = new ArrayList<>();
      for (int x = 0; x < travelLevels.size(); x++) {
        String level = levels.get(travelLevels.get(x));
        Map<List<String>, Set<String>> people = flowPeople.get(x);
        flowCounts
            .get(x)
            .forEach(
                (key, n) ->
                    flows.add(new Flow(level, key.get(0), key.get(1), n[0], people.get(key).size())));
        TreeSet<String> areas = new TreeSet<>(withHome.get(x).keySet());
        areas.addAll(noHome.get(x).keySet());
        for (String area : areas) {
          long with = withHome.get(x).getOrDefault(area, Set.of()).size();
          long out = outside.get(x).getOrDefault(area, Set.of()).size();
          origins.add(
              new OffenderOrigins(
                  level,
                  area,
                  with,
                  out,
                  with == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) out / with),
                  noHome.get(x).getOrDefault(area, Set.of()).size()));
        }
      }
      flows.sort(
          Comparator.comparing(Flow::level)
              .thenComparing(Flow::homeArea, AREA_ORDER)
              .thenComparing(Flow::crimeArea, AREA_ORDER));
      double[] sorted = distances.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      return new Travel(
          journeys,
          withoutHome,
          sorted.length == 0 ? Optional.empty() : Optional.of(DistanceSummary.ofSorted(sorted)),
          flows,
          origins);
    }

    // ---------------------------------------------------------------------------------------------
    // Schools.

    private Schools schools() {
      List<School> all = data.schools();
      double d = options.schoolDistanceMetres();
      STRtree tree = new STRtree();
      for (School s : all) {
        GridPoint p = s.location();
        tree.insert(new Envelope(p.easting(), p.easting(), p.northing(), p.northing()), s);
      }
      tree.build();
      List<SchoolNearArea> near = new ArrayList<>();
      for (String level : levels) {
        AreaLayer layer = layers.get(level);
        if (layer == null || all.isEmpty()) {
          continue;
        }
        for (int a = 0; a < layer.size(); a++) {
          Geometry g = layer.geometryAt(a);
          Envelope env = new Envelope(g.getEnvelopeInternal());
          env.expandBy(d);
          List<SchoolNearArea> here = new ArrayList<>();
          for (Object o : tree.query(env)) {
            School s = (School) o;
            double dist = g.distance(point(s.location()));
            if (dist <= d) {
              here.add(new SchoolNearArea(level, layer.areas().get(a).id(), s.urn(), s.name(), dist));
            }
          }
          here.sort(
              Comparator.comparingDouble(SchoolNearArea::distanceMetres)
                  .thenComparing(SchoolNearArea::urn));
          near.addAll(here);
        }
      }
      List<NearestSchool> nearest = new ArrayList<>();
      if (!all.isEmpty()) {
        for (Crime c : crimes) {
          if (c.location().isEmpty()) {
            continue;
          }
          GridPoint p = c.location().get();
          School best = nearestSchool(tree, p);
          nearest.add(new NearestSchool(c.id(), best.urn(), best.location().distanceTo(p)));
        }
      }
      SortedMap<String, TreeSet<String>> attended = new TreeMap<>();
      for (CustodyRecord k : data.custodyRecords()) {
        if (k.schoolUrn().isPresent()
            && !k.bookedOn().isAfter(asOf)
            && cohort.contains(k.personId())) {
          attended.computeIfAbsent(k.schoolUrn().get(), u -> new TreeSet<>()).add(k.personId());
        }
      }
      List<SchoolCohort> cohorts = new ArrayList<>();
      attended.forEach(
          (urn, people) ->
              cohorts.add(
                  new SchoolCohort(
                      urn, data.school(urn).map(School::name), new ArrayList<>(people))));
      return new Schools(d, near, nearest, cohorts);
    }

    private static School nearestSchool(STRtree tree, GridPoint p) {
      Envelope at = new Envelope(p.easting(), p.easting(), p.northing(), p.northing());
      School any =
          (School)
              tree.nearestNeighbour(
                  at,
                  null,
                  (a, b) -> {
                    School s = (School) (a.getItem() instanceof School ? a.getItem() : b.getItem());
                    return s.location().distanceTo(p);
                  });
      double best = any.location().distanceTo(p);
      // Among equally near schools, the smallest URN: look again within that distance.
      Envelope within = new Envelope(at);
      within.expandBy(best + 1e-6);
      School chosen = any;
      for (Object o : tree.query(within)) {
        School s = (School) o;
        double dist = s.location().distanceTo(p);
        if (dist < best || (dist == best && s.urn().compareTo(chosen.urn()) < 0)) {
          best = dist;
          chosen = s;
        }
      }
      return chosen;
    }

    private static Point point(GridPoint p) {
      return FACTORY.createPoint(new Coordinate(p.easting(), p.northing()));
    }
  }
}
