package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.vcanalytics.core.GridPoint;

/**
 * Each cell gets exactly one of the seventeen categories, the one its definition (written here again,
 * independently, over a string of its periods) picks; and the categories do not depend on the order
 * of the cells or of the points.
 */
class EmergingHotSpotsProperties {

  /**
   * z-scores {@code [period][cell]}: 1 to 14 periods, 1 to 12 cells. A cell's series is either mixed
   * (many exact ties, values on both sides) or steadily one-sided — hot or cold in every period,
   * rising, flat or falling, perhaps with one period at 0 — so that the 90 % categories and their
   * trends come up too.
   */
  @Provide
  Arbitrary<double[][]> scores() {
    Arbitrary<Double> z =
        Arbitraries.oneOf(
            Arbitraries.of(-4.0, -3.0, -2.5, 0.0, 1.0, 2.5, 3.0, 4.0),
            Arbitraries.doubles().between(-5, 5));
    return Arbitraries.integers().between(1, 14).flatMap(t -> {
      Arbitrary<double[]> mixed = z.array(double[].class).ofSize(t);
      Arbitrary<double[]> steady =
          Combinators.combine(
                  Arbitraries.of(3.0, -3.0), Arbitraries.of(-0.1, 0.0, 0.1), Arbitraries.integers().between(0, t))
              .as((base, slope, gap) -> {
                double[] x = new double[t];
                for (int k = 0; k < t; k++) {
                  x[k] = k == gap ? 0 : base + slope * k;
                }
                return x;
              });
      return Arbitraries.oneOf(mixed, steady).list().ofMinSize(1).ofMaxSize(12).map(cells -> {
        double[][] out = new double[t][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
          for (int k = 0; k < t; k++) {
            out[k][i] = cells.get(i)[k];
          }
        }
        return out;
      });
    });
  }

  @Property(tries = 300)
  void exactlyOneCategoryAndTheOneItsDefinitionPicks(
      @ForAll("scores") double[][] z, @ForAll boolean fdr) {
    EhsaOptions o = new EhsaOptions(fdr, 0.05);
    List<EmergingHotSpots.Cell> cells = EmergingHotSpots.fromScores(z, z[0].length, i -> GridPoint.of(1000 + i, 1000), o);
    assertThat(cells).hasSize(z[0].length);
    for (EmergingHotSpots.Cell c : cells) {
      String s = c.series().stream().map(p -> p.hot() ? "H" : p.cold() ? "C" : ".").collect(Collectors.joining());
      int trend = c.trendP() < 0.05 ? Long.signum(c.trendS()) : 0;
      List<EhsaCategory> holding = new ArrayList<>();
      for (EhsaCategory k : EhsaCategory.values()) {
        if (definition(k, s, trend)) {
          holding.add(k);
        }
      }
      assertThat(holding).as(s + " trend " + trend).containsExactly(c.category());
      Statistics.collect(c.category());
      assertThat(c.hotPeriods()).isEqualTo(s.chars().filter(ch -> ch == 'H').count());
      assertThat(c.coldPeriods()).isEqualTo(s.chars().filter(ch -> ch == 'C').count());
    }
  }

  @Property(tries = 200)
  void theCategoriesDoNotDependOnTheOrderOfTheCells(
      @ForAll("scores") double[][] z, @ForAll boolean fdr, @ForAll long seed) {
    int n = z[0].length;
    List<Integer> perm = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      perm.add(i);
    }
    Collections.shuffle(perm, new Random(seed));
    double[][] shuffled = new double[z.length][n];
    for (int k = 0; k < z.length; k++) {
      for (int j = 0; j < n; j++) {
        shuffled[k][j] = z[k][perm.get(j)];
      }
    }
    EhsaOptions o = new EhsaOptions(fdr, 0.05);
    List<EmergingHotSpots.Cell> a = EmergingHotSpots.fromScores(z, n, i -> GridPoint.of(1000, 1000), o);
    List<EmergingHotSpots.Cell> b = EmergingHotSpots.fromScores(shuffled, n, i -> GridPoint.of(1000, 1000), o);
    for (int j = 0; j < n; j++) {
      EmergingHotSpots.Cell x = a.get(perm.get(j));
      EmergingHotSpots.Cell y = b.get(j);
      assertThat(y.category()).isEqualTo(x.category());
      assertThat(y.trendS()).isEqualTo(x.trendS());
      assertThat(y.trendP()).isEqualTo(x.trendP());
      for (int k = 0; k < z.length; k++) {
        assertThat(y.series().get(k).p()).isEqualTo(x.series().get(k).p());
        assertThat(y.series().get(k).hot()).isEqualTo(x.series().get(k).hot());
        assertThat(y.series().get(k).cold()).isEqualTo(x.series().get(k).cold());
      }
    }
  }

  @Property(tries = 60)
  void theResultDoesNotDependOnTheOrderOfThePoints(@ForAll long seed) {
    Random r = new Random(seed);
    int t = 1 + r.nextInt(6);
    List<List<GridPoint>> periods = new ArrayList<>();
    for (int k = 0; k < t; k++) {
      List<GridPoint> pts = new ArrayList<>();
      int m = r.nextInt(80);
      for (int i = 0; i < m; i++) {
        pts.add(r.nextInt(3) == 0
            ? GridPoint.of(400_400 + r.nextInt(300), 280_400 + r.nextInt(300))
            : GridPoint.of(400_000 + r.nextInt(2_001), 280_000 + r.nextInt(2_001)));
      }
      periods.add(pts);
    }
    periods.get(0).add(GridPoint.of(400_000, 280_000));
    List<List<GridPoint>> shuffled = new ArrayList<>();
    for (List<GridPoint> p : periods) {
      List<GridPoint> q = new ArrayList<>(p);
      Collections.shuffle(q, r);
      shuffled.add(q);
    }
    GridHotspots.Options g = new GridHotspots.Options(250, 0, false, 0.05);
    EmergingHotSpots.Result a = EmergingHotSpots.analyse(periods, g, EhsaOptions.defaults());
    assertThat(EmergingHotSpots.analyse(shuffled, g, EhsaOptions.defaults())).isEqualTo(a);
    assertThat(a.cells()).hasSize(a.columns() * a.rows());
    assertThat(a.categoryCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(a.cells().size());
  }

  /**
   * The definition of each category over a string of the periods, oldest first: H hot, C cold, .
   * neither; the trend +1 up, −1 down, 0 none.
   */
  static boolean definition(EhsaCategory k, String s, int trend) {
    Side hot = new Side(s, 'H', 'C');
    Side cold = new Side(s, 'C', 'H');
    boolean hotApplies = hot.applies();
    boolean coldOnly = !hotApplies && cold.applies();
    switch (k) {
      case NEW_HOT_SPOT: return hotApplies && hot.isNew();
      case CONSECUTIVE_HOT_SPOT: return hotApplies && hot.consecutive();
      case INTENSIFYING_HOT_SPOT: return hotApplies && hot.most && hot.atEnd && trend > 0;
      case PERSISTENT_HOT_SPOT: return hotApplies && hot.most && hot.atEnd && trend == 0;
      case DIMINISHING_HOT_SPOT: return hotApplies && hot.most && hot.atEnd && trend < 0;
      case SPORADIC_HOT_SPOT: return hotApplies && hot.onAndOff() && !hot.otherEver;
      case OSCILLATING_HOT_SPOT: return hotApplies && hot.onAndOff() && hot.otherEver;
      case HISTORICAL_HOT_SPOT: return hotApplies && hot.most && !hot.atEnd;
      case NEW_COLD_SPOT: return coldOnly && cold.isNew();
      case CONSECUTIVE_COLD_SPOT: return coldOnly && cold.consecutive();
      case INTENSIFYING_COLD_SPOT: return coldOnly && cold.most && cold.atEnd && trend < 0;
      case PERSISTENT_COLD_SPOT: return coldOnly && cold.most && cold.atEnd && trend == 0;
      case DIMINISHING_COLD_SPOT: return coldOnly && cold.most && cold.atEnd && trend > 0;
      case SPORADIC_COLD_SPOT: return coldOnly && cold.onAndOff() && !cold.otherEver;
      case OSCILLATING_COLD_SPOT: return coldOnly && cold.onAndOff() && cold.otherEver;
      case HISTORICAL_COLD_SPOT: return coldOnly && cold.most && !cold.atEnd;
      case NO_PATTERN: return !hotApplies && !cold.applies();
      default: throw new AssertionError(k);
    }
  }

  /** One side (hot or cold) of a series string. */
  static final class Side {
    final String s;
    final char mine;
    final long count;
    final boolean atEnd;
    final boolean most;
    final boolean otherEver;

    Side(String s, char mine, char other) {
      this.s = s;
      this.mine = mine;
      Predicate<Integer> isMine = ch -> ch == mine;
      count = s.chars().filter(isMine::test).count();
      atEnd = s.charAt(s.length() - 1) == mine;
      most = count * 100 >= 90L * s.length(); // at least 90 %
      otherEver = s.indexOf(other) >= 0;
    }

    boolean applies() {
      return count > 0 && (atEnd || most);
    }

    /** Fewer than 90 %, and only the last period. */
    boolean isNew() {
      return !most && s.matches("[^" + mine + "]*" + mine);
    }

    /** Fewer than 90 %, one run of two or more at the end and none before. */
    boolean consecutive() {
      return !most && s.matches("[^" + mine + "]*" + mine + "{2,}");
    }

    /** Fewer than 90 %, at the end, and an earlier period of this side before a gap. */
    boolean onAndOff() {
      return !most && atEnd && s.matches(".*" + mine + "[^" + mine + "]+" + mine + ".*");
    }
  }
}
