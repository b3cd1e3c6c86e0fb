package org.vcanalytics.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Which of a layer's polygons may hold a point or lie near it: a uniform grid over the polygons'
 * bounding boxes, each cell listing the polygons whose box meets it. A query answers a superset of
 * the polygons whose box meets it (never fewer), in increasing number, each once. Built once,
 * immutable and read without a lock by any number of threads (JTS's STRtree takes a lock on every
 * query). About four cells per polygon; a point query is O(1) plus the cell's list, an envelope query
 * O(cells met + their lists).
 */
final class EnvelopeGrid {
  private static final int[] NONE = new int[0];

  private final double minX;
  private final double minY;
  private final double cell;
  private final int columns;
  private final int rows;
  private final int[][] cells;

  /**
   * @param boxes each polygon part's bounding box
   * @param owner the polygon (its number) of each box
   */
  EnvelopeGrid(List<Envelope> boxes, List<Integer> owner) {
    Envelope all = new Envelope();
    boxes.forEach(all::expandToInclude);
    if (boxes.isEmpty()) {
      minX = minY = 0;
      cell = 1;
      columns = rows = 0;
      cells = new int[0][];
      return;
    }
    minX = all.getMinX();
    minY = all.getMinY();
    double side = Math.max(all.getWidth(), all.getHeight());
    int perSide = (int) Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(4.0 * boxes.size()))));
    cell = side > 0 ? side / perSide : 1;
    columns = Math.max(1, (int) Math.ceil(all.getWidth() / cell) + 1);
    rows = Math.max(1, (int) Math.ceil(all.getHeight() / cell) + 1);
    List<List<Integer>> lists = new ArrayList<>(columns * rows);
    for (int i = 0; i < columns * rows; i++) {
      lists.add(null);
    }
    for (int b = 0; b < boxes.size(); b++) {
      Envelope e = boxes.get(b);
      for (int y = row(e.getMinY()); y <= row(e.getMaxY()); y++) {
        for (int x = column(e.getMinX()); x <= column(e.getMaxX()); x++) {
          int k = y * columns + x;
          if (lists.get(k) == null) {
            lists.set(k, new ArrayList<>(2));
          }
          lists.get(k).add(owner.get(b));
        }
      }
    }
    cells = new int[columns * rows][];
    for (int k = 0; k < cells.length; k++) {
      List<Integer> l = lists.get(k);
      cells[k] = l == null ? NONE : l.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
  }

  private int column(double x) {
    return clamp((int) Math.floor((x - minX) / cell), columns);
  }

  private int row(double y) {
    return clamp((int) Math.floor((y - minY) / cell), rows);
  }

  private static int clamp(int i, int n) {
    return Math.max(0, Math.min(n - 1, i));
  }

  /** @return the polygons whose box may hold the point, in increasing number (do not modify) */
  int[] at(double x, double y) {
    if (cells.length == 0) {
      return NONE;
    }
    double cx = Math.floor((x - minX) / cell);
    double cy = Math.floor((y - minY) / cell);
    if (cx < 0 || cy < 0 || cx >= columns || cy >= rows) {
      return NONE; // outside every box
    }
    return cells[(int) cy * columns + (int) cx];
  }

  /** @return the polygons whose box may meet the envelope, in increasing number, each once */
  int[] near(Envelope e) {
    if (cells.length == 0) {
      return NONE;
    }
    int x0 = column(e.getMinX());
    int x1 = column(e.getMaxX());
    int y0 = row(e.getMinY());
    int y1 = row(e.getMaxY());
    if (x0 == x1 && y0 == y1) {
      return cells[y0 * columns + x0];
    }
    int[] out = new int[0];
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int[] c = cells[y * columns + x];
        if (c.length > 0) {
          int n = out.length;
          out = Arrays.copyOf(out, n + c.length);
          System.arraycopy(c, 0, out, n, c.length);
        }
      }
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }
}
