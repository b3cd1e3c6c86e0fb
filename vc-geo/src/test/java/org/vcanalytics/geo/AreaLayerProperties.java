package org.vcanalytics.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.GridPoint;

/**
 * Point-in-area agrees with brute force for every point generated: JTS {@code Geometry.covers} of
 * each point against every area, and the smallest covering id wins (the boundary rule of {@link
 * AreaLayer}).
 */
class AreaLayerProperties {

  static final double X0 = 400_000;
  static final double Y0 = 280_000;
  static final List<Area> AREAS = areas();
  static final AreaLayer LAYER = AreaLayer.of("test", AREAS);
  static final List<Geometry> BRUTE = brute();

  /**
   * A 3 x 3 grid of 100 m squares whose ids do not follow their position (so the boundary rule is
   * tested, not the insertion order), a triangle overlapping four of them, and a multipolygon: a
   * square with a hole plus a detached square.
   */
  static List<Area> areas() {
    String[] ids = {"G5", "G2", "G8", "G1", "G9", "G3", "G7", "G4", "G6"};
    List<Area> out = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        double x = X0 + c * 100;
        double y = Y0 + r * 100;
        out.add(area(ids[r * 3 + c], polygon(ring(x, y, x + 100, y + 100))));
      }
    }
    out.add(
        area(
            "F0", // overlaps: the smallest id wherever it covers
            "{\"type\":\"Polygon\",\"coordinates\":[["
                + pos(X0 + 50, Y0 + 50) + "," + pos(X0 + 250, Y0 + 50) + "," + pos(X0 + 150, Y0 + 250)
                + "," + pos(X0 + 50, Y0 + 50) + "]]}"));
    out.add(
        area(
            "H1",
            "{\"type\":\"MultiPolygon\",\"coordinates\":[["
                + ring(X0 + 300, Y0, X0 + 400, Y0 + 100) + "," + ring(X0 + 325, Y0 + 25, X0 + 375, Y0 + 75)
                + "],[" + ring(X0 + 300, Y0 + 200, X0 + 350, Y0 + 250) + "]]}"));
    return out;
  }

  static Area area(String id, String json) {
    return new Area("test", id, id, OptionalLong.empty(), Area.Crs.BRITISH_NATIONAL_GRID, json);
  }

  static String pos(double x, double y) {
    return String.format(Locale.ROOT, "[%.3f,%.3f]", x, y);
  }

  static String ring(double x1, double y1, double x2, double y2) {
    return "[" + pos(x1, y1) + "," + pos(x2, y1) + "," + pos(x2, y2) + "," + pos(x1, y2) + ","
        + pos(x1, y1) + "]";
  }

  static String polygon(String ring) {
    return "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}";
  }

  static List<Geometry> brute() {
    GeoJsonReader r = new GeoJsonReader();
    List<Geometry> out = new ArrayList<>();
    for (Area a : AREAS) {
      try {
        out.add(r.read(a.geometryJson()));
      } catch (ParseException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  /** The ids of the areas whose closure covers the point (JTS {@code covers}), in id order. */
  static List<String> covering(double x, double y) {
    Geometry p = new GeometryFactory().createPoint(new Coordinate(x, y));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < AREAS.size(); i++) {
      if (BRUTE.get(i).covers(p)) {
        out.add(AREAS.get(i).id());
      }
    }
    out.sort(null);
    return out;
  }

  /** The documented rule by brute force: the smallest covering id, else UNASSIGNED. */
  static String bruteForce(double x, double y) {
    List<String> ids = covering(x, y);
    return ids.isEmpty() ? AreaLayer.UNASSIGNED : ids.get(0);
  }

  @Provide
  Arbitrary<List<double[]>> points() {
    // Half on a 25 m lattice (edges, corners, the hole's rim, vertices), half anywhere, some outside.
    Arbitrary<double[]> lattice =
        Combinators.combine(Arbitraries.integers().between(-2, 18), Arbitraries.integers().between(-2, 14))
            .as((i, j) -> new double[] {X0 + 25.0 * i, Y0 + 25.0 * j});
    Arbitrary<double[]> anywhere =
        Combinators.combine(
                Arbitraries.doubles().between(X0 - 50, X0 + 450),
                Arbitraries.doubles().between(Y0 - 50, Y0 + 350))
            .as((x, y) -> new double[] {x, y});
    return Arbitraries.oneOf(lattice, anywhere).list().ofMinSize(1).ofMaxSize(100);
  }

  @Property(tries = 300)
  void everyPointGoesWhereBruteForceCoversPutsIt(@ForAll("points") List<double[]> points) {
    for (double[] p : points) {
      assertThat(LAYER.locate(GridPoint.of(p[0], p[1])))
          .as("(%s, %s)", p[0] - X0, p[1] - Y0)
          .isEqualTo(bruteForce(p[0], p[1]));
    }
  }

  @Provide
  Arbitrary<List<double[]>> sharedEdgePoints() {
    // Anywhere on the four lines between the grid's rows and columns: each point lies on the edge
    // (or corner) of two or more squares, and sometimes inside the triangle too.
    Arbitrary<double[]> vertical =
        Combinators.combine(Arbitraries.of(100.0, 200.0), Arbitraries.doubles().between(0, 300))
            .as((x, along) -> new double[] {X0 + x, Y0 + along});
    Arbitrary<double[]> horizontal =
        Combinators.combine(Arbitraries.of(100.0, 200.0), Arbitraries.doubles().between(0, 300))
            .as((y, along) -> new double[] {X0 + along, Y0 + y});
    return Arbitraries.oneOf(vertical, horizontal).list().ofMinSize(1).ofMaxSize(50);
  }

  @Property(tries = 200)
  void everyPointOnASharedEdgeGoesToTheSmallestCoveringId(
      @ForAll("sharedEdgePoints") List<double[]> points) {
    for (double[] p : points) {
      List<String> ids = covering(p[0], p[1]);
      assertThat(ids).as("(%s, %s) is on a shared edge", p[0] - X0, p[1] - Y0).hasSizeGreaterThan(1);
      assertThat(LAYER.locate(GridPoint.of(p[0], p[1])))
          .as("(%s, %s), covered by %s", p[0] - X0, p[1] - Y0, ids)
          .isEqualTo(ids.get(0));
    }
  }

  @Example
  void theWorkedBoundaries() {
    // The edge between G5 (west) and G2 (east) in the bottom row, below the triangle: G2 < G5.
    assertThat(LAYER.locate(GridPoint.of(X0 + 100, Y0 + 20))).isEqualTo("G2");
    // The edge between G2 (bottom) and G9 (above it), inside the triangle F0: F0 < G2 < G9.
    assertThat(LAYER.locate(GridPoint.of(X0 + 102, Y0 + 100))).isEqualTo("F0");
    // The corner of G5, G2, G1 and G9, inside F0 too.
    assertThat(LAYER.locate(GridPoint.of(X0 + 100, Y0 + 100))).isEqualTo("F0");
    // The hole of H1 is not H1; its rim is.
    assertThat(LAYER.locate(GridPoint.of(X0 + 350, Y0 + 50))).isEqualTo(AreaLayer.UNASSIGNED);
    assertThat(LAYER.locate(GridPoint.of(X0 + 325, Y0 + 50))).isEqualTo("H1");
    // H1's detached square, and outside everything.
    assertThat(LAYER.locate(GridPoint.of(X0 + 320, Y0 + 220))).isEqualTo("H1");
    assertThat(LAYER.locate(GridPoint.of(X0 - 1, Y0 - 1))).isEqualTo(AreaLayer.UNASSIGNED);
  }
}
