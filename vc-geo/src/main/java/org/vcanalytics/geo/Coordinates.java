package org.vcanalytics.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.vcanalytics.core.GridPoint;

/**
 * British National Grid (EPSG:27700, metres) to and from WGS84 longitude and latitude (EPSG:4326,
 * degrees), with <a href="https://github.com/locationtech/proj4j">proj4j</a> and its EPSG file.
 *
 * <pre>{@code
 * LonLat p = Coordinates.toWgs84(GridPoint.of(406900, 286700));   // about -1.8985, 52.4793
 * GridPoint g = Coordinates.toGrid(p);                             // back, to within a centimetre
 * }</pre>
 *
 * <p>Accuracy: the grid is a Transverse Mercator projection of the OSGB36 datum; proj4j inverts the
 * projection exactly (the Ordnance Survey worked example is reproduced to 10<sup>-7</sup> degrees,
 * {@link #toOsgb36(GridPoint)}) and moves between OSGB36 and WGS84 with the 7-parameter Helmert
 * transformation of EPSG:27700, which the Ordnance Survey describes as good to a few metres. That is
 * ample for hotspot maps, 400 m school buffers and travel distances, not for surveying (which needs
 * the OSTN15 grid shift, not bundled by proj4j). All analysis in this module is done in grid metres;
 * WGS84 is used only to read WGS84 area files and to write GeoJSON ({@link #toGrid(Geometry)}, {@link
 * #toWgs84(Geometry)}).
 *
 * <p>Cost: about 0.4 µs a point. Thread-safe: each thread uses its own proj4j transform.
 */
public final class Coordinates {

  private static final CoordinateReferenceSystem BNG;
  private static final CoordinateReferenceSystem WGS84;

  static {
    CRSFactory f = new CRSFactory();
    BNG = f.createFromName("EPSG:27700");
    WGS84 = f.createFromName("EPSG:4326");
  }

  private static final ThreadLocal<CoordinateTransform> TO_WGS84 =
      ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(BNG, WGS84));
  private static final ThreadLocal<CoordinateTransform> TO_GRID =
      ThreadLocal.withInitial(() -> new CoordinateTransformFactory().createTransform(WGS84, BNG));

  private Coordinates() {}

  /**
   * A grid point in WGS84.
   *
   * @param p a point on the National Grid
   * @return its longitude and latitude in WGS84
   */
  public static LonLat toWgs84(GridPoint p) {
    double[] ll = toWgs84(p.easting(), p.northing());
    return new LonLat(ll[0], ll[1]);
  }

  /**
   * A WGS84 position on the National Grid.
   *
   * @param p a longitude and latitude in WGS84
   * @return the grid point
   * @throws IllegalArgumentException when the position falls outside Great Britain's grid extent
   */
  public static GridPoint toGrid(LonLat p) {
    double[] en = toGrid(p.lon(), p.lat());
    return GridPoint.of(en[0], en[1]);
  }

  /**
   * A grid point as latitude and longitude on the OSGB36 datum: the inverse of the projection alone,
   * without the datum shift to WGS84. This is what the Ordnance Survey's worked example in "A guide to
   * coordinate systems in Great Britain" computes.
   *
   * @param p a point on the National Grid
   * @return its longitude and latitude on OSGB36
   */
  public static LonLat toOsgb36(GridPoint p) {
    ProjCoordinate out = new ProjCoordinate();
    BNG.getProjection().inverseProject(new ProjCoordinate(p.easting(), p.northing()), out);
    return new LonLat(out.x, out.y);
  }

  /**
   * A geometry on the National Grid in WGS84, vertex by vertex, without checks: what GeoJSON writes.
   *
   * @param grid a geometry in grid metres (not changed)
   * @return a copy in WGS84 longitude (x) and latitude (y)
   */
  public static Geometry toWgs84(Geometry grid) {
    return transformed(grid, Coordinates::toWgs84);
  }

  /**
   * A WGS84 geometry on the National Grid, vertex by vertex, without checks: how WGS84 areas are read.
   *
   * @param wgs84 a geometry in WGS84 longitude (x) and latitude (y) (not changed)
   * @return a copy in grid metres
   */
  public static Geometry toGrid(Geometry wgs84) {
    return transformed(wgs84, Coordinates::toGrid);
  }

  private static Geometry transformed(Geometry g, Projection f) {
    Geometry out = g.copy();
    out.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            double[] xy = f.apply(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, xy[0]);
            seq.setOrdinate(i, 1, xy[1]);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return out;
  }

  /** One way between the grid and WGS84, a coordinate pair at a time. */
  private interface Projection {
    double[] apply(double x, double y);
  }

  /** Grid metres to {lon, lat} in WGS84, without checks. */
  static double[] toWgs84(double easting, double northing) {
    ProjCoordinate out = new ProjCoordinate();
    TO_WGS84.get().transform(new ProjCoordinate(easting, northing), out);
    return new double[] {out.x, out.y};
  }

  /** WGS84 {lon, lat} to grid metres, without checks. */
  static double[] toGrid(double lon, double lat) {
    ProjCoordinate out = new ProjCoordinate();
    TO_GRID.get().transform(new ProjCoordinate(lon, lat), out);
    return new double[] {out.x, out.y};
  }
}
