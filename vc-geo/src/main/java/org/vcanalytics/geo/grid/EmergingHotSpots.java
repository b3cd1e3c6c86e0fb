package org.vcanalytics.geo.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.vcanalytics.core.GridPoint;

/**
 * Emerging hot-spot analysis (EHSA) on a grid, in the manner of ArcGIS Pro's Emerging Hot Spot
 * Analysis: per cell and period the Getis–Ord Gi* z-score and p-value, a Mann–Kendall trend of each
 * cell's z-scores, and each cell's category of seventeen ({@link EhsaCategory}). Pure functions,
 * immutable results, no I/O.
 *
 * <pre>{@code
 * EmergingHotSpots.Result r =
 *     EmergingHotSpots.analyse(pointsPerYear, GridHotspots.Options.defaults(), EhsaOptions.defaults());
 * for (EmergingHotSpots.Cell c : r.cells()) {
 *   c.category().label();   // "consecutive hot spot"
 *   c.series().get(0).hot();
 * }
 * }</pre>
 *
 * <p>Rules (docs/hotspots.md, "Emerging hot-spot analysis (library)"):
 *
 * <ol>
 *   <li><b>One grid</b> for every period: the grid {@link GridHotspots#analyse} lays over the points
 *       of all periods (or over a given extent, or a given {@link GridHotspots.Grid}), with the same
 *       cell size rule and edge rule. Only the grid options' {@code cellSize} is used: the bandwidth
 *       does not matter here, and {@link EhsaOptions} has its own {@code fdr} and {@code criticalP}.
 *   <li><b>Per cell and period</b>: Gi* of the period's counts with the same neighbours as {@link
 *       GridHotspots} (the cell and the eight around it, binary weights), its two-sided p = 2Φ(−|z|),
 *       and, with {@code fdr} (the default), the p-values adjusted by Benjamini–Hochberg across the
 *       cells of that period. The cell-period is <b>hot</b> when p ≤ {@code criticalP} and z &gt; 0,
 *       <b>cold</b> when p ≤ {@code criticalP} and z &lt; 0 (p after the adjustment when it is on).
 *   <li><b>Trend</b>: the Mann–Kendall test of the cell's z-scores, oldest first ({@link
 *       MannKendall}: S, Var(S) corrected for ties, Z continuity-corrected, two-sided p; z-scores
 *       equal after rounding to 10⁻⁹ are ties). Up when p &lt; {@code criticalP} and S &gt; 0, down
 *       when p &lt; {@code criticalP} and S &lt; 0, otherwise none.
 *   <li><b>Category</b>: from the hot and cold periods and the trend, the exact rules quoted in
 *       {@link EhsaCategory} (with n periods, H hot: "H ≥ 0.9 n" is 10·H ≥ 9·n in integers).
 * </ol>
 *
 * <p>ArcGIS asks for at least ten periods; this class takes one or more and leaves the judgement to
 * the caller (with four periods or fewer no trend is significant at 0.05: the smallest Mann–Kendall
 * p of four periods is 0.089).
 *
 * <p>O(points + T · cells · log cells + cells · T²) for T periods: the counts, a Gi* pass and a
 * Benjamini–Hochberg sort per period, and an O(T²) Mann–Kendall test per cell. Deterministic and
 * single-threaded: the same input gives the same result whatever the order of the points within a
 * period, and each cell's category depends on nothing but its own series of z-scores and p-values.
 *
 * <p>Sources: ArcGIS Pro, "How Emerging Hot Spot Analysis works" (Esri, Space Time Pattern Mining
 * toolbox); H. B. Mann, "Nonparametric tests against trend", Econometrica 13 (1945) 245–259; M. G.
 * Kendall, <i>Rank Correlation Methods</i>, 4th ed., Griffin, 1975; Y. Benjamini and Y. Hochberg,
 * "Controlling the false discovery rate", J. R. Statist. Soc. B 57 (1995) 289–300; J. K. Ord and A.
 * Getis, "Local spatial autocorrelation statistics", Geographical Analysis 27 (1995) 286–306.
 */
public final class EmergingHotSpots {
  private EmergingHotSpots() {}

  /**
   * One cell in one period: a row of {@code ehsa_periods.csv} ({@code
   * column,row,period,gi_star,p,hot,cold}).
   *
   * @param column the cell's column, from the west
   * @param row the cell's row, from the south
   * @param period the period, 0 for the oldest
   * @param giStar the Gi* z-score of the cell's count in the period
   * @param p the two-sided p-value, adjusted by Benjamini–Hochberg when {@code fdr}
   * @param hot p ≤ critical p and Gi* &gt; 0
   * @param cold p ≤ critical p and Gi* &lt; 0
   */
  public record CellPeriod(
      int column, int row, int period, double giStar, double p, boolean hot, boolean cold) {}

  /**
   * One cell over all periods: a row of {@code ehsa.csv} ({@code
   * column,row,easting,northing,category,trend_s,trend_z,trend_p,hot_periods,cold_periods,periods};
   * easting and northing are the centre's), with its periods.
   *
   * @param column its column, from the west
   * @param row its row, from the south
   * @param centre its centre
   * @param category its category
   * @param trendS Mann–Kendall S of its z-scores
   * @param trendZ Mann–Kendall Z
   * @param trendP the two-sided p of Z
   * @param hotPeriods how many periods it is hot in
   * @param coldPeriods how many periods it is cold in
   * @param periods how many periods there are
   * @param series its periods, oldest first
   */
  public record Cell(
      int column, int row, GridPoint centre, EhsaCategory category, long trendS, double trendZ,
      double trendP, int hotPeriods, int coldPeriods, int periods, List<CellPeriod> series) {
    /** Copies the series. */
    public Cell {
      Objects.requireNonNull(centre, "centre");
      Objects.requireNonNull(category, "category");
      series = List.copyOf(series);
    }
  }

  /**
   * The analysis.
   *
   * @param cellSize metres
   * @param columns cells west to east
   * @param rows cells south to north
   * @param periods how many periods
   * @param cells every cell, row by row from the south-west (the order of {@link GridHotspots.Grid})
   */
  public record Result(double cellSize, int columns, int rows, int periods, List<Cell> cells) {
    /** Copies the cells. */
    public Result {
      cells = List.copyOf(cells);
    }

    /** @return how many cells are in each category, every one of the seventeen, in the enum's order */
    public Map<EhsaCategory, Long> categoryCounts() {
      return EhsaSeries.counts(cells.stream().map(Cell::category));
    }
  }

  /**
   * EHSA on the grid laid over the points of all the periods.
   *
   * @param pointsPerPeriod each period's points, oldest first (one or more periods, at least one
   *     point in all)
   * @param options the grid's options: its cell size (0 for the automatic size)
   * @param ehsa FDR and critical p
   * @return the result
   */
  public static Result analyse(
      List<List<GridPoint>> pointsPerPeriod, GridHotspots.Options options, EhsaOptions ehsa) {
    List<GridPoint> all = new ArrayList<>();
    pointsPerPeriod.forEach(all::addAll);
    return analyse(all, pointsPerPeriod, options, ehsa);
  }

  /**
   * As {@link #analyse(List, GridHotspots.Options, EhsaOptions)}, on the grid laid over {@code
   * extent} (say, every point of a longer history, as {@link GridHotspots#classify(List, List,
   * GridHotspots.Options)}), so the cells line up with that grid's.
   *
   * @param extent the points the grid is laid over (at least one)
   * @param pointsPerPeriod each period's points, oldest first (one or more periods); points outside
   *     the extent count in the nearest edge cell, as in {@link GridHotspots}
   * @param options the grid's options: its cell size
   * @param ehsa FDR and critical p
   * @return the result
   */
  public static Result analyse(
      List<GridPoint> extent, List<List<GridPoint>> pointsPerPeriod, GridHotspots.Options options,
      EhsaOptions ehsa) {
    Objects.requireNonNull(ehsa, "ehsa");
    requirePeriods(pointsPerPeriod.size());
    GridHotspots.Layout layout = GridHotspots.layout(extent, options);
    List<long[]> counts = new ArrayList<>(pointsPerPeriod.size());
    for (List<GridPoint> period : pointsPerPeriod) {
      counts.add(layout.counts(period));
    }
    int cols = layout.columns();
    return compute(
        layout.cell(), cols, layout.rows(), i -> layout.centre(i % cols, i / cols), counts, ehsa);
  }

  /**
   * EHSA of counts the caller has made on one grid.
   *
   * @param grid the grid (its cell size, columns, rows and centres; its statistics are not used)
   * @param countsPerPeriod each period's count per cell, in the order of {@code grid.cells()}, oldest
   *     period first (one or more periods; counts zero or more)
   * @param ehsa FDR and critical p
   * @return the result
   */
  public static Result analyseCounts(
      GridHotspots.Grid grid, List<long[]> countsPerPeriod, EhsaOptions ehsa) {
    Objects.requireNonNull(ehsa, "ehsa");
    requirePeriods(countsPerPeriod.size());
    int cells = grid.cells().size();
    if (cells != grid.columns() * grid.rows()) {
      throw new IllegalArgumentException(
          "the grid has " + cells + " cells, not its " + grid.columns() + " x " + grid.rows());
    }
    List<long[]> counts = new ArrayList<>(countsPerPeriod.size());
    for (int k = 0; k < countsPerPeriod.size(); k++) {
      long[] n = countsPerPeriod.get(k).clone();
      if (n.length != cells) {
        throw new IllegalArgumentException(
            "period " + k + " has " + n.length + " counts for the grid's " + cells + " cells");
      }
      for (long v : n) {
        if (v < 0) {
          throw new IllegalArgumentException("period " + k + " has a negative count, " + v);
        }
      }
      counts.add(n);
    }
    return compute(
        grid.cellSize(), grid.columns(), grid.rows(), i -> grid.cells().get(i).centre(), counts, ehsa);
  }

  private static void requirePeriods(int t) {
    if (t < 1) {
      throw new IllegalArgumentException("emerging hot-spot analysis needs one or more periods, was 0");
    }
  }

  private static Result compute(
      double cellSize, int cols, int rows, IntFunction<GridPoint> centre, List<long[]> counts,
      EhsaOptions ehsa) {
    double[][] z = new double[counts.size()][];
    for (int k = 0; k < z.length; k++) {
      z[k] = GridHotspots.giStar(counts.get(k), cols, rows);
    }
    return new Result(cellSize, cols, rows, z.length, fromScores(z, cols, centre, ehsa));
  }

  /**
   * The cells from each period's Gi* z-scores: the p-values (adjusted per period when {@code fdr}),
   * hot and cold, the trend and the category.
   *
   * @param z the z-scores, {@code z[period][cell]}, every period with the same cells
   * @param cols the grid's columns (cell i is at column i % cols, row i / cols)
   * @param centre each cell's centre, by index
   * @param ehsa FDR and critical p
   * @return the cells, in index order
   */
  static List<Cell> fromScores(double[][] z, int cols, IntFunction<GridPoint> centre, EhsaOptions ehsa) {
    List<Cell> out = new ArrayList<>(z.length == 0 ? 0 : z[0].length);
    EhsaSeries.forEach(z, ehsa, (i, zi, pi, e) -> out.add(cell(i % cols, i / cols, centre.apply(i), zi, pi, e)));
    return out;
  }

  /** Two-sided p-values of z-scores, adjusted by Benjamini–Hochberg across them when {@code fdr}. */
  static double[] pValues(double[] z, boolean fdr) {
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = GetisOrd.pValue(z[i]);
    }
    return fdr ? GridHotspots.benjaminiHochberg(p) : p;
  }

  /**
   * One cell from its series of z-scores and (adjusted) p-values, oldest first.
   *
   * @param column its column
   * @param row its row
   * @param centre its centre
   * @param z its z-scores (one or more)
   * @param p their p-values
   * @param criticalP the significance level
   * @return the cell
   */
  static Cell cell(int column, int row, GridPoint centre, double[] z, double[] p, double criticalP) {
    return cell(column, row, centre, z, p, EhsaSeries.of(z, p, criticalP));
  }

  private static Cell cell(int column, int row, GridPoint centre, double[] z, double[] p, EhsaSeries e) {
    List<CellPeriod> series = new ArrayList<>(e.periods());
    for (int k = 0; k < e.periods(); k++) {
      series.add(new CellPeriod(column, row, k, z[k], p[k], e.hot(k), e.cold(k)));
    }
    return new Cell(column, row, centre, e.category(), e.trend().s(), e.trend().z(), e.trend().p(),
        e.hots(), e.colds(), e.periods(), series);
  }
}
