package org.vcanalytics.geo.grid;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.vcanalytics.core.GridPoint;

/**
 * Grid statistics in the manner of sfhotspot (Ashby): counts on a square grid, quartic kernel density,
 * Getis–Ord Gi* with p-values, and the hot-spot class of each cell over a series of periods.
 *
 * <pre>{@code
 * GridHotspots.Grid g = GridHotspots.analyse(points, GridHotspots.Options.defaults());
 * g.cells().get(0).giStar();
 * List<String> classes = GridHotspots.classify(pointsPerPeriod, GridHotspots.Options.defaults());
 * }</pre>
 *
 * <p>Rules (docs/hotspots.md, "Grid statistics"):
 *
 * <ul>
 *   <li><b>Cell size</b> (default automatic, as sfhotspot): the shorter side of the points' bounding
 *       box / 50, rounded down to a multiple of 100 m when that is at least 100 m.
 *   <li><b>Grid</b>: square cells from the bounding box's south-west corner, enough to cover it. A
 *       point on a shared edge belongs to the cell to its north or east (cells are closed on their
 *       south and west sides); points on the box's north or east edge belong to the last cell. When
 *       the last column's (row's) centre would lie east (north) of the National Grid's extent — points
 *       at its very edge, such as an easting of 700000 — the grid starts just far enough west (south)
 *       of the box that it does not: every cell centre is a point of the grid.
 *   <li><b>Kernel density</b> at each cell centre: Σ (1 − (d / h)²)² over the points within the
 *       bandwidth h (unscaled quartic kernel, as QGIS Heatmap and SpatialKDE). Default h: the mean of
 *       the x and y normal-reference bandwidths 4 × 1.06 × min(sd, IQR / 1.34) × n^(−1/5) (MASS
 *       bandwidth.nrd; sfhotspot uses only x, a bug noted in the project's research).
 *   <li><b>Gi*</b> of the counts with binary weights, neighbours the cells whose centres are within
 *       cell × √2 (the cell itself and the eight around it), and the two-sided p-value; with {@code
 *       fdr} the p-values are adjusted by Benjamini–Hochberg across the cells.
 * </ul>
 *
 * <p>O(cells + points × cells within the bandwidth). Deterministic.
 */
public final class GridHotspots {
  private GridHotspots() {}

  /**
   * Options; {@link #defaults()} are written here once. In JSON ({@link #fromJson}) the fields are
   * named as the components, and a field left out takes its default.
   *
   * @param cellSize metres; 0 for the automatic size
   * @param bandwidth metres; 0 for the automatic bandwidth
   * @param fdr adjust p-values for the false discovery rate (default false, as sfhotspot)
   * @param criticalP a cell is a significant hot spot when Gi* > 0 and p below this (default 0.05)
   */
  public record Options(double cellSize, double bandwidth, boolean fdr, double criticalP) {
    /** Checks the options. */
    public Options {
      if (!(cellSize >= 0 && Double.isFinite(cellSize))) {
        throw new IllegalArgumentException("cellSize must be 0 (automatic) or more metres, was " + cellSize);
      }
      if (!(bandwidth >= 0 && Double.isFinite(bandwidth))) {
        throw new IllegalArgumentException("bandwidth must be 0 (automatic) or more metres, was " + bandwidth);
      }
      if (!(criticalP > 0 && criticalP < 1)) {
        throw new IllegalArgumentException("criticalP must be in (0, 1), was " + criticalP);
      }
    }

    /**
     * The options of a JSON object: a field left out ({@code null}) takes its default.
     *
     * @param cellSize default 0 (automatic)
     * @param bandwidth default 0 (automatic)
     * @param fdr default false
     * @param criticalP default 0.05
     * @return the options
     * @throws IllegalArgumentException naming the option, its value and what is allowed
     */
    @JsonCreator
    public static Options fromJson(
        @JsonProperty("cellSize") Double cellSize,
        @JsonProperty("bandwidth") Double bandwidth,
        @JsonProperty("fdr") Boolean fdr,
        @JsonProperty("criticalP") Double criticalP) {
      Options d = defaults();
      return new Options(
          cellSize == null ? d.cellSize() : cellSize,
          bandwidth == null ? d.bandwidth() : bandwidth,
          fdr == null ? d.fdr() : fdr,
          criticalP == null ? d.criticalP() : criticalP);
    }

    /** @return automatic cell size and bandwidth, no FDR, p below 0.05 */
    public static Options defaults() {
      return new Options(0, 0, false, 0.05);
    }
  }

  /**
   * A grid cell.
   *
   * @param column its column, from the west
   * @param row its row, from the south
   * @param centre its centre
   * @param n points in it
   * @param kde kernel density at its centre
   * @param giStar the Gi* z-score of its count
   * @param p the two-sided p-value (FDR-adjusted when asked)
   */
  public record Cell(int column, int row, GridPoint centre, long n, double kde, double giStar, double p) {}

  /**
   * A grid and its statistics.
   *
   * @param cellSize metres
   * @param bandwidth metres
   * @param columns cells west to east
   * @param rows cells south to north
   * @param cells every cell, row by row from the south-west
   */
  public record Grid(double cellSize, double bandwidth, int columns, int rows, List<Cell> cells) {}

  /**
   * The automatic cell size: the shorter side / 50, rounded down to 100 m when at least 100 m.
   *
   * @param width the bounding box width, metres
   * @param height its height, metres
   * @return the cell size
   */
  public static double cellSize(double width, double height) {
    double side = Math.min(width, height);
    double hundreds = Math.floor(side / 50 / 100);
    return hundreds > 0 ? hundreds * 100 : side / 50;
  }

  /**
   * Counts, density and Gi* on a grid over the points.
   *
   * @param points the points (at least one)
   * @param options the options
   * @return the grid
   */
  public static Grid analyse(List<GridPoint> points, Options options) {
    return analyse(points, points, options);
  }

  /** The grid is laid over {@code extent}; {@code points} are counted on it. */
  static Grid analyse(List<GridPoint> extent, List<GridPoint> points, Options options) {
    Objects.requireNonNull(points);
    Layout layout = layout(extent, options);
    double cell = layout.cell();
    int cols = layout.columns();
    int rows = layout.rows();
    double x0 = layout.x0();
    double y0 = layout.y0();
    double[] cx = layout.cx();
    double[] cy = layout.cy();
    long[] n = layout.counts(points);
    double h = options.bandwidth() > 0 ? options.bandwidth() : bandwidth(points, cell);
    double[] kde = new double[n.length];
    int reach = (int) Math.ceil(h / cell) + 1;
    // A cell whose squared distance exceeds h² by more than rounding can make is beyond the
    // bandwidth whatever Math.hypot says (its error is under an ulp): most of the square of cells
    // around a point is skipped without it, and the cells kept get exactly the values they had.
    double beyond = h * h * (1 + 1e-9);
    for (GridPoint p : points) {
      int pc = (int) Math.floor((p.easting() - x0) / cell);
      int pr = (int) Math.floor((p.northing() - y0) / cell);
      for (int r = Math.max(0, pr - reach); r <= Math.min(rows - 1, pr + reach); r++) {
        double dy = cy[r] - p.northing();
        for (int c = Math.max(0, pc - reach); c <= Math.min(cols - 1, pc + reach); c++) {
          double dx = cx[c] - p.easting();
          if (dx * dx + dy * dy > beyond) {
            continue;
          }
          double d = Math.hypot(dx, dy);
          if (d <= h) {
            double u = d / h;
            kde[r * cols + c] += (1 - u * u) * (1 - u * u);
          }
        }
      }
    }
    int cells = n.length;
    double[] z = giStar(n, cols, rows);
    double[] p = new double[cells];
    for (int i = 0; i < cells; i++) {
      p[i] = GetisOrd.pValue(z[i]);
    }
    if (options.fdr()) {
      p = benjaminiHochberg(p);
    }
    List<Cell> out = new ArrayList<>(cells);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int i = r * cols + c;
        out.add(
            new Cell(c, r, GridPoint.of(cx[c], cy[r]), n[i], kde[i], z[i], p[i]));
      }
    }
    return new Grid(cell, h, cols, rows, List.copyOf(out));
  }

  /**
   * The geometry of the grid laid over some points, without statistics: what {@link #analyse} and
   * {@link EmergingHotSpots} share, so both lay the same grid. The arrays are never handed out.
   *
   * @param cell the cell size, metres
   * @param columns cells west to east
   * @param rows cells south to north
   * @param x0 the grid's west edge
   * @param y0 the grid's south edge
   * @param cx the columns' centre eastings
   * @param cy the rows' centre northings
   */
  record Layout(double cell, int columns, int rows, double x0, double y0, double[] cx, double[] cy) {
    /** Each cell's count of the points, row by row from the south-west (the edge rule above). */
    long[] counts(List<GridPoint> points) {
      long[] n = new long[columns * rows];
      for (GridPoint p : points) {
        int c = Math.min(columns - 1, Math.max(0, (int) Math.floor((p.easting() - x0) / cell)));
        int r = Math.min(rows - 1, Math.max(0, (int) Math.floor((p.northing() - y0) / cell)));
        n[r * columns + c]++;
      }
      return n;
    }

    /** The centre of a cell. */
    GridPoint centre(int column, int row) {
      return GridPoint.of(cx[column], cy[row]);
    }
  }

  /** The grid over {@code extent} (at least one point) with the options' cell size. */
  static Layout layout(List<GridPoint> extent, Options options) {
    if (extent.isEmpty()) {
      throw new IllegalArgumentException("grid statistics need at least one point");
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (GridPoint p : extent) {
      minX = Math.min(minX, p.easting());
      minY = Math.min(minY, p.northing());
      maxX = Math.max(maxX, p.easting());
      maxY = Math.max(maxY, p.northing());
    }
    double cell = options.cellSize() > 0 ? options.cellSize() : cellSize(maxX - minX, maxY - minY);
    if (!(cell > 0)) {
      cell = 100; // all points in one place: one 100 m cell
    }
    int cols = Math.max(1, (int) Math.ceil((maxX - minX) / cell));
    int rows = Math.max(1, (int) Math.ceil((maxY - minY) / cell));
    double x0 = origin(minX, cols, cell, GridPoint.MAX_EASTING);
    double y0 = origin(minY, rows, cell, GridPoint.MAX_NORTHING);
    return new Layout(
        cell, cols, rows, x0, y0, centres(x0, cols, cell, GridPoint.MAX_EASTING),
        centres(y0, rows, cell, GridPoint.MAX_NORTHING));
  }

  /**
   * Gi* of counts on a grid (row by row from the south-west): binary weights, the cell and its eight
   * neighbours (centres within cell × √2). O(cells).
   *
   * @param n the counts
   * @param cols columns
   * @param rows rows
   * @return each cell's z-score; 0 everywhere when there is one cell or all counts are equal
   */
  static double[] giStar(long[] n, int cols, int rows) {
    int cells = n.length;
    double[] ms = GetisOrd.meanAndSd(n);
    double mean = ms[0];
    double s = ms[1];
    double[] z = new double[cells];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double wx = 0;
        int w = 0;
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            int rr = r + dr;
            int cc = c + dc;
            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
              wx += n[rr * cols + cc];
              w++;
            }
          }
        }
        z[r * cols + c] = cells > 1 ? GetisOrd.z(wx, w, cells, mean, s) : 0;
      }
    }
    return z;
  }

  /**
   * Where the grid starts along one axis: the box's lowest value, unless the last cell's centre
   * would then pass the National Grid's extent; then just far enough below it that it does not. The
   * grid still covers the box (its far end is half a cell past the extent), and its first centre is
   * still on the grid: {@code cells - 1} cells are shorter than the box, which lies in the extent.
   */
  private static double origin(double min, int cells, double cell, double max) {
    double last = (cells - 0.5) * cell;
    return min + last <= max ? min : max - last;
  }

  /** The cell centres along one axis, kept on the National Grid against rounding in the last bit. */
  private static double[] centres(double origin, int cells, double cell, double max) {
    double[] out = new double[cells];
    for (int i = 0; i < cells; i++) {
      out[i] = Math.max(0, Math.min(max, origin + (i + 0.5) * cell));
    }
    return out;
  }

  /** Mean of the x and y normal-reference bandwidths; the cell size when there is too little spread. */
  static double bandwidth(List<GridPoint> points, double cell) {
    double bx = nrd(points.stream().mapToDouble(GridPoint::easting).toArray());
    double by = nrd(points.stream().mapToDouble(GridPoint::northing).toArray());
    double h = (bx + by) / 2;
    return h > 0 ? h : cell;
  }

  /** MASS::bandwidth.nrd: 4 × 1.06 × min(sd, IQR / 1.34) × n^(−1/5), quartiles as R's type 7. */
  static double nrd(double[] v) {
    int n = v.length;
    if (n < 2) {
      return 0;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    double mean = Arrays.stream(s).average().orElse(0);
    double var = 0;
    for (double x : s) {
      var += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(var / (n - 1));
    double iqr = quantile(s, 0.75) - quantile(s, 0.25);
    double spread = Math.min(sd, iqr / 1.34);
    if (!(spread > 0)) {
      spread = sd;
    }
    return 4 * 1.06 * spread * Math.pow(n, -0.2);
  }

  private static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** Benjamini–Hochberg adjusted p-values (as R's {@code p.adjust(method = "BH")}). */
  static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a])); // largest first
    double[] out = new double[m];
    double running = 1;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      int rank = m - k; // rank among ascending p
      running = Math.min(running, p[i] * m / rank);
      out[i] = Math.min(1, running);
    }
    return out;
  }

  /**
   * The hot-spot class of each cell over periods (a grid laid over all the periods' points): per
   * period a cell is <i>hot</i> when its Gi* is positive with p below {@code criticalP}. Of the
   * periods, the last fifth (at least one) are <i>recent</i>, the rest <i>older</i>; the windows do
   * not overlap. Then, in this order: {@code persistent} when hot in at least 80 % of all periods;
   * {@code emerging} when hot in under 10 % of older periods and at least 20 % of recent ones; {@code
   * former} when hot in at least 10 % of older periods and under 10 % of recent ones; {@code
   * intermittent} when hot in at least 10 % of all periods; otherwise {@code none}.
   *
   * @param periods each period's points, oldest first
   * @param options the options (cell size and bandwidth as for one grid)
   * @return each cell's class, in the order of the grid's cells
   */
  public static List<String> classify(List<List<GridPoint>> periods, Options options) {
    List<GridPoint> all = new ArrayList<>();
    periods.forEach(all::addAll);
    return classify(all, periods, options);
  }

  /**
   * As {@link #classify(List, Options)}, on the grid laid over {@code extent} (say, every point of a
   * longer history), so the classes line up with that grid's cells.
   *
   * @param extent the points the grid is laid over
   * @param periods each period's points, oldest first
   * @param options the options
   * @return each cell's class, in the order of the grid's cells
   */
  public static List<String> classify(List<GridPoint> extent, List<List<GridPoint>> periods, Options options) {
    List<GridPoint> all = extent;
    int t = periods.size();
    int recent = Math.max(1, t / 5);
    int older = t - recent;
    Grid first = null;
    int[] hotAll = null;
    int[] hotOlder = null;
    int[] hotRecent = null;
    for (int k = 0; k < t; k++) {
      Grid g = analyse(all, periods.get(k), options);
      if (first == null) {
        first = g;
        hotAll = new int[g.cells().size()];
        hotOlder = new int[g.cells().size()];
        hotRecent = new int[g.cells().size()];
      }
      for (int i = 0; i < g.cells().size(); i++) {
        Cell c = g.cells().get(i);
        if (c.giStar() > 0 && c.p() < options.criticalP()) {
          hotAll[i]++;
          if (k < older) {
            hotOlder[i]++;
          } else {
            hotRecent[i]++;
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; first != null && i < first.cells().size(); i++) {
      double ofAll = (double) hotAll[i] / t;
      double ofOlder = older == 0 ? 0 : (double) hotOlder[i] / older;
      double ofRecent = (double) hotRecent[i] / recent;
      out.add(
          ofAll >= 0.8 ? "persistent"
              : ofOlder < 0.1 && ofRecent >= 0.2 ? "emerging"
              : ofOlder >= 0.1 && ofRecent < 0.1 ? "former"
              : ofAll >= 0.1 ? "intermittent"
              : "none");
    }
    return List.copyOf(out);
  }
}
