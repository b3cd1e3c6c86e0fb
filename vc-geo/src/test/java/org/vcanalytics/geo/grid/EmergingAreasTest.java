package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.vcanalytics.core.GridPoint;

/** Emerging hot-spot analysis on areas: queen contiguity, Gi* by hand, and the grid as areas. */
class EmergingAreasTest {
  private static final GeometryFactory F = new GeometryFactory();

  private static Geometry box(double x0, double y0, double x1, double y1) {
    return F.toGeometry(new Envelope(x0, x1, y0, y1));
  }

  /**
   * Four 1 km squares in a row, west to east: A [0, 1000], B [1000, 2000], C [2000, 3000] and D
   * [3000.5, 4000] — D is 0.5 m off C, a simplification sliver, closed by the 1 m tolerance.
   * Neighbours: A {B}, B {A, C}, C {B, D}, D {C}.
   */
  private static SortedMap<String, Geometry> fourInARow() {
    SortedMap<String, Geometry> m = new TreeMap<>();
    m.put("A", box(0, 0, 1000, 1000));
    m.put("B", box(1000, 0, 2000, 1000));
    m.put("C", box(2000, 0, 3000, 1000));
    m.put("D", box(3000.5, 0, 4000, 1000));
    return m;
  }

  @Test
  void queenNeighboursOfFourSquaresInARow() {
    SortedMap<String, SortedSet<String>> n = EmergingAreas.queenNeighbours(fourInARow());
    assertThat(n.keySet()).containsExactly("A", "B", "C", "D");
    assertThat(n.get("A")).containsExactly("B");
    assertThat(n.get("B")).containsExactly("A", "C");
    assertThat(n.get("C")).containsExactly("B", "D");
    assertThat(n.get("D")).containsExactly("C");
  }

  @Test
  void aCornerIsANeighbourAGapOverAMetreIsNotAndAnOverlapIs() {
    SortedMap<String, Geometry> m = new TreeMap<>();
    m.put("P", box(0, 0, 100, 100));
    m.put("Q", box(100, 100, 200, 200)); // touches P at the point (100, 100): queen, not rook
    m.put("R", box(201.5, 100, 300, 200)); // 1.5 m east of Q: more than the tolerance
    m.put("S", box(250, 150, 260, 160)); // inside R, boundaries apart: an overlap
    SortedMap<String, SortedSet<String>> n = EmergingAreas.queenNeighbours(m);
    assertThat(n.get("P")).containsExactly("Q");
    assertThat(n.get("Q")).containsExactly("P");
    assertThat(n.get("R")).containsExactly("S");
    assertThat(n.get("S")).containsExactly("R");
  }

  @Test
  void giStarOfFourSquaresWorkedByHand() {
    // Counts A 10, B 4, C 1, D 1: n = 4, mean 16/4 = 4, Σx² = 118, S² = 118/4 − 16 = 13.5, S = 3.674235.
    // Gi* = (Σ_hood x − 4 W) / (S √((4W − W²)/3)), the hood the area and its neighbours:
    //   A {A, B}, W 2: (14 − 8) / (S √(4/3)) = 6 / 4.242641 =  1.414214 (√2)
    //   B {A, B, C}, W 3: (15 − 12) / (S √1) = 3 / 3.674235 =  0.816497
    //   C {B, C, D}, W 3: (6 − 12) / S       =                −1.632993
    //   D {C, D}, W 2: (2 − 8) / 4.242641    =                −1.414214
    // Two-sided p of √2: 2Φ(−1.414214) = 0.157299; none is significant, so every period the same
    // gives no hot or cold period, S = 0 and "no pattern".
    Map<String, Long> counts = Map.of("A", 10L, "B", 4L, "C", 1L, "D", 1L);
    EmergingAreas.Result r = EmergingAreas.analyse(
        "row", EmergingAreas.queenNeighbours(fourInARow()), List.of(counts, counts, counts),
        EhsaOptions.defaults().withFdr(false));
    assertThat(r.level()).isEqualTo("row");
    assertThat(r.periods()).isEqualTo(3);
    assertThat(r.areas()).extracting(EmergingAreas.AreaCell::id).containsExactly("A", "B", "C", "D");
    double[] expected = {Math.sqrt(2), 0.816497, -1.632993, -Math.sqrt(2)};
    for (int i = 0; i < 4; i++) {
      EmergingAreas.AreaCell a = r.areas().get(i);
      assertThat(a.series()).hasSize(3);
      assertThat(a.series().get(0).giStar()).isCloseTo(expected[i], within(1e-6));
      assertThat(a.hotPeriods()).isZero();
      assertThat(a.coldPeriods()).isZero();
      assertThat(a.trendS()).isZero();
      assertThat(a.category()).isEqualTo(EhsaCategory.NO_PATTERN);
    }
    assertThat(r.areas().get(0).series().get(0).p()).isCloseTo(0.157299, within(1e-6));
    assertThat(r.areas().get(1).neighbours()).containsExactly("A", "C");
    assertThat(r.categoryCounts().get(EhsaCategory.NO_PATTERN)).isEqualTo(4L);
  }

  @Test
  void anAreaWithNoNeighbourIsAnalysedWithItselfOnly() {
    // E, 10 km away, has no neighbour: W = 1, Gi* = (x − mean) / (S √((n − 1)/(n − 1))) = (x − mean)/S.
    // Counts A 10, B 4, C 1, D 1, E 9: mean 5, Σx² = 199, S² = 199/5 − 25 = 14.8; E: 4 / √14.8 = 1.039750.
    SortedMap<String, Geometry> m = new TreeMap<>(fourInARow());
    m.put("E", box(14_000, 0, 15_000, 1000));
    SortedMap<String, SortedSet<String>> n = EmergingAreas.queenNeighbours(m);
    assertThat(n.get("E")).isEmpty();
    EmergingAreas.Result r = EmergingAreas.analyse(
        "row", n, List.of(Map.of("A", 10L, "B", 4L, "C", 1L, "D", 1L, "E", 9L)), EhsaOptions.defaults());
    EmergingAreas.AreaCell e = r.areas().get(4);
    assertThat(e.id()).isEqualTo("E");
    assertThat(e.neighbours()).isEmpty();
    assertThat(e.series().get(0).giStar()).isCloseTo(4 / Math.sqrt(14.8), within(1e-12));
  }

  @Test
  void theGridAsSquareAreasGivesTheGridsResult() {
    // Queen contiguity of touching squares is the grid's neighbourhood (the cell and the eight
    // around it), so the grid's cells as areas give the grid's z-scores, p-values and categories.
    int cols = 6;
    int rows = 5;
    double cell = 100;
    Random rnd = new Random(14);
    List<GridHotspots.Cell> cells = new ArrayList<>();
    SortedMap<String, Geometry> polygons = new TreeMap<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        cells.add(new GridHotspots.Cell(c, r, GridPoint.of(400_050 + c * cell, 280_050 + r * cell), 0, 0, 0, 1));
        polygons.put(id(c, r), box(400_000 + c * cell, 280_000 + r * cell, 400_000 + (c + 1) * cell,
            280_000 + (r + 1) * cell));
      }
    }
    GridHotspots.Grid grid = new GridHotspots.Grid(cell, 300, cols, rows, cells);
    List<long[]> perPeriod = new ArrayList<>();
    List<Map<String, Long>> perArea = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      long[] n = new long[cols * rows];
      Map<String, Long> m = new TreeMap<>();
      for (int i = 0; i < n.length; i++) {
        int hot = (i % cols) < 2 && (i / cols) < 2 ? 3 * k : 0; // a south-west corner heating up
        n[i] = rnd.nextInt(4) + hot;
        m.put(id(i % cols, i / cols), n[i]);
      }
      perPeriod.add(n);
      perArea.add(m);
    }
    EhsaOptions o = EhsaOptions.defaults();
    EmergingHotSpots.Result g = EmergingHotSpots.analyseCounts(grid, perPeriod, o);
    EmergingAreas.Result a = EmergingAreas.analyse("grid", EmergingAreas.queenNeighbours(polygons), perArea, o);
    Set<EhsaCategory> seen = new java.util.TreeSet<>();
    for (EmergingHotSpots.Cell c : g.cells()) {
      EmergingAreas.AreaCell x = a.areas().stream().filter(y -> y.id().equals(id(c.column(), c.row())))
          .findFirst().orElseThrow();
      assertThat(x.category()).isEqualTo(c.category());
      assertThat(x.trendS()).isEqualTo(c.trendS());
      assertThat(x.trendZ()).isEqualTo(c.trendZ());
      assertThat(x.hotPeriods()).isEqualTo(c.hotPeriods());
      assertThat(x.coldPeriods()).isEqualTo(c.coldPeriods());
      for (int k = 0; k < 12; k++) {
        assertThat(x.series().get(k).giStar()).isEqualTo(c.series().get(k).giStar());
        assertThat(x.series().get(k).p()).isEqualTo(c.series().get(k).p());
        assertThat(x.series().get(k).hot()).isEqualTo(c.series().get(k).hot());
      }
      seen.add(c.category());
    }
    assertThat(seen).contains(EhsaCategory.NO_PATTERN).hasSizeGreaterThan(1);
  }

  @Test
  void refusesWhatIsNotAnArea() {
    SortedMap<String, SortedSet<String>> n = EmergingAreas.queenNeighbours(fourInARow());
    assertThatThrownBy(() -> EmergingAreas.analyse("row", n, List.of(Map.of("Z", 1L)), EhsaOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
    assertThatThrownBy(() -> EmergingAreas.analyse("row", n, List.of(), EhsaOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmergingAreas.analyse("row", n, List.of(Map.of("A", -1L)), EhsaOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String id(int c, int r) {
    return String.format("c%02d-r%02d", c, r);
  }
}
