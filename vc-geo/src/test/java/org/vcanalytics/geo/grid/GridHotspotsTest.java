package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.GridPoint;

class GridHotspotsTest {

  @Test
  void automaticCellSizeAsSfhotspot() {
    // 10 km x 6 km: 6000 / 50 = 120 m, rounded down to 100 m.
    assertThat(GridHotspots.cellSize(10_000, 6_000)).isEqualTo(100);
    // 30 km x 20 km: 20000 / 50 = 400 m.
    assertThat(GridHotspots.cellSize(30_000, 20_000)).isEqualTo(400);
    // 300 m: 300 / 50 = 6 m, under 100 m, so not rounded.
    assertThat(GridHotspots.cellSize(300, 1_000)).isEqualTo(6);
  }

  @Test
  void countsWithTheEdgeRule() {
    // A 200 m x 200 m box in 100 m cells: (400000, 280000) to (400200, 280200).
    List<GridPoint> pts =
        List.of(
            GridPoint.of(400_000, 280_000), // south-west corner: cell (0, 0)
            GridPoint.of(400_100, 280_050), // on the edge between (0, 0) and (1, 0): goes east, (1, 0)
            GridPoint.of(400_200, 280_200), // the box's north-east corner: the last cell (1, 1)
            GridPoint.of(400_050, 280_150)); // (0, 1)
    GridHotspots.Grid g = GridHotspots.analyse(pts, new GridHotspots.Options(100, 150, false, 0.05));
    assertThat(g.columns()).isEqualTo(2);
    assertThat(g.rows()).isEqualTo(2);
    assertThat(g.cells()).extracting(GridHotspots.Cell::n).containsExactly(1L, 1L, 1L, 1L);
    assertThat(g.cells().get(0).centre()).isEqualTo(GridPoint.of(400_050, 280_050));
    // Quartic kernel at the (0, 0) centre (400050, 280050), h = 150: the points at distances
    // 70.71 (SW corner), 50 (edge point) and 100 (the (0,1) point) contribute
    // (1 - (70.71/150)^2)^2 + (1 - (50/150)^2)^2 + (1 - (100/150)^2)^2 = 0.6049 + 0.7901 + 0.3086;
    // the NE corner is 212 m away, beyond h.
    double expected =
        Math.pow(1 - Math.pow(Math.hypot(50, 50) / 150, 2), 2)
            + Math.pow(1 - Math.pow(50.0 / 150, 2), 2)
            + Math.pow(1 - Math.pow(100.0 / 150, 2), 2);
    assertThat(g.cells().get(0).kde()).isCloseTo(expected, within(1e-12)).isCloseTo(1.7037, within(1e-4));
  }

  @Test
  void pointsAtTheEdgeOfTheNationalGridGiveCellCentresOnIt() {
    // A crime at the grid's north-east corner with others far away: the automatic 3,800 m cells do
    // not divide the 194,950 m box (51.3 cells), so from the box's corner the last cell's centre
    // would be east and north of the extent; so with 4,500 m cells and with one cell of 2,000 km.
    List<GridPoint> pts =
        List.of(
            GridPoint.of(GridPoint.MAX_EASTING, GridPoint.MAX_NORTHING),
            GridPoint.of(505_050, 1_105_050),
            GridPoint.of(600_000, 1_250_000),
            GridPoint.of(GridPoint.MAX_EASTING, 1_200_000));
    for (GridHotspots.Options o :
        List.of(GridHotspots.Options.defaults(), new GridHotspots.Options(4_500, 0, false, 0.05),
            new GridHotspots.Options(2_000_000, 0, false, 0.05))) {
      GridHotspots.Grid g = GridHotspots.analyse(pts, o);
      assertThat(g.cells().stream().mapToLong(GridHotspots.Cell::n).sum()).isEqualTo(pts.size());
      for (GridHotspots.Cell c : g.cells()) {
        assertThat(GridPoint.inGreatBritain(c.centre().easting(), c.centre().northing())).isTrue();
      }
      // Every point lies in the cell that counts it, and the grid is still square cells in a row.
      for (GridPoint p : pts) {
        long inside =
            g.cells().stream()
                .filter(c -> c.n() > 0)
                .filter(c -> Math.abs(p.easting() - c.centre().easting()) <= g.cellSize() / 2 + 1e-6
                    && Math.abs(p.northing() - c.centre().northing()) <= g.cellSize() / 2 + 1e-6)
                .count();
        assertThat(inside).isPositive();
      }
      if (g.columns() > 1) {
        assertThat(g.cells().get(1).centre().easting() - g.cells().get(0).centre().easting())
            .isCloseTo(g.cellSize(), within(1e-6));
      }
    }
    // The classes over periods use the same grid.
    assertThat(GridHotspots.classify(pts, List.of(pts, pts.subList(0, 2)), GridHotspots.Options.defaults()))
        .isNotEmpty();
  }

  @Test
  void giStarOnTheGridIsGetisOrdOverCellCentres() {
    Random r = new Random(5);
    List<GridPoint> pts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      // A cluster near (401000, 281000) among scattered points over 4 km x 3 km.
      pts.add(i % 3 == 0
          ? GridPoint.of(401_000 + r.nextGaussian() * 150, 281_000 + r.nextGaussian() * 150)
          : GridPoint.of(400_000 + r.nextDouble() * 4_000, 280_000 + r.nextDouble() * 3_000));
    }
    GridHotspots.Grid g = GridHotspots.analyse(pts, new GridHotspots.Options(250, 0, false, 0.05));
    int n = g.cells().size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = g.cells().get(i).centre().easting();
      y[i] = g.cells().get(i).centre().northing();
      v[i] = g.cells().get(i).n();
    }
    // The independent O(n^2) computation with band cell x sqrt(2) (plus a hair for rounding).
    double[] z = GetisOrd.giStar(x, y, v, 250 * Math.sqrt(2) + 1e-6);
    for (int i = 0; i < n; i++) {
      assertThat(g.cells().get(i).giStar()).isCloseTo(z[i], within(1e-9));
    }
    assertThat(g.cells().stream().mapToLong(GridHotspots.Cell::n).sum()).isEqualTo(400);
    GridHotspots.Cell hottest =
        g.cells().stream().max((a, b) -> Double.compare(a.giStar(), b.giStar())).orElseThrow();
    assertThat(hottest.centre().distanceTo(GridPoint.of(401_000, 281_000))).isLessThan(400);
    assertThat(hottest.p()).isLessThan(0.05);
  }

  @Test
  void benjaminiHochbergAsR() {
    // p.adjust(c(0.01, 0.04, 0.03, 0.2), "BH") = 0.04, 0.05333, 0.05333, 0.2
    double[] adj = GridHotspots.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.2});
    assertThat(adj[0]).isCloseTo(0.04, within(1e-12));
    assertThat(adj[1]).isCloseTo(0.16 / 3, within(1e-12));
    assertThat(adj[2]).isCloseTo(0.16 / 3, within(1e-12));
    assertThat(adj[3]).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void classesOverPeriods() {
    // Ten periods over a 2 km square of 200 m cells; background points everywhere each period. A
    // cluster in the south-west in every period is persistent; one in the north-east only in the last
    // two periods (the recent fifth) is emerging.
    List<List<GridPoint>> periods = new ArrayList<>();
    Random r = new Random(11);
    for (int k = 0; k < 10; k++) {
      List<GridPoint> pts = new ArrayList<>();
      pts.add(GridPoint.of(400_000, 280_000));
      pts.add(GridPoint.of(402_000, 282_000));
      for (int i = 0; i < 60; i++) {
        pts.add(GridPoint.of(400_000 + r.nextDouble() * 2_000, 280_000 + r.nextDouble() * 2_000));
      }
      for (int i = 0; i < 40; i++) {
        pts.add(GridPoint.of(400_300 + r.nextDouble() * 100, 280_300 + r.nextDouble() * 100));
        if (k >= 8) {
          pts.add(GridPoint.of(401_700 + r.nextDouble() * 100, 281_700 + r.nextDouble() * 100));
        }
      }
      periods.add(pts);
    }
    GridHotspots.Options o = new GridHotspots.Options(200, 300, false, 0.05);
    List<String> classes = GridHotspots.classify(periods, o);
    GridHotspots.Grid g = GridHotspots.analyse(periods.get(0), o);
    assertThat(classes).hasSize(g.cells().size());
    assertThat(classes.get(index(g, 400_350, 280_350))).isEqualTo("persistent");
    assertThat(classes.get(index(g, 401_750, 281_750))).isEqualTo("emerging");
    assertThat(classes).contains("none");
  }

  private static int index(GridHotspots.Grid g, double e, double n) {
    for (int i = 0; i < g.cells().size(); i++) {
      GridPoint c = g.cells().get(i).centre();
      if (Math.abs(c.easting() - e) <= g.cellSize() / 2 && Math.abs(c.northing() - n) <= g.cellSize() / 2) {
        return i;
      }
    }
    throw new AssertionError("no cell at " + e + ", " + n);
  }
}
