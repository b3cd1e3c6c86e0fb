package org.vcanalytics.examples.share;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;

/**
 * An attacker holding only {@code share/hotspots.csv}: every linear relation the file publishes, and
 * the bounds of every withheld count, to find the withheld counts that can be worked out.
 *
 * <p>Relations, built from the rows alone: within a level, area and typology, months add up to their
 * quarter, calendar year and financial year, and quarters to their year and financial year; within a
 * level, period and typology, the areas add up to the force's total, one unknown shared by every
 * level (and known when a {@code share_of_force} column gives it: total = count ÷ share); within an
 * area and period, each typology is at most {@code ALL}, and {@code KNIFE} + {@code GUN} at most
 * {@code ALL}. Bounds: a row is listed only when it has a crime, so a withheld count is at least 1; a
 * marker {@code <N} says it is below N. The conservative attacker also knows, for {@code [c]}, on
 * which side of the threshold the count lies (which the file does not say).
 *
 * <p>The attacker's exact answer for a withheld count is its minimum and maximum over the feasible
 * set (a linear programme). This class brackets it from both sides: <b>outer</b> bounds by interval
 * propagation over every relation to a fixed point (valid bounds, so a count whose outer interval is
 * one value is recovered); <b>inner</b> bounds by points of the feasible set — the truth and the
 * truth changed by a witness — each checked here against the relations built from the file (so a
 * count changed by a checked witness has min &lt; max). A count that is neither is undecided.
 */
final class DifferencingAttack {
  static final long INF = Long.MAX_VALUE / 8;

  /** A count's key: level|area|period|typology, as {@link HotspotDisclosure#key} writes it. */
  final List<String> keys = new ArrayList<>();
  final Map<String, Integer> index = new HashMap<>();
  final List<Long> published = new ArrayList<>(); // null when withheld
  final List<Long> below = new ArrayList<>(); // the N of a "<N" marker, else null
  final List<int[]> sums = new ArrayList<>(); // [whole, parts...]
  final List<int[]> atMost = new ArrayList<>(); // [whole, parts...]
  long[] lo;
  long[] hi;

  /** What the attack found. */
  record Findings(TreeSet<String> withheld, TreeMap<String, Long> recovered, TreeSet<String> safe, TreeSet<String> undecided) {}

  static DifferencingAttack read(Path hotspotsCsv) throws IOException {
    DifferencingAttack a = new DifferencingAttack();
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(hotspotsCsv.toFile())) {
      rows = it.readAll();
    }
    Map<String, Long> totalFromShare = new TreeMap<>();
    Map<String, Double> bestShare = new HashMap<>();
    for (Map<String, String> r : rows) {
      String key = HotspotDisclosure.key(r.get("level"), r.get("area_id"), r.get("period"), r.get("typology"));
      String v = r.get("vc_events");
      Long n = v.matches("\\d+") ? Long.valueOf(v) : null;
      a.add(key, n, v.startsWith("<") ? Long.valueOf(v.substring(1)) : null);
      String share = r.get("share_of_force");
      if (n != null && share != null && !share.isEmpty() && Double.parseDouble(share) > 0) {
        // The share is written with four decimals: the row with the largest share gives the total best.
        String total = HotspotDisclosure.totalKey(r.get("period"), r.get("typology"));
        double sh = Double.parseDouble(share);
        if (sh > bestShare.getOrDefault(total, 0.0)) {
          bestShare.put(total, sh);
          totalFromShare.put(total, Math.round(n / sh));
        }
      }
    }
    a.relate(totalFromShare);
    return a;
  }

  private int add(String key, Long value, Long belowN) {
    index.put(key, keys.size());
    keys.add(key);
    published.add(value);
    below.add(belowN);
    return keys.size() - 1;
  }

  private void relate(Map<String, Long> knownTotals) {
    Map<String, TreeMap<Period, Integer>> series = new TreeMap<>();
    Map<String, List<Integer>> columns = new TreeMap<>();
    Map<String, TreeMap<String, Integer>> cells = new TreeMap<>();
    int n = keys.size();
    for (int i = 0; i < n; i++) {
      String[] k = keys.get(i).split("\\|", -1);
      Period p = Period.parse(k[2]);
      series.computeIfAbsent(k[0] + "|" + k[1] + "|" + k[3], x -> new TreeMap<>()).put(p, i);
      columns.computeIfAbsent(k[0] + "|" + k[2] + "|" + k[3], x -> new ArrayList<>()).add(i);
      cells.computeIfAbsent(k[0] + "|" + k[1] + "|" + k[2], x -> new TreeMap<>()).put(k[3], i);
    }
    PeriodType[][] tiles = {
      {PeriodType.MONTH, PeriodType.QUARTER}, {PeriodType.MONTH, PeriodType.YEAR}, {PeriodType.MONTH, PeriodType.FINANCIAL_YEAR},
      {PeriodType.QUARTER, PeriodType.YEAR}, {PeriodType.QUARTER, PeriodType.FINANCIAL_YEAR},
    };
    boolean[] present = new boolean[PeriodType.values().length];
    series.values().forEach(s -> s.keySet().forEach(p -> present[p.type().ordinal()] = true));
    for (TreeMap<Period, Integer> s : series.values()) {
      for (PeriodType[] t : tiles) {
        if (!present[t[0].ordinal()] || !present[t[1].ordinal()]) {
          continue;
        }
        Map<Period, List<Integer>> parts = new TreeMap<>();
        s.forEach((p, i) -> {
          if (p.type() == t[0]) {
            parts.computeIfAbsent(t[1].of(p.start()), x -> new ArrayList<>()).add(i);
          }
        });
        parts.forEach((p, l) -> sums.add(relation(s.get(p), l)));
      }
    }
    columns.forEach((col, members) -> {
      String[] c = col.split("\\|", -1);
      String total = HotspotDisclosure.totalKey(c[1], c[2]);
      Integer t = index.get(total);
      if (t == null) {
        t = add(total, knownTotals.get(total), null);
      }
      sums.add(relation(t, members));
    });
    for (TreeMap<String, Integer> cell : cells.values()) {
      Integer all = cell.get("ALL");
      cell.forEach((typ, i) -> {
        if (!typ.equals("ALL")) {
          atMost.add(relation(all, List.of(i)));
        }
      });
      if (cell.containsKey("KNIFE") && cell.containsKey("GUN")) {
        atMost.add(relation(all, List.of(cell.get("KNIFE"), cell.get("GUN"))));
      }
    }
  }

  private static int[] relation(int whole, List<Integer> parts) {
    int[] r = new int[parts.size() + 1];
    r[0] = whole;
    for (int k = 0; k < parts.size(); k++) {
      r[k + 1] = parts.get(k);
    }
    return r;
  }

  boolean isTotal(int i) {
    return keys.get(i).startsWith("Σ|");
  }

  /**
   * Outer bounds by propagation, then the verdict for every withheld count.
   *
   * @param truth the true counts by key, for the conservative bounds and the inner check (may be empty)
   * @param threshold the primary threshold, for the conservative bounds
   * @param conservative true to give the attacker the side of the threshold of every {@code [c]}
   * @param witnesses changes to check as points of the feasible set (inner bounds)
   */
  Findings attack(Map<String, Long> truth, long threshold, boolean conservative, List<SortedMap<String, Integer>> witnesses) {
    int n = keys.size();
    lo = new long[n];
    hi = new long[n];
    for (int i = 0; i < n; i++) {
      Long v = published.get(i);
      if (v != null) {
        lo[i] = v;
        hi[i] = v;
      } else if (isTotal(i)) {
        lo[i] = 0;
        hi[i] = INF;
      } else {
        lo[i] = 1;
        hi[i] = below.get(i) != null ? below.get(i) - 1 : INF;
        if (conservative && below.get(i) == null) {
          long x = truth.get(keys.get(i));
          lo[i] = x < threshold ? 1 : threshold;
          hi[i] = x < threshold ? threshold - 1 : INF;
        }
      }
    }
    propagate();
    Findings f = new Findings(new TreeSet<>(), new TreeMap<>(), new TreeSet<>(), new TreeSet<>());
    for (int i = 0; i < n; i++) {
      if (published.get(i) == null && !isTotal(i)) {
        f.withheld().add(keys.get(i));
        if (lo[i] == hi[i]) {
          f.recovered().put(keys.get(i), lo[i]);
        }
      }
    }
    for (SortedMap<String, Integer> w : witnesses) {
      if (feasible(truth, w)) {
        w.forEach((k, d) -> {
          if (d != 0 && f.withheld().contains(k)) {
            f.safe().add(k);
          }
        });
      }
    }
    for (String k : f.withheld()) {
      if (!f.safe().contains(k) && !f.recovered().containsKey(k)) {
        f.undecided().add(k);
      }
    }
    return f;
  }

  private void propagate() {
    boolean changed = true;
    for (int pass = 0; changed && pass < 200; pass++) {
      changed = false;
      for (int[] r : sums) {
        long sLo = 0;
        long sHi = 0;
        for (int k = 1; k < r.length; k++) {
          sLo = Math.min(INF, sLo + lo[r[k]]);
          sHi = Math.min(INF, sHi + hi[r[k]]);
        }
        changed |= tighten(r[0], sLo, sHi);
        for (int k = 1; k < r.length; k++) {
          int p = r[k];
          long othersLo = sLo - lo[p];
          long othersHi = sHi >= INF ? INF : sHi - hi[p];
          long newLo = hi[r[0]] >= INF || othersHi >= INF ? lo[p] : lo[r[0]] - othersHi;
          long newHi = hi[r[0]] >= INF ? INF : hi[r[0]] - othersLo;
          changed |= tighten(p, newLo, newHi);
        }
      }
      for (int[] r : atMost) {
        long sLo = 0;
        for (int k = 1; k < r.length; k++) {
          sLo += lo[r[k]];
        }
        changed |= tighten(r[0], sLo, INF);
        for (int k = 1; k < r.length; k++) {
          changed |= tighten(r[k], 0, hi[r[0]] >= INF ? INF : hi[r[0]] - (sLo - lo[r[k]]));
        }
      }
    }
  }

  private boolean tighten(int v, long newLo, long newHi) {
    boolean c = false;
    if (newLo > lo[v]) {
      lo[v] = newLo;
      c = true;
    }
    if (newHi < hi[v]) {
      hi[v] = newHi;
      c = true;
    }
    if (lo[v] > hi[v]) {
      throw new IllegalStateException("infeasible at " + keys.get(v) + ": [" + lo[v] + ", " + hi[v] + "]");
    }
    return c;
  }

  private long[] x;
  private List<List<int[]>> sumsOf;
  private List<List<int[]>> atMostOf;

  /** The true counts (totals summed), checked against every relation once. */
  private void truth(Map<String, Long> truth) {
    int n = keys.size();
    x = new long[n];
    sumsOf = new ArrayList<>();
    atMostOf = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x[i] = isTotal(i) ? -1 : truth.get(keys.get(i));
      sumsOf.add(new ArrayList<>());
      atMostOf.add(new ArrayList<>());
    }
    for (int[] r : sums) {
      long s = 0;
      for (int k = 1; k < r.length; k++) {
        s += x[r[k]];
      }
      if (x[r[0]] < 0) {
        x[r[0]] = s;
      }
      if (s != x[r[0]]) {
        throw new IllegalStateException("the truth breaks the relation of " + keys.get(r[0]));
      }
      for (int v : r) {
        sumsOf.get(v).add(r);
      }
    }
    for (int[] r : atMost) {
      for (int v : r) {
        atMostOf.get(v).add(r);
      }
    }
  }

  /** True when truth + w satisfies every relation and bound built from the file. */
  boolean feasible(Map<String, Long> truth, SortedMap<String, Integer> w) {
    if (x == null) {
      truth(truth);
    }
    Map<Integer, Integer> d = new HashMap<>();
    for (Map.Entry<String, Integer> e : w.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i == null || published.get(i) != null) {
        return false; // a published count, or one the file does not list: not a point of the set
      }
      d.put(i, e.getValue());
    }
    for (Map.Entry<Integer, Integer> e : d.entrySet()) {
      long v = x[e.getKey()] + e.getValue();
      if (v < lo[e.getKey()] || v > hi[e.getKey()]) {
        return false;
      }
      for (int[] r : sumsOf.get(e.getKey())) {
        long s = 0; // the truth satisfies r, so truth + d does when the changes cancel
        for (int k = 0; k < r.length; k++) {
          s += (k == 0 ? -1 : 1) * d.getOrDefault(r[k], 0);
        }
        if (s != 0) {
          return false;
        }
      }
      for (int[] r : atMostOf.get(e.getKey())) {
        long s = 0;
        for (int k = 1; k < r.length; k++) {
          s += x[r[k]] + d.getOrDefault(r[k], 0);
        }
        if (s > x[r[0]] + d.getOrDefault(r[0], 0)) {
          return false;
        }
      }
    }
    return true;
  }
}
