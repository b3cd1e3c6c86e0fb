package org.vcanalytics.examples.share;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Primary and secondary cell suppression for any table of counts whose cells are tied by sums,
 * with an audit that proves, cell by cell, that no suppressed count can be worked out.
 *
 * <p>A table is given as cells (a key, a count, and whether the count is primary-sensitive), hidden
 * totals (sums that are not published but that an attacker can name, such as a force's total that
 * several levels add up to), sum relations ({@code whole = Σ parts}, the whole a cell or a hidden
 * total) and at-most relations ({@code Σ parts ≤ whole}, such as a typology's count and all violent
 * crime). Computes; writes nothing.
 *
 * <pre>{@code
 * CellSuppression.Result s = CellSuppression.builder(5, 1)     // threshold 5; a listed cell is ≥ 1
 *     .cell("sex=F|HIGH_HARM", 3, true).cell("sex=M|HIGH_HARM", 40, false)
 *     .hidden("HIGH_HARM")
 *     .sum("HIGH_HARM", List.of("sex=F|HIGH_HARM", "sex=M|HIGH_HARM"))
 *     .suppress();
 * s.suppressed();   // [sex=F|HIGH_HARM, sex=M|HIGH_HARM] if the total can be worked out elsewhere
 * }</pre>
 *
 * <p><b>What the attacker knows.</b> Every published count; every relation; and that a suppressed
 * count of a listed cell is at least {@code floor}. Primary and secondary cells carry the same
 * marker, so by default the attacker cannot tell on which side of the threshold {@code t} a
 * suppressed count lies. {@link Builder#attackerKnowsSide(boolean)} assumes more: below {@code t}
 * the count is in {@code [floor, t − 1]}, otherwise in {@code [t, ∞)} (not always achievable: when
 * the listed cells of a period alone reach its primary total, that total is pinned whatever is
 * suppressed; used only when {@code t > floor + 1}).
 *
 * <p><b>The audit.</b> A suppressed count is protected when the attacker's feasible set (every
 * relation, every published count, every bound above) holds a second point at which that count
 * differs from the truth. The engine proves it by a <i>witness</i>: an integer change {@code d}
 * (each entry −1, 0 or +1) of suppressed counts and hidden totals such that every sum relation
 * still adds up, every at-most relation still holds and every changed count stays within its bounds.
 * Then the attacker's minimum and maximum of every changed count differ (the feasible set is
 * convex, so its linear-programming bounds differ too). Witnesses are found by a depth-first search
 * that rebalances one relation at a time, preferring moves that rebalance several.
 *
 * <p><b>Secondary suppression.</b> Cells are taken in key order. A suppressed cell that no witness
 * yet covers gets one, first among suppressed counts only; when there is none, published counts may
 * join the witness (preferring moves that close relations, then smaller counts, then key order),
 * and those become secondary suppressions. A witness stays valid when more cells are suppressed
 * (the attacker's set only grows), so the loop ends at a fixed point where every suppressed cell is
 * covered by a verified witness, or is listed in {@link Result#unprotected()} when even suppressing
 * every published cell of its relations finds none.
 *
 * <p>Cost: O(S × B × M) for S suppressed cells, a search budget of B moves per cell (at most {@value
 * #BUDGET}) and M the members of the largest relation; in practice a witness covers four to eight
 * cells at once and is found in a few moves. Deterministic: the same cells and relations, in any
 * order, give the same result.
 */
public final class CellSuppression {

  /** Moves tried per witness search before it gives up. */
  static final int BUDGET = 400;


  private CellSuppression() {}

  /**
   * @param threshold the primary threshold t: a count below it is sensitive (1 or more)
   * @param floor the smallest count a listed cell can have (1 when only non-empty cells are listed,
   *     0 when empty ones are too)
   * @return a builder
   */
  public static Builder builder(long threshold, long floor) {
    return new Builder(threshold, floor);
  }

  /**
   * What was suppressed.
   *
   * @param suppressed every suppressed cell (primary and secondary), by key
   * @param primary the cells given as primary-sensitive
   * @param secondary the cells suppressed to protect others
   * @param unprotected suppressed cells for which no witness was found (empty when the audit passes)
   * @param witnesses for each witness found, the change it makes, by key (hidden totals included);
   *     every suppressed cell outside {@code unprotected} is changed by one of them
   * @param attackerKnowsSide true when the bounds assumed that the attacker knows on which side of
   *     the threshold a suppressed count lies
   */
  public record Result(
      SortedSet<String> suppressed,
      SortedSet<String> primary,
      SortedSet<String> secondary,
      SortedSet<String> unprotected,
      List<SortedMap<String, Integer>> witnesses,
      boolean attackerKnowsSide) {

    /** Copies the collections. */
    public Result {
      suppressed = Collections.unmodifiableSortedSet(new TreeSet<>(suppressed));
      primary = Collections.unmodifiableSortedSet(new TreeSet<>(primary));
      secondary = Collections.unmodifiableSortedSet(new TreeSet<>(secondary));
      unprotected = Collections.unmodifiableSortedSet(new TreeSet<>(unprotected));
      witnesses = witnesses.stream().map(w -> Collections.unmodifiableSortedMap(new TreeMap<>(w))).toList();
    }

    /** @param key a cell @return true when it is suppressed */
    public boolean isSuppressed(String key) {
      return suppressed.contains(key);
    }
  }

  /** Collects a table's cells and relations. Not thread-safe; use once. */
  public static final class Builder {
    final long threshold;
    final long floor;
    final Map<String, long[]> cells = new HashMap<>(); // key -> {value, primary 0/1}
    final TreeSet<String> hidden = new TreeSet<>();
    final List<String[]> sums = new ArrayList<>(); // [whole, parts...]
    final List<String[]> atMost = new ArrayList<>(); // [whole, parts...]
    Function<String, java.util.stream.Stream<Map<String, Integer>>> proposals = k -> java.util.stream.Stream.empty();
    boolean knowsSide;

    private Builder(long threshold, long floor) {
      if (threshold < 1) {
        throw new IllegalArgumentException("threshold must be 1 or more, was " + threshold);
      }
      if (floor < 0) {
        throw new IllegalArgumentException("floor must be 0 or more, was " + floor);
      }
      this.threshold = threshold;
      this.floor = floor;
    }

    /**
     * @param key the cell's key (unique; keys order the work and break ties)
     * @param value its count, at least the floor
     * @param primary true when it must be suppressed (for example below the threshold, or dominated)
     * @return this
     */
    public Builder cell(String key, long value, boolean primary) {
      Objects.requireNonNull(key, "key");
      if (value < floor) {
        throw new IllegalArgumentException("cell " + key + " has " + value + ", below the floor " + floor);
      }
      if (hidden.contains(key) || cells.putIfAbsent(key, new long[] {value, primary ? 1 : 0}) != null) {
        throw new IllegalArgumentException("cell " + key + " is given twice");
      }
      return this;
    }

    /** @param key a total that is not published but may be worked out (its value is summed) @return this */
    public Builder hidden(String key) {
      if (cells.containsKey(key)) {
        throw new IllegalArgumentException("hidden total " + key + " is also a cell");
      }
      hidden.add(key);
      return this;
    }

    /**
     * @param whole a cell or hidden total
     * @param parts the cells (or hidden totals) it is the sum of; absent cells are zero
     * @return this
     */
    public Builder sum(String whole, List<String> parts) {
      sums.add(relation(whole, parts));
      return this;
    }

    /**
     * @param parts cells whose sum is at most the whole
     * @param whole a cell
     * @return this
     */
    public Builder atMost(List<String> parts, String whole) {
      atMost.add(relation(whole, parts));
      return this;
    }

    /**
     * @param knows true to assume that the attacker knows on which side of the threshold each
     *     suppressed count lies (default false: the marker is the same for both)
     * @return this
     */
    public Builder attackerKnowsSide(boolean knows) {
      this.knowsSide = knows;
      return this;
    }

    /**
     * Witnesses worth trying first for a cell, from what the caller knows of the table's shape (for
     * hotspots: move a crime to another area or month, or add one); each is verified like any other.
     *
     * @param f for a suppressed cell's key, changes by key (−1 or +1), best first (made lazily: the
     *     first that needs no further suppression is taken)
     * @return this
     */
    public Builder proposals(Function<String, java.util.stream.Stream<Map<String, Integer>>> f) {
      this.proposals = Objects.requireNonNull(f, "proposals");
      return this;
    }

    private static String[] relation(String whole, List<String> parts) {
      String[] r = new String[parts.size() + 1];
      r[0] = Objects.requireNonNull(whole, "whole");
      for (int i = 0; i < parts.size(); i++) {
        r[i + 1] = Objects.requireNonNull(parts.get(i), "part");
      }
      return r;
    }

    /**
     * Suppresses the primary cells and as many more as the audit needs.
     *
     * @return what was suppressed
     * @throws IllegalArgumentException when a relation names an unknown key, or the counts do not
     *     satisfy a relation
     */
    public Result suppress() {
      return new SuppressionEngine(this).run();
    }
  }
}
