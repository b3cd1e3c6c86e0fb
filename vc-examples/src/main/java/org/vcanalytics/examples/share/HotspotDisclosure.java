package org.vcanalytics.examples.share;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/**
 * Which values of the hotspot figures may leave the force (docs/sharing.md): the disclosure control
 * behind {@code share/hotspots.csv}. Computes; writes nothing.
 *
 * <p>A cell (level × area × period × typology) is primary-sensitive when its violent-crime count is
 * below the threshold, or when its largest single crime carries more than the dominance fraction of
 * its harm. {@link CellSuppression} then adds secondary suppressions until no suppressed count can be
 * worked out from every relation the shared table publishes:
 *
 * <ul>
 *   <li>within an area and typology: months in quarters, calendar years and financial years;
 *       quarters in years and financial years;
 *   <li>within a level, period and typology: the areas (and {@code UNASSIGNED}) add up to the
 *       force's total, a hidden total that every level shares;
 *   <li>within an area and period: each typology is at most {@code ALL}, and {@code KNIFE} plus
 *       {@code GUN} is at most {@code ALL} (a crime has one weapon).
 * </ul>
 *
 * <p>Harm and rate are shown exactly where the count is. Offenders and victims are distinct-person
 * counts, not sums: each is shown only where the cell's count is shown and it is at least the
 * threshold, and hidden as well when the bound "a period's people are at most the people of its
 * parts" would pin a hidden one (a parent whose shown parts leave exactly the room of hidden parts
 * all at threshold − 1).
 *
 * <p>Cost: the figures' build is O(N × L × P × T) for N violent crimes, L levels, P period types and
 * T typologies (the largest single crime per cell); then {@link CellSuppression}'s.
 */
final class HotspotDisclosure {
  private HotspotDisclosure() {}

  /** The period-type pairs that tile: every period of the first lies in one period of the second. */
  private static final PeriodType[][] TILES = {
    {PeriodType.MONTH, PeriodType.QUARTER},
    {PeriodType.MONTH, PeriodType.YEAR},
    {PeriodType.MONTH, PeriodType.FINANCIAL_YEAR},
    {PeriodType.QUARTER, PeriodType.YEAR},
    {PeriodType.QUARTER, PeriodType.FINANCIAL_YEAR},
  };

  /**
   * One figure as it may be shared.
   *
   * @param figure the figure
   * @param suppressed true when its count, harm and rate are withheld
   * @param dominated true when its harm comes mostly from one crime (a primary reason)
   * @param offendersShown true when its offender count may be shown
   * @param victimsShown true when its victim count may be shown
   */
  record Shared(AreaFigures figure, boolean suppressed, boolean dominated, boolean offendersShown, boolean victimsShown) {}

  /**
   * The protected table.
   *
   * @param rows every figure, in the figures' order
   * @param counts what the count suppression did (empty witnesses when secondary suppression is off)
   */
  record Outcome(List<Shared> rows, CellSuppression.Result counts) {}

  /** @return the key of a figure's cell, as the suppression engine knows it */
  static String key(AreaFigures f) {
    return key(f.level(), f.areaId(), f.period().label(), f.typology());
  }

  static String key(String level, String area, String period, String typology) {
    return level + "|" + area + "|" + period + "|" + typology;
  }

  static String totalKey(String period, String typology) {
    return "Σ|" + period + "|" + typology;
  }

  /**
   * @param r the result
   * @param o the options
   * @param secondary false to apply primary suppression only (for tests that show what it leaks)
   * @return every figure's sharing
   */
  static Outcome protect(PipelineResult r, ShareOptions o, boolean secondary) {
    List<AreaFigures> figures = r.hotspots().figures();
    Map<String, Double> largest = new HashMap<>();
    Map<String, String> firstCrime = new HashMap<>();
    cellFacts(r, largest, firstCrime);
    long t = o.suppressBelow();
    CellSuppression.Builder b = CellSuppression.builder(t, 1);
    Map<String, Boolean> dominated = new HashMap<>();
    for (AreaFigures f : figures) {
      String k = key(f);
      boolean dom = f.harm() > 0 && largest.getOrDefault(k, 0.0) > o.dominance() * f.harm();
      dominated.put(k, dom);
      b.cell(k, f.vcEvents(), f.vcEvents() < t || dom);
    }
    Set<PeriodType> types = r.hotspots().options().periods().isEmpty()
        ? EnumSet.noneOf(PeriodType.class) : EnumSet.copyOf(r.hotspots().options().periods());
    relations(figures, types, b);
    Map<String, Map<String, String>> colocated = new HashMap<>();
    firstCrime.forEach((k, id) -> {
      Map<String, String> m = new HashMap<>();
      r.hotspots().levels().forEach(l -> r.hotspots().areaOf(id, l).ifPresent(a -> m.put(l, a)));
      colocated.put(k, m);
    });
    b.proposals(new HotspotWitnesses(figures, t, types, r.hotspots().levels(), colocated)::proposals);
    CellSuppression.Result counts;
    if (secondary) {
      counts = b.suppress();
    } else {
      java.util.TreeSet<String> p = new java.util.TreeSet<>();
      figures.forEach(f -> {
        if (f.vcEvents() < t || dominated.get(key(f))) {
          p.add(key(f));
        }
      });
      counts = new CellSuppression.Result(p, p, new java.util.TreeSet<>(), new java.util.TreeSet<>(), List.of(), true);
    }
    Map<String, Boolean> offenders = personCounts(figures, counts, t, AreaFigures::offenders);
    Map<String, Boolean> victims = personCounts(figures, counts, t, AreaFigures::victims);
    List<Shared> rows = new ArrayList<>(figures.size());
    for (AreaFigures f : figures) {
      String k = key(f);
      rows.add(new Shared(f, counts.isSuppressed(k), dominated.get(k), offenders.get(k), victims.get(k)));
    }
    return new Outcome(rows, counts);
  }

  /** Every relation the shared table publishes, on the engine's builder. */
  static void relations(List<AreaFigures> figures, Set<PeriodType> types, CellSuppression.Builder b) {
    // (level, area, typology) -> period -> figure; (level, area, period) -> typology -> key.
    Map<String, TreeMap<Period, AreaFigures>> series = new TreeMap<>();
    Map<String, TreeMap<String, String>> byCell = new TreeMap<>();
    Map<String, List<String>> columns = new TreeMap<>();
    for (AreaFigures f : figures) {
      series.computeIfAbsent(f.level() + "|" + f.areaId() + "|" + f.typology(), x -> new TreeMap<>()).put(f.period(), f);
      byCell.computeIfAbsent(f.level() + "|" + f.areaId() + "|" + f.period().label(), x -> new TreeMap<>())
          .put(f.typology(), key(f));
      columns.computeIfAbsent(f.level() + "|" + f.period().label() + "|" + f.typology(), x -> new ArrayList<>()).add(key(f));
    }
    for (TreeMap<Period, AreaFigures> s : series.values()) {
      for (PeriodType[] tile : TILES) {
        if (!types.contains(tile[0]) || !types.contains(tile[1])) {
          continue;
        }
        Map<Period, List<String>> parts = new TreeMap<>();
        for (AreaFigures f : s.values()) {
          if (f.period().type() == tile[0]) {
            parts.computeIfAbsent(tile[1].of(f.period().start()), x -> new ArrayList<>()).add(key(f));
          }
        }
        parts.forEach((p, keys) -> b.sum(key(s.get(p)), keys));
      }
    }
    Set<String> totals = new java.util.TreeSet<>();
    columns.forEach((col, keys) -> {
      String[] c = col.split("\\|", -1);
      String total = totalKey(c[c.length - 2], c[c.length - 1]);
      if (totals.add(total)) {
        b.hidden(total);
      }
      b.sum(total, keys);
    });
    for (TreeMap<String, String> cell : byCell.values()) {
      String all = cell.get(org.vcanalytics.geo.hotspot.Hotspots.ALL);
      for (Map.Entry<String, String> e : cell.entrySet()) {
        if (!e.getKey().equals(org.vcanalytics.geo.hotspot.Hotspots.ALL)) {
          b.atMost(List.of(e.getValue()), all);
        }
      }
      if (cell.containsKey(Typology.KNIFE.name()) && cell.containsKey(Typology.GUN.name())) {
        b.atMost(List.of(cell.get(Typology.KNIFE.name()), cell.get(Typology.GUN.name())), all);
      }
    }
  }

  /**
   * The largest single-crime weight of every cell, built as the figures are (violent crimes on or
   * before the as-of date, the pipeline's weights, each crime's area at each level), and the first
   * crime (by id) of every cell of the finest period.
   */
  static void cellFacts(PipelineResult r, Map<String, Double> out, Map<String, String> firstCrime) {
    Set<PeriodType> types = r.hotspots().options().periods();
    PeriodType atomic = HotspotWitnesses.atomic(types);
    List<String> levels = r.hotspots().levels();
    List<CrimeClassification> violent = r.classification().violentCrimes();
    for (int k = 0; k < violent.size(); k++) {
      CrimeClassification cc = violent.get(k);
      Crime c = r.classification().violentCrimeRecords().get(k);
      if (c.committedOn().isAfter(r.hotspots().asOf())) {
        continue;
      }
      double w = r.options().harmOptions().weights().weightOf(c);
      List<String> typs = new ArrayList<>();
      typs.add(org.vcanalytics.geo.hotspot.Hotspots.ALL);
      cc.typologies().forEach(x -> typs.add(x.name()));
      for (int l = 0; l < levels.size(); l++) {
        String level = levels.get(l);
        String area = r.hotspots().areaAt(k, l);
        for (PeriodType pt : types) {
          String period = pt.of(c.committedOn()).label();
          for (String typ : typs) {
            out.merge(key(level, area, period, typ), w, Math::max);
            if (pt == atomic) {
              firstCrime.merge(key(level, area, period, typ), c.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
          }
        }
      }
    }
  }

  /**
   * Which distinct-person counts may be shown: the cell's count is shown, the value is at least t,
   * and no hidden part of a shown parent is pinned by "parent ≤ Σ parts" (fixed point).
   */
  static Map<String, Boolean> personCounts(
      List<AreaFigures> figures, CellSuppression.Result counts, long t, java.util.function.ToLongFunction<AreaFigures> of) {
    Map<String, Boolean> shown = new HashMap<>();
    Map<String, AreaFigures> byKey = new HashMap<>();
    Map<String, TreeMap<Period, AreaFigures>> series = new TreeMap<>();
    for (AreaFigures f : figures) {
      String k = key(f);
      byKey.put(k, f);
      shown.put(k, !counts.isSuppressed(k) && of.applyAsLong(f) >= t);
      series.computeIfAbsent(f.level() + "|" + f.areaId() + "|" + f.typology(), x -> new TreeMap<>()).put(f.period(), f);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TreeMap<Period, AreaFigures> s : series.values()) {
        for (PeriodType[] tile : TILES) {
          Map<Period, List<AreaFigures>> parts = new TreeMap<>();
          for (AreaFigures f : s.values()) {
            if (f.period().type() == tile[0]) {
              parts.computeIfAbsent(tile[1].of(f.period().start()), x -> new ArrayList<>()).add(f);
            }
          }
          for (Map.Entry<Period, List<AreaFigures>> e : parts.entrySet()) {
            AreaFigures parent = s.get(e.getKey());
            if (parent == null || !shown.get(key(parent))) {
              continue;
            }
            long room = of.applyAsLong(parent);
            long hiddenRoom = 0;
            boolean unbounded = false;
            for (AreaFigures p : e.getValue()) {
              if (shown.get(key(p))) {
                room -= of.applyAsLong(p);
              } else if (counts.isSuppressed(key(p)) || of.applyAsLong(p) >= t) {
                unbounded = true; // hidden for another reason than its size: no upper bound known
              } else {
                hiddenRoom += t - 1;
              }
            }
            if (!unbounded && hiddenRoom > 0 && room >= hiddenRoom) {
              shown.put(key(parent), false);
              changed = true;
            }
          }
        }
      }
    }
    return shown;
  }
}
