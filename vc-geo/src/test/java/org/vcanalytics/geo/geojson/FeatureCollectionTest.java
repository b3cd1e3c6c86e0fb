package org.vcanalytics.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.vcanalytics.geo.Coordinates;

class FeatureCollectionTest {

  static final GeometryFactory F = new GeometryFactory();
  static final ObjectMapper JSON = new ObjectMapper();

  /** A square of side s on the grid from (x, y), its ring clockwise or anticlockwise. */
  static LinearRing ring(double x, double y, double s, boolean anticlockwise) {
    Coordinate[] c = {
      new Coordinate(x, y), new Coordinate(x + s, y), new Coordinate(x + s, y + s),
      new Coordinate(x, y + s), new Coordinate(x, y)
    };
    if (!anticlockwise) {
      c = new Coordinate[] {c[0], c[3], c[2], c[1], c[0]};
    }
    return F.createLinearRing(c);
  }

  static String write(List<Member> members, List<Feature> features) {
    return new FeatureCollection(members, features).toJson();
  }

  @Test
  void anEmptyCollection() {
    assertThat(write(List.of(), List.of())).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[\n]}\n");
    assertThat(write(List.of(Member.text("level", "lsoa"), Member.number("n", 3)), List.of()))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"level\":\"lsoa\",\"n\":3,\"features\":[\n]}\n");
  }

  @Test
  void oneFeatureALineNoSpaces() throws Exception {
    Polygon square = F.createPolygon(ring(400_000, 280_000, 1000, true));
    List<Feature> features =
        List.of(
            Feature.onGrid(List.of(Member.text("id", "A")), square),
            Feature.onGrid(List.of(Member.text("id", "B")), square),
            Feature.onGrid(List.of(Member.text("id", "C")), square));
    String text = write(List.of(Member.text("level", "x")), features);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).isEqualTo("{\"type\":\"FeatureCollection\",\"level\":\"x\",\"features\":[");
    assertThat(lines.get(1)).startsWith("{\"type\":\"Feature\",\"properties\":{\"id\":\"A\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[").endsWith("]]]}},");
    assertThat(lines.get(2)).contains("\"id\":\"B\"").endsWith("},");
    assertThat(lines.get(3)).contains("\"id\":\"C\"").endsWith("}}");
    assertThat(lines.get(4)).isEqualTo("]}");
    assertThat(text).endsWith("]}\n").doesNotContain(" ").doesNotContain("crs");
    assertThat(JSON.readTree(text).path("features")).hasSize(3);
  }

  @Test
  void positionsAreWgs84LongitudeFirstToSixPlaces() throws Exception {
    Polygon square = F.createPolygon(ring(406_900, 286_700, 100, true));
    String text = write(List.of(), List.of(Feature.onGrid(List.of(), square)));
    JsonNode first = JSON.readTree(text).path("features").path(0).path("geometry").path("coordinates").path(0).path(0);
    double[] expected = lonLat(square);
    assertThat(first.get(0).asDouble()).isEqualTo(expected[0]);
    assertThat(first.get(1).asDouble()).isEqualTo(expected[1]);
    assertThat(first.get(0).asDouble()).isBetween(-1.91, -1.89); // Birmingham: longitude first
    // Every number of the geometry has at most six decimals, written plain.
    String geometry = text.substring(text.indexOf("\"coordinates\""));
    assertThat(geometry).doesNotContainPattern("\\d\\.\\d{7}").doesNotContainPattern("\\d[eE]");
  }

  /** The first vertex of a grid polygon in WGS84, rounded half-up to 6 places, by BigDecimal. */
  static double[] lonLat(Polygon grid) {
    Coordinate c = Coordinates.toWgs84(grid).getCoordinates()[0];
    return new double[] {
      new BigDecimal(Double.toString(c.x)).setScale(6, RoundingMode.HALF_UP).doubleValue(),
      new BigDecimal(Double.toString(c.y)).setScale(6, RoundingMode.HALF_UP).doubleValue()
    };
  }

  @Test
  void exteriorRingsRunAnticlockwiseAndHolesClockwiseWhateverTheSource() throws Exception {
    // Given the wrong way round: a clockwise shell with an anticlockwise hole; and a second part.
    Polygon holed =
        F.createPolygon(
            ring(400_000, 280_000, 1000, false), new LinearRing[] {ring(400_250, 280_250, 500, true)});
    Polygon other = F.createPolygon(ring(402_000, 280_000, 100, true));
    Geometry multi = F.createMultiPolygon(new Polygon[] {holed, other});
    JsonNode g =
        JSON.readTree(write(List.of(), List.of(Feature.onGrid(List.of(), multi))))
            .path("features").path(0).path("geometry");
    assertThat(g.path("type").asText()).isEqualTo("MultiPolygon");
    JsonNode parts = g.path("coordinates");
    assertThat(parts).hasSize(2);
    assertThat(isCcw(parts.get(0).get(0))).isTrue();
    assertThat(isCcw(parts.get(0).get(1))).isFalse();
    assertThat(isCcw(parts.get(1).get(0))).isTrue();
    // A multipolygon of one part is written as a Polygon.
    Geometry single = F.createMultiPolygon(new Polygon[] {other});
    JsonNode s =
        JSON.readTree(write(List.of(), List.of(Feature.onGrid(List.of(), single))))
            .path("features").path(0).path("geometry");
    assertThat(s.path("type").asText()).isEqualTo("Polygon");
  }

  static boolean isCcw(JsonNode ring) {
    List<Coordinate> cs = new ArrayList<>();
    ring.forEach(p -> cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
    return Orientation.isCCW(cs.toArray(new Coordinate[0]));
  }

  @Test
  void numbersAreRoundedHalfUpAndWrittenPlainWithADot() {
    // Surefire runs with a German default locale: a comma in a number would show up here.
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("de");
    List<Member> m =
        List.of(
            Member.decimal("a", 0.12345, 4),
            Member.decimal("b", 100.00004, 4),
            Member.decimal("c", -0.00000001, 6),
            Member.decimal("d", 0.0000015, 6),
            Member.decimal("e", 1e20, 6),
            Member.decimal("f", Double.NaN, 6),
            Member.decimal("g", Double.NEGATIVE_INFINITY, 6),
            Member.decimal("h", OptionalDouble.empty(), 6),
            Member.decimal("i", 2.5, 0),
            Member.number("j", -7),
            Member.number("k", OptionalLong.empty()),
            Member.number("l", OptionalLong.of(2000)));
    assertThat(write(m, List.of()))
        .isEqualTo(
            "{\"type\":\"FeatureCollection\",\"a\":0.1235,\"b\":100,\"c\":0,\"d\":0.000002,"
                + "\"e\":100000000000000000000,\"f\":null,\"g\":null,\"h\":null,\"i\":3,\"j\":-7,"
                + "\"k\":null,\"l\":2000,\"features\":[\n]}\n");
  }

  @Test
  void textIsEscapedAndReadsBackTheSame() throws Exception {
    String name = "Quote \" back\\slash\ttab\nnew line\u0001\u001f é ☃ 𝄞 / \u2028";
    String text = write(List.of(Member.text("name", name)), List.of());
    assertThat(text.lines()).hasSize(2); // the newline in the text is escaped
    assertThat(text).contains("Quote \\\" back\\\\slash\\ttab\\nnew line\\u0001\\u001F é ☃ 𝄞 / ");
    assertThat(JSON.readTree(text).path("name").asText()).isEqualTo(name);
  }

  @Test
  void theSameCollectionGivesTheSameBytesWrittenEitherWay() throws Exception {
    Polygon square = F.createPolygon(ring(400_000, 280_000, 1000, true));
    FeatureCollection c =
        new FeatureCollection(
            List.of(Member.text("level", "x")),
            List.of(Feature.onGrid(List.of(Member.decimal("share", 1.0 / 3, 6)), square)));
    StringWriter w = new StringWriter();
    c.writeTo(w);
    assertThat(w.toString()).isEqualTo(c.toJson()).isEqualTo(c.toJson());
  }

  @Test
  void refusals() {
    assertThatThrownBy(() -> new FeatureCollection(List.of(Member.text("type", "x")), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeatureCollection(List.of(Member.number("features", 1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Feature.onGrid(List.of(), F.createPoint(new Coordinate(400_000, 280_000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Point");
  }

  @Test
  void aFeatureKeepsItsOwnGeometry() {
    Polygon square = F.createPolygon(ring(400_000, 280_000, 1000, true));
    Feature f = Feature.onGrid(List.of(), square);
    String before = write(List.of(), List.of(f));
    square.getExteriorRing().getCoordinateN(0).x = 0; // the caller's polygon changes
    f.geometry().getCoordinates()[0].x = 0; // and so does the copy handed out
    assertThat(write(List.of(), List.of(f))).isEqualTo(before);
  }
}
