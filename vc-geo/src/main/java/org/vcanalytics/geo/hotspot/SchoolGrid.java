package org.vcanalytics.geo.hotspot;

import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.School;

/**
 * The schools in the cells of a square grid over their extent, for the nearest school to a point:
 * the smallest distance ({@link GridPoint#distanceTo}), the smallest URN among equally near ones.
 * The cells are searched in rings around the point's cell until no school of a farther ring could be
 * as near as the best found (with one ring to spare against rounding), so the answer is exact: the
 * same school a search of every school gives. O(S) to build for S schools, about one to a cell; about
 * O(1 + s) per point for the s schools of the cells it searches (O(r) more for a point r cells outside
 * the grid). Immutable and safe to share between threads.
 */
final class SchoolGrid {

  private final double minX, minY, size;
  private final int nx, ny;
  private final School[][] cells; // [ix * ny + iy]

  private SchoolGrid(double minX, double minY, double size, int nx, int ny, School[][] cells) {
    this.minX = minX;
    this.minY = minY;
    this.size = size;
    this.nx = nx;
    this.ny = ny;
    this.cells = cells;
  }

  /** @param schools at least one school */
  static SchoolGrid of(List<School> schools) {
    double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
    for (School s : schools) {
      minX = Math.min(minX, s.location().easting());
      minY = Math.min(minY, s.location().northing());
      maxX = Math.max(maxX, s.location().easting());
      maxY = Math.max(maxY, s.location().northing());
    }
    double extent = Math.max(Math.max(maxX - minX, maxY - minY), 1);
    int side = (int) Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(schools.size()))));
    double size = extent / side;
    int nx = (int) Math.min(side, Math.floor((maxX - minX) / size) + 1);
    int ny = (int) Math.min(side, Math.floor((maxY - minY) / size) + 1);
    List<List<School>> lists = new ArrayList<>();
    for (int k = 0; k < nx * ny; k++) {
      lists.add(new ArrayList<>());
    }
    for (School s : schools) {
      int ix = clamp(cell(s.location().easting(), minX, size), nx);
      int iy = clamp(cell(s.location().northing(), minY, size), ny);
      lists.get(ix * ny + iy).add(s);
    }
    School[][] cells = new School[nx * ny][];
    for (int k = 0; k < cells.length; k++) {
      cells[k] = lists.get(k).toArray(new School[0]);
    }
    return new SchoolGrid(minX, minY, size, nx, ny, cells);
  }

  private static long cell(double v, double min, double size) {
    return (long) Math.floor((v - min) / size);
  }

  private static int clamp(long i, int n) {
    return (int) Math.max(0, Math.min(n - 1, i));
  }

  /** @return the nearest school to the point, the smallest URN among equally near ones */
  School nearest(GridPoint p) {
    long cx = cell(p.easting(), minX, size);
    long cy = cell(p.northing(), minY, size);
    School chosen = null;
    double best = Double.POSITIVE_INFINITY;
    for (long r = 0; ; r++) {
      // Every school of ring r is at least (r - 1) cells from the point (a millimetre spare against
      // rounding), so none of it or farther rings is as near as the best.
      if (chosen != null && (r - 1) * size > best + 1e-3) {
        return chosen;
      }
      for (long ix = Math.max(0, cx - r); ix <= Math.min(nx - 1, cx + r); ix++) {
        boolean side = ix == cx - r || ix == cx + r;
        for (long iy = Math.max(0, cy - r); iy <= Math.min(ny - 1, cy + r); iy++) {
          if (!side && iy != cy - r && iy != cy + r) {
            iy = cy + r - 1; // inside the ring: jump to its far edge
            continue;
          }
          for (School s : cells[(int) (ix * ny + iy)]) {
            double dx = s.location().easting() - p.easting();
            double dy = s.location().northing() - p.northing();
            double limit = best + 1e-6; // squared distances only rule out the clearly farther
            if (chosen != null && dx * dx + dy * dy > limit * limit) {
              continue;
            }
            double d = s.location().distanceTo(p);
            if (chosen == null || d < best || (d == best && s.urn().compareTo(chosen.urn()) < 0)) {
              best = d;
              chosen = s;
            }
          }
        }
      }
    }
  }
}
