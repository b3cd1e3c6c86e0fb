package org.vcanalytics.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.hotspot.HotspotOptions;

/**
 * Every bundled polygon is valid (JTS {@link IsValidOp}): the 659 Birmingham LSOAs of the synthetic
 * force as written in WGS84, the same on the British National Grid where the analysis places crimes
 * (so {@link AreaLayer} repairs none of them), and the areas of {@code examples/sample-package}.
 * {@code vc-examples/tools/MakeBirminghamGeography.java} writes the LSOAs and repairs a polygon that
 * rounding to 5 decimals made invalid (issue 13: E01009403 and E01009404 were).
 */
class SyntheticAreasValidTest {

  @TempDir Path tmp;

  @Test
  void everyBundledBirminghamPolygonIsValidInWgs84() throws IOException, ParseException {
    JsonNode root;
    try (InputStream in = SyntheticForce.class.getResourceAsStream("birmingham-lsoa21.geojson")) {
      root = new ObjectMapper().readTree(in);
    }
    GeoJsonReader reader = new GeoJsonReader();
    List<String> invalid = new ArrayList<>();
    int n = 0;
    for (JsonNode f : root.get("features")) {
      Geometry g = reader.read(f.get("geometry").toString());
      IsValidOp op = new IsValidOp(g);
      if (!op.isValid()) {
        invalid.add(f.get("properties").get("id").asText() + ": " + op.getValidationError());
      }
      n++;
    }
    assertThat(n).isEqualTo(659);
    assertThat(invalid).isEmpty();
  }

  @Test
  void everyBundledPolygonIsValidOnTheGridAndNoneIsRepaired() {
    SyntheticForce.generate(tmp.resolve("force"), new SyntheticForce.Settings(20, 1, 1, LocalDate.of(2024, 12, 31)));
    for (Path dir : List.of(tmp.resolve("force"), Path.of("../examples/sample-package"))) {
      List<Area> areas = VcPackage.load(dir).dataset().areas();
      assertThat(areas).as("%s", dir).isNotEmpty();
      AreaLayer.byLevel(areas).forEach((level, layer) -> {
        assertThat(layer.repairs()).as("%s %s", dir, level).isEmpty();
        for (Area a : layer.areas()) {
          Geometry g = layer.geometry(a.id()).orElseThrow();
          assertThat(new IsValidOp(g).getValidationError()).as("%s %s/%s", dir, level, a.id()).isNull();
        }
      });
    }
  }

  /**
   * The slivers between the simplified LSOAs are the holes of their union (the ONS boundaries they
   * come from cover the city without a hole). The farthest a point of a sliver can be from every
   * polygon is the radius of the sliver's largest inscribed circle; every one is under the default
   * gap tolerance, so the gap rule places every point of every sliver (docs/hotspots.md §1: 479
   * slivers, 0.39 km², the largest radius 12.2 m).
   */
  @Test
  void everySliverBetweenTheBundledPolygonsIsWithinTheGapTolerance() {
    SyntheticForce.generate(tmp.resolve("force"), new SyntheticForce.Settings(20, 1, 1, LocalDate.of(2024, 12, 31)));
    AreaLayer layer = AreaLayer.byLevel(VcPackage.load(tmp.resolve("force")).dataset().areas()).get("lsoa");
    List<Geometry> polygons = new ArrayList<>();
    layer.areas().forEach(a -> polygons.add(layer.geometry(a.id()).orElseThrow()));
    Geometry union = UnaryUnionOp.union(polygons);
    assertThat(union.getNumGeometries()).isEqualTo(1);
    Polygon city = (Polygon) union.getGeometryN(0);
    double largest = 0;
    for (int h = 0; h < city.getNumInteriorRing(); h++) {
      Polygon sliver = union.getFactory().createPolygon(city.getInteriorRingN(h).getCoordinates());
      largest = Math.max(largest, new MaximumInscribedCircle(sliver, 0.01).getRadiusLine().getLength());
    }
    assertThat(city.getNumInteriorRing()).isEqualTo(479);
    assertThat(largest).isBetween(12.0, 12.5).isLessThan(HotspotOptions.DEFAULT_GAP_TOLERANCE_METRES);
  }
}
