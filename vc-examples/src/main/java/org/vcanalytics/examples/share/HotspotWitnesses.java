package org.vcanalytics.examples.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.geo.hotspot.Hotspots;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/**
 * Candidate witnesses for a hotspot cell, from the shape of the table: changes of the counts that
 * keep every relation of {@link HotspotDisclosure} true, for {@link CellSuppression} to verify.
 * Computes; writes nothing.
 *
 * <p>A change is built on the finest period present (months): moving a count of one month moves
 * the quarter, year and financial year that hold it by the same amount (its <i>chain</i>).
 *
 * <ul>
 *   <li><b>rectangle</b>: one crime moves from month m2 to m in area a, and one from m to m2 in
 *       area b of the same level; months of one quarter first, so that no larger period changes;
 *   <li><b>transfer</b>: one crime moves from area b to area a in the same month (both chains move);
 *   <li><b>one crime more or fewer</b>: in area a and, at every other level, in the area of one of
 *       its real crimes (so the change agrees with how the levels nest), with the hidden force
 *       totals of each period.
 * </ul>
 *
 * Each comes with both signs and, for a typology, with the same change to {@code ALL} as well (a
 * typology is at most {@code ALL}). Cost per cell: O(k) changes of O(P) moves for k ≤ 60.
 */
final class HotspotWitnesses {
  private static final int PARTNERS = 6;
  private static final int OTHER_MONTHS = 3;
  private static final java.util.Comparator<String> AREA_ORDER =
      java.util.Comparator.comparing((String id) -> id.equals(org.vcanalytics.geo.AreaLayer.UNASSIGNED)).thenComparing(id -> id);

  private final long t;
  private final Set<PeriodType> types;
  private final PeriodType atomic;
  private final List<String> levels;
  private final Map<String, AreaFigures> byKey = new HashMap<>();
  /** (level|area|typology) -> listed atomic periods. */
  private final Map<String, TreeSet<Period>> atoms = new HashMap<>();
  /** (level|period|typology) -> listed areas. */
  private final Map<String, TreeSet<String>> areas = new HashMap<>();
  /** atomic cell key -> (level -> area) of its first crime. */
  private final Map<String, Map<String, String>> colocated;

  /**
   * @param figures every figure
   * @param t the primary threshold
   * @param types the period types present
   * @param levels the levels, in order
   * @param colocated for each atomic-period cell, the areas at every level of its first crime (by id)
   */
  HotspotWitnesses(
      List<AreaFigures> figures, long t, Set<PeriodType> types, List<String> levels, Map<String, Map<String, String>> colocated) {
    this.t = t;
    this.types = types;
    this.atomic = atomic(types);
    this.levels = levels;
    this.colocated = colocated;
    for (AreaFigures f : figures) {
      byKey.put(HotspotDisclosure.key(f), f);
      if (f.period().type() == atomic) {
        atoms.computeIfAbsent(f.level() + "|" + f.areaId() + "|" + f.typology(), x -> new TreeSet<>()).add(f.period());
      }
      areas.computeIfAbsent(f.level() + "|" + f.period().label() + "|" + f.typology(), x -> new TreeSet<>(AREA_ORDER)).add(f.areaId());
    }
  }

  /** The atomic period type: the finest present whose periods tile the others. */
  static PeriodType atomic(Set<PeriodType> types) {
    return types.contains(PeriodType.MONTH) ? PeriodType.MONTH : types.contains(PeriodType.QUARTER) ? PeriodType.QUARTER : null;
  }

  /** The periods whose cells move with a change of atomic period p: p and the coarser ones it tiles. */
  private List<Period> chainPeriods(Period p) {
    List<Period> out = new ArrayList<>();
    out.add(p);
    if (p.type() == atomic) {
      for (PeriodType t : types) {
        if (t.compareTo(p.type()) > 0) {
          out.add(t.of(p.start()));
        }
      }
    }
    return out;
  }

  private void chain(Map<String, Integer> w, String level, String area, Period p, String typ, int s) {
    for (Period q : chainPeriods(p)) {
      w.merge(HotspotDisclosure.key(level, area, q.label(), typ), s, Integer::sum);
    }
  }

  /**
   * @param key a cell's key
   * @return candidate witnesses that change it, best first
   */
  java.util.stream.Stream<Map<String, Integer>> proposals(String key) {
    AreaFigures f = byKey.get(key);
    if (f == null) {
      return java.util.stream.Stream.empty();
    }
    List<Period> starts = new ArrayList<>();
    TreeSet<Period> mine = atoms.getOrDefault(f.level() + "|" + f.areaId() + "|" + f.typology(), new TreeSet<>());
    if (atomic == null || f.period().type() == atomic) {
      starts.add(f.period());
    } else {
      for (Period m : mine) {
        if (f.period().contains(m.start()) && starts.size() < 2) {
          starts.add(m);
        }
      }
    }
    List<String> typs = f.typology().equals(Hotspots.ALL) ? List.of(Hotspots.ALL) : List.of(f.typology(), Hotspots.ALL);
    List<Object[]> plans = new ArrayList<>(); // {month, typologies, sign}
    for (Period m : starts) {
      for (int mirror = 1; mirror <= typs.size(); mirror++) {
        for (int s : new int[] {+1, -1}) {
          plans.add(new Object[] {m, typs.subList(0, mirror), s});
        }
      }
    }
    return plans.stream().flatMap(p -> {
      @SuppressWarnings("unchecked")
      List<String> ts = (List<String>) p[1];
      return plan(f, (Period) p[0], ts, (Integer) p[2], mine);
    });
  }

  /** The candidates of one month, typologies and sign, made one at a time as they are asked for. */
  private java.util.stream.Stream<Map<String, Integer>> plan(AreaFigures f, Period m, List<String> ts, int s, TreeSet<Period> mine) {
    if (!cellMovable(f.level(), f.areaId(), m, ts, s)) {
      return java.util.stream.Stream.empty();
    }
    boolean ownChain = movable(f.level(), f.areaId(), m, ts, s);
    List<Period> others = otherMonths(f, m, mine);
    List<String> partners = new ArrayList<>();
    for (String b : areas.getOrDefault(f.level() + "|" + m.label() + "|" + f.typology(), new TreeSet<>())) {
      if (partners.size() >= PARTNERS) {
        break;
      }
      if (!b.equals(f.areaId()) && cellMovable(f.level(), b, m, ts, -s)) {
        partners.add(b);
      }
    }
    java.util.stream.Stream<Map<String, Integer>> pairs = partners.stream().flatMap(b -> {
      java.util.stream.Stream<Map<String, Integer>> rects = others.stream()
          .filter(m2 -> listed(f.level(), b, m2, ts) && cellMovable(f.level(), f.areaId(), m2, ts, -s))
          .map(m2 -> {
            Map<String, Integer> w = new TreeMap<>();
            for (String t : ts) {
              chain(w, f.level(), f.areaId(), m, t, s);
              chain(w, f.level(), f.areaId(), m2, t, -s);
              chain(w, f.level(), b, m, t, -s);
              chain(w, f.level(), b, m2, t, s);
            }
            return w;
          });
      java.util.stream.Stream<Map<String, Integer>> transfer = java.util.stream.Stream.of(b)
          .filter(x -> ownChain && movable(f.level(), x, m, ts, -s))
          .map(x -> {
            Map<String, Integer> w = new TreeMap<>();
            for (String t : ts) {
              chain(w, f.level(), f.areaId(), m, t, s);
              chain(w, f.level(), x, m, t, -s);
            }
            return w;
          });
      return java.util.stream.Stream.concat(rects, transfer);
    });
    java.util.stream.Stream<Map<String, Integer>> more = java.util.stream.Stream.of(0)
        .map(x -> ownChain ? oneMore(f, m, ts, s) : null)
        .filter(java.util.Objects::nonNull);
    return java.util.stream.Stream.concat(pairs, more).map(w -> {
      w.values().removeIf(v -> v == 0);
      return w;
    }).filter(w -> !w.isEmpty());
  }

  /** Other listed atomic periods of the cell's series, closest first (same quarter, year, any). */
  private List<Period> otherMonths(AreaFigures f, Period m, TreeSet<Period> mine) {
    List<Period> out = new ArrayList<>();
    for (int pass = 0; pass < 3 && out.size() < OTHER_MONTHS; pass++) {
      for (Period m2 : mine) {
        if (out.size() >= OTHER_MONTHS || m2.equals(m) || out.contains(m2)) {
          continue;
        }
        if (f.period().type() != atomic && f.period().contains(m2.start())) {
          continue; // the target itself must move
        }
        boolean sameQuarter = PeriodType.QUARTER.of(m2.start()).equals(PeriodType.QUARTER.of(m.start()));
        boolean sameYears = PeriodType.YEAR.of(m2.start()).equals(PeriodType.YEAR.of(m.start()))
            && PeriodType.FINANCIAL_YEAR.of(m2.start()).equals(PeriodType.FINANCIAL_YEAR.of(m.start()));
        if (pass == 0 ? sameQuarter : pass == 1 ? sameYears : true) {
          out.add(m2);
        }
      }
    }
    return out;
  }

  private boolean listed(String level, String area, Period p, List<String> typs) {
    for (String t : typs) {
      if (!byKey.containsKey(HotspotDisclosure.key(level, area, p.label(), t))) {
        return false;
      }
    }
    return true;
  }

  /**
   * One crime more (s = +1) or fewer in month m: at every level in one area (its own at the cell's
   * level; elsewhere, where it can, the area of one of the cell's real crimes), in the typology and,
   * when mirrored, in {@code ALL}, with the hidden force totals of each period.
   */
  private Map<String, Integer> oneMore(AreaFigures f, Period m, List<String> typs, int s) {
    Map<String, String> where = colocated.getOrDefault(HotspotDisclosure.key(f.level(), f.areaId(), m.label(), f.typology()), Map.of());
    Map<String, Integer> w = new TreeMap<>();
    String typ = typs.get(0);
    boolean mirrored = typs.size() > 1;
    for (String level : levels) {
      List<String> candidates = new ArrayList<>();
      if (level.equals(f.level())) {
        candidates.add(f.areaId());
      } else {
        if (where.containsKey(level)) {
          candidates.add(where.get(level));
        }
        candidates.addAll(areas.getOrDefault(level + "|" + m.label() + "|" + typ, new TreeSet<>()));
      }
      String area = null;
      String allArea = null;
      for (String a : candidates) {
        if (!movable(level, a, m, List.of(typ), s)) {
          continue;
        }
        if (!mirrored || movable(level, a, m, List.of(Hotspots.ALL), s)) {
          area = a;
          allArea = a;
          break;
        }
        if (s < 0 || slack(level, a, m, typ)) {
          String b = anyMovable(level, m, s);
          if (b != null) {
            area = a;
            allArea = b;
            break;
          }
        }
      }
      if (area == null) {
        return null;
      }
      chain(w, level, area, m, typ, s);
      if (mirrored) {
        chain(w, level, allArea, m, Hotspots.ALL, s);
      }
    }
    for (String t2 : typs) {
      for (Period q : chainPeriods(m)) {
        w.merge(HotspotDisclosure.totalKey(q.label(), t2), s, Integer::sum);
      }
    }
    return w;
  }

  /** True when the typology's chain in the area is below ALL's at every period (room for one more). */
  private boolean slack(String level, String area, Period m, String typ) {
    for (Period q : chainPeriods(m)) {
      AreaFigures a = byKey.get(HotspotDisclosure.key(level, area, q.label(), typ));
      AreaFigures all = byKey.get(HotspotDisclosure.key(level, area, q.label(), Hotspots.ALL));
      if (a == null || all == null || a.vcEvents() >= all.vcEvents()) {
        return false;
      }
    }
    return true;
  }

  /** The first area, in area order, whose ALL chain for month m can move by s. */
  private String anyMovable(String level, Period m, int s) {
    for (String a : areas.getOrDefault(level + "|" + m.label() + "|" + Hotspots.ALL, new TreeSet<>())) {
      if (movable(level, a, m, List.of(Hotspots.ALL), s)) {
        return a;
      }
    }
    return null;
  }

  /** True when every cell of the chain is listed and can move by s within the attacker's bounds. */
  private boolean movable(String level, String area, Period m, List<String> typs, int s) {
    for (String typ : typs) {
      for (Period q : chainPeriods(m)) {
        if (!fits(byKey.get(HotspotDisclosure.key(level, area, q.label(), typ)), s)) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when the cell of period m itself is listed and can move by s. */
  private boolean cellMovable(String level, String area, Period m, List<String> typs, int s) {
    for (String typ : typs) {
      if (!fits(byKey.get(HotspotDisclosure.key(level, area, m.label(), typ)), s)) {
        return false;
      }
    }
    return true;
  }

  private boolean fits(AreaFigures g, int s) {
    if (g == null) {
      return false;
    }
    return g.vcEvents() + s >= 1; // the marker is the same for primary and secondary cells
  }




}
