package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.GridPoint;

class EmergingHotSpotsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void benjaminiHochbergWorkedExample() {
    // p = 0.01, 0.04, 0.03, 0.005, m = 4. Ascending: 0.005 (rank 1), 0.01 (2), 0.03 (3), 0.04 (4);
    // p·m/rank = 0.02, 0.02, 0.04, 0.04; the running minimum from the largest rank down leaves them
    // so. Adjusted, in the input's order: 0.02, 0.04, 0.04, 0.02 (R: p.adjust(..., "BH")).
    double[] adj = GridHotspots.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(adj[0]).isCloseTo(0.02, within(1e-15));
    assertThat(adj[1]).isCloseTo(0.04, within(1e-15));
    assertThat(adj[2]).isCloseTo(0.04, within(1e-15));
    assertThat(adj[3]).isCloseTo(0.02, within(1e-15));
    // At 0.05 all four stay significant; 0.03 and 0.04 rise to 0.04, 0.01 and 0.005 to 0.02.
    // EHSA's p-values are these of the z-scores' p: with fdr on, BH of the raw two-sided p.
    double[] z = {3, -2.2, 0.4, 1.7, 2.6};
    double[] raw = EmergingHotSpots.pValues(z, false);
    assertThat(EmergingHotSpots.pValues(z, true)).containsExactly(GridHotspots.benjaminiHochberg(raw));
    assertThat(raw[0]).isCloseTo(0.0026998, within(1e-7));
  }

  /** Ten periods on a 2 km square of 200 m cells (10 x 10), one background point per cell centre. */
  static List<List<GridPoint>> tenPeriods() {
    List<List<GridPoint>> periods = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      List<GridPoint> pts = new ArrayList<>();
      for (int r = 0; r < 10; r++) {
        for (int c = 0; c < 10; c++) {
          pts.add(GridPoint.of(400_100 + 200 * c, 280_100 + 200 * r));
        }
      }
      pts.add(GridPoint.of(400_000, 280_000)); // the box's corners, so the grid is the same each period
      pts.add(GridPoint.of(402_000, 282_000));
      // 30 more in each of the 3 x 3 cells around (2, 2) every period, and around (7, 7) in the
      // last three periods. (One crowded cell alone cannot be significant: its Gi* is about 2.)
      for (int dr = -1; dr <= 1; dr++) {
        for (int dc = -1; dc <= 1; dc++) {
          for (int i = 0; i < 30; i++) {
            pts.add(GridPoint.of(400_550 + 200 * dc, 280_550 + 200 * dr));
            if (k >= 7) {
              pts.add(GridPoint.of(401_550 + 200 * dc, 281_550 + 200 * dr));
            }
          }
        }
      }
      periods.add(pts);
    }
    return periods;
  }

  @Test
  void aClusterInEveryPeriodAndOneInTheLastThree() {
    EmergingHotSpots.Result r =
        EmergingHotSpots.analyse(tenPeriods(), new GridHotspots.Options(200, 0, false, 0.05), EhsaOptions.defaults());
    assertThat(r.columns()).isEqualTo(10);
    assertThat(r.rows()).isEqualTo(10);
    assertThat(r.periods()).isEqualTo(10);
    assertThat(r.cells()).hasSize(100);
    EmergingHotSpots.Cell old = r.cells().get(2 * 10 + 2);
    EmergingHotSpots.Cell fresh = r.cells().get(7 * 10 + 7);
    assertThat(old.centre()).isEqualTo(GridPoint.of(400_500, 280_500));
    assertThat(fresh.centre()).isEqualTo(GridPoint.of(401_500, 281_500));
    // Cell (7, 7): hot only in periods 7, 8, 9, never before: one final run of three of ten.
    assertThat(fresh.series()).extracting(EmergingHotSpots.CellPeriod::hot)
        .containsExactly(false, false, false, false, false, false, false, true, true, true);
    assertThat(fresh.category()).isEqualTo(EhsaCategory.CONSECUTIVE_HOT_SPOT);
    // Cell (2, 2): hot in all ten, but its z falls in the last three, when a second cluster shares
    // the attention (the same seven z-scores, then three lower ones: S = −21, Z = −2.28, p = 0.023).
    assertThat(old.hotPeriods()).isEqualTo(10);
    assertThat(old.trendS()).isEqualTo(-21);
    assertThat(old.trendP()).isCloseTo(0.022654, within(1e-6));
    assertThat(old.category()).isEqualTo(EhsaCategory.DIMINISHING_HOT_SPOT);
    // Without the second cluster the first is the same every period: all ties, S = 0, persistent.
    List<List<GridPoint>> firstSeven = tenPeriods().subList(0, 7);
    EmergingHotSpots.Result seven =
        EmergingHotSpots.analyse(firstSeven, new GridHotspots.Options(200, 0, false, 0.05), EhsaOptions.defaults());
    assertThat(seven.cells().get(22).trendS()).isZero();
    assertThat(seven.cells().get(22).category()).isEqualTo(EhsaCategory.PERSISTENT_HOT_SPOT);
    Map<EhsaCategory, Long> counts = r.categoryCounts();
    assertThat(counts).hasSize(17);
    assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
  }

  @Test
  void theGridAndGiStarAreGridHotspots() {
    List<List<GridPoint>> periods = tenPeriods();
    List<GridPoint> all = new ArrayList<>();
    periods.forEach(all::addAll);
    for (boolean fdr : new boolean[] {false, true}) {
      GridHotspots.Options o = new GridHotspots.Options(0, 0, fdr, 0.05);
      EmergingHotSpots.Result r = EmergingHotSpots.analyse(periods, o, new EhsaOptions(fdr, 0.05));
      for (int k = 0; k < periods.size(); k++) {
        GridHotspots.Grid g = GridHotspots.analyse(all, periods.get(k), o);
        assertThat(r.cellSize()).isEqualTo(g.cellSize());
        assertThat(r.columns()).isEqualTo(g.columns());
        for (int i = 0; i < g.cells().size(); i++) {
          GridHotspots.Cell c = g.cells().get(i);
          EmergingHotSpots.Cell e = r.cells().get(i);
          EmergingHotSpots.CellPeriod cp = e.series().get(k);
          assertThat(e.column()).isEqualTo(c.column());
          assertThat(e.row()).isEqualTo(c.row());
          assertThat(e.centre()).isEqualTo(c.centre());
          assertThat(cp.giStar()).isEqualTo(c.giStar());
          assertThat(cp.p()).isEqualTo(c.p());
          assertThat(cp.column()).isEqualTo(c.column());
          assertThat(cp.row()).isEqualTo(c.row());
        }
      }
    }
  }

  @Test
  void countsGiveWhatPointsGive() {
    List<List<GridPoint>> periods = tenPeriods();
    GridHotspots.Options o = new GridHotspots.Options(200, 0, false, 0.05);
    List<GridPoint> all = new ArrayList<>();
    periods.forEach(all::addAll);
    GridHotspots.Grid grid = GridHotspots.analyse(all, o);
    List<long[]> counts = new ArrayList<>();
    for (List<GridPoint> p : periods) {
      counts.add(GridHotspots.analyse(all, p, o).cells().stream().mapToLong(GridHotspots.Cell::n).toArray());
    }
    assertThat(EmergingHotSpots.analyseCounts(grid, counts, EhsaOptions.defaults()))
        .isEqualTo(EmergingHotSpots.analyse(periods, o, EhsaOptions.defaults()));
    assertThat(EmergingHotSpots.analyse(all, periods, o, EhsaOptions.defaults()))
        .isEqualTo(EmergingHotSpots.analyse(periods, o, EhsaOptions.defaults()));
  }

  @Test
  void badInputIsRefused() {
    GridHotspots.Options o = GridHotspots.Options.defaults();
    assertThatThrownBy(() -> EmergingHotSpots.analyse(List.of(), o, EhsaOptions.defaults()))
        .hasMessage("emerging hot-spot analysis needs one or more periods, was 0");
    assertThatThrownBy(() -> EmergingHotSpots.analyse(List.of(List.of()), o, EhsaOptions.defaults()))
        .hasMessage("grid statistics need at least one point");
    GridHotspots.Grid g = GridHotspots.analyse(tenPeriods().get(0), new GridHotspots.Options(200, 0, false, 0.05));
    assertThatThrownBy(() -> EmergingHotSpots.analyseCounts(g, List.of(new long[3]), EhsaOptions.defaults()))
        .hasMessage("period 0 has 3 counts for the grid's 100 cells");
    long[] negative = new long[100];
    negative[5] = -1;
    assertThatThrownBy(() -> EmergingHotSpots.analyseCounts(g, List.of(negative), EhsaOptions.defaults()))
        .hasMessage("period 0 has a negative count, -1");
    // The caller's arrays are copied: changing them afterwards changes nothing.
    long[] mine = new long[100];
    mine[0] = 5;
    EmergingHotSpots.Result before = EmergingHotSpots.analyseCounts(g, List.of(mine), EhsaOptions.defaults());
    mine[0] = 50;
    assertThat(before.cells().get(0).series().get(0).giStar()).isPositive();
    assertThatThrownBy(() -> before.cells().add(before.cells().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void optionsReadAndWriteJson() throws Exception {
    assertThat(JSON.readValue("{}", EhsaOptions.class)).isEqualTo(EhsaOptions.defaults());
    assertThat(EhsaOptions.defaults()).isEqualTo(new EhsaOptions(true, 0.05));
    assertThat(JSON.writeValueAsString(EhsaOptions.defaults())).isEqualTo("{\"fdr\":true,\"criticalP\":0.05}");
    EhsaOptions e = EhsaOptions.defaults().withFdr(false).withCriticalP(0.01);
    assertThat(JSON.readValue(JSON.writeValueAsString(e), EhsaOptions.class)).isEqualTo(e);
    assertThatThrownBy(() -> JSON.readValue("{\"critical\": 3}", EhsaOptions.class)).hasMessageContaining("critical");
    assertThatThrownBy(() -> JSON.readValue("{\"criticalP\": 1}", EhsaOptions.class))
        .hasRootCauseMessage("criticalP must be in (0, 1), was 1.0");
  }
}
