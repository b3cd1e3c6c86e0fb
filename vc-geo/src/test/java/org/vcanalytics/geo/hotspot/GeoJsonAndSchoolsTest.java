package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.School;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Coordinates;
import org.vcanalytics.geo.LonLat;
import org.vcanalytics.geo.Period;

class GeoJsonAndSchoolsTest {

  static HotspotResult worked() {
    VcDataset data = WorkedExample.data();
    return Hotspots.analyse(
        data, VcClassifier.classify(data, WorkedExample.AS_OF), WorkedExample.WEIGHT, Set.of(),
        HotspotOptions.defaults());
  }

  @Test
  void geoJsonIsRfc7946WithTheFiguresAsProperties() throws Exception {
    // Surefire runs with a German default locale: a comma in a number would show up here.
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("de");
    String text = worked().toGeoJson("npu", Period.parse("FY2021/22"));
    JsonNode fc = new ObjectMapper().readTree(text);
    assertThat(fc.has("crs")).isFalse();
    assertThat(fc.path("unassigned_vc_events").asLong()).isEqualTo(2);
    JsonNode a = fc.path("features").path(0).path("properties");
    assertThat(a.path("id").asText()).isEqualTo("A");
    assertThat(a.path("vc_events").asLong()).isEqualTo(2);
    assertThat(a.path("rate_per_1000").asDouble()).isEqualTo(1.0);
    assertThat(a.path("share_of_force").asDouble()).isEqualTo(0.4);
    assertThat(a.path("schools_nearby").asLong()).isEqualTo(1);
    assertThat(a.path("share_offenders_living_outside").asDouble()).isEqualTo(0.5);
    JsonNode b = fc.path("features").path(1).path("properties");
    assertThat(b.path("robbery_personal_vc_events").asLong()).isEqualTo(1);
    assertThat(b.path("share_offenders_living_outside").isNull()).isTrue();
    assertThat(text).contains("\"harm\":100,").contains("\"share_of_force\":0.2,");
    // Longitude first, near Birmingham (easting 400000 is 2 degrees west), anticlockwise exterior.
    JsonNode ring = fc.path("features").path(0).path("geometry").path("coordinates").path(0);
    List<Coordinate> cs = new ArrayList<>();
    ring.forEach(p -> cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
    assertThat(cs.get(0).x).isBetween(-2.01, -1.99);
    assertThat(cs.get(0).y).isBetween(52.3, 52.6);
    assertThat(Orientation.isCCW(cs.toArray(new Coordinate[0]))).isTrue();
    // A period with no crime in an area still lists the area, with 0 and the last rank.
    JsonNode fy20 = new ObjectMapper().readTree(worked().toGeoJson("npu", Period.parse("FY2020/21")));
    assertThat(fy20.path("features").path(1).path("properties").path("vc_events").asLong()).isZero();
    assertThat(fy20.path("features").path(1).path("properties").path("rank").asLong()).isEqualTo(2);
    // Same result, same bytes.
    assertThat(worked().toGeoJson("npu", Period.parse("2021"))).isEqualTo(worked().toGeoJson("npu", Period.parse("2021")));
  }

  @Test
  void workedExampleGeoJsonIsPinnedByteForByte() throws Exception {
    // Written by the hand-built writer this one replaced: numbers, layout and escaping must not move.
    String pinned;
    try (InputStream in = GeoJsonAndSchoolsTest.class.getResourceAsStream("worked-npu-FY2021-22.geojson")) {
      pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    VcDataset data = WorkedExample.data();
    HotspotResult r =
        Hotspots.analyse(
            data, VcClassifier.classify(data, WorkedExample.AS_OF), WorkedExample.WEIGHT,
            Set.of("P1", "P2"), HotspotOptions.defaults());
    assertThat(r.toGeoJson("npu", Period.parse("FY2021/22"))).isEqualTo(pinned);
  }

  @Test
  void holesRunClockwiseAndWgs84AreasAreProjected() throws Exception {
    // A WGS84 square of 0.01 degrees with a hole, near Birmingham.
    String json =
        "{\"type\":\"Polygon\",\"coordinates\":[[[-1.91,52.47],[-1.90,52.47],[-1.90,52.48],[-1.91,52.48],[-1.91,52.47]],"
            + "[[-1.906,52.474],[-1.904,52.474],[-1.904,52.476],[-1.906,52.476],[-1.906,52.474]]]}";
    Area area = new Area("ward", "W1", "Ward \"One\"", OptionalLong.empty(), Area.Crs.WGS84, json);
    AreaLayer layer = AreaLayer.of("ward", List.of(area));
    assertThat(layer.locate(Coordinates.toGrid(LonLat.of(-1.908, 52.472)))).isEqualTo("W1");
    assertThat(layer.locate(Coordinates.toGrid(LonLat.of(-1.905, 52.475)))).isEqualTo(AreaLayer.UNASSIGNED); // hole
    VcDataset data = VcDataset.builder().addArea(area)
        .addCrime(Crime.builder().id("C1").hoCode("8N").committedOn(LocalDate.of(2020, 1, 1))
            .location(Coordinates.toGrid(LonLat.of(-1.908, 52.472))).build()).build();
    HotspotResult r = Hotspots.analyse(data, VcClassifier.classify(data, LocalDate.of(2020, 12, 31)), c -> 1);
    JsonNode g = new ObjectMapper().readTree(r.toGeoJson("ward", Period.parse("2020")));
    JsonNode f = g.path("features").path(0);
    assertThat(f.path("properties").path("name").asText()).isEqualTo("Ward \"One\"");
    assertThat(f.path("properties").path("population").isNull()).isTrue();
    assertThat(f.path("properties").path("rate_per_1000").isNull()).isTrue();
    JsonNode rings = f.path("geometry").path("coordinates");
    assertThat(isCcw(rings.get(0))).isTrue();
    assertThat(isCcw(rings.get(1))).isFalse();
    assertThat(rings.get(0).get(0).get(0).asDouble()).isBetween(-1.91001, -1.89999);
    assertThatThrownBy(() -> r.toGeoJson("lsoa", Period.parse("2020")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static boolean isCcw(JsonNode ring) {
    List<Coordinate> cs = new ArrayList<>();
    ring.forEach(p -> cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
    return Orientation.isCCW(cs.toArray(new Coordinate[0]));
  }

  @Test
  void nearestSchoolTiesGoToTheSmallerUrn() {
    VcDataset data = VcDataset.builder()
        .addSchool(School.builder().urn("200002").name("North").location(GridPoint.of(400000, 280300)).build())
        .addSchool(School.builder().urn("200001").name("South").location(GridPoint.of(400000, 279700)).build())
        .addSchool(School.builder().urn("200003").name("Far").location(GridPoint.of(401000, 280000)).build())
        .addCrime(Crime.builder().id("C1").hoCode("8N").committedOn(LocalDate.of(2020, 1, 1))
            .location(GridPoint.of(400000, 280000)).build())
        .build();
    HotspotResult r = Hotspots.analyse(data, VcClassifier.classify(data, LocalDate.of(2020, 12, 31)), c -> 1);
    // North and South are both 300 m away: 200001 < 200002.
    assertThat(r.schools().nearest()).containsExactly(new NearestSchool("C1", "200001", 300));
    // No areas: every crime is UNASSIGNED at no level, and no area lists schools.
    assertThat(r.schools().nearAreas()).isEmpty();
  }

  @Test
  void quartilesInterpolateBetweenOrderStatistics() {
    // 100, 200, 400, 800: h = 3p; median at 1.5 -> 300; lower at 0.75 -> 175; upper at 2.25 -> 500.
    DistanceSummary d = DistanceSummary.ofSorted(new double[] {100, 200, 400, 800});
    assertThat(d.median()).isEqualTo(300);
    assertThat(d.lowerQuartile()).isEqualTo(175);
    assertThat(d.upperQuartile()).isEqualTo(500);
    assertThat(d.mean()).isEqualTo(375);
    DistanceSummary one = DistanceSummary.ofSorted(new double[] {42});
    assertThat(one.lowerQuartile()).isEqualTo(42);
    assertThat(one.upperQuartile()).isEqualTo(42);
  }

  @Test
  void topKRoundsUpInDecimal() {
    // 0.07 x 100 is exactly 7 (in binary floating point it is 7.000000000000001 and would round to 8).
    assertThat(TenYearView.topK(0.07, 100)).isEqualTo(7);
    assertThat(TenYearView.topK(0.05, 20)).isEqualTo(1);
    assertThat(TenYearView.topK(0.05, 21)).isEqualTo(2);
    assertThat(TenYearView.topK(0.10, 659)).isEqualTo(66);
    assertThat(TenYearView.topK(0.05, 3)).isEqualTo(1); // at least one area
    assertThat(TenYearView.topK(0.05, 0)).isZero();
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> HotspotOptions.defaults().withTrendLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HotspotOptions.defaults().withConcentrationFractions(List.of(1.5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HotspotOptions.defaults().withSchoolDistanceMetres(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(HotspotOptions.defaults().withConcentrationFractions(List.of(0.1, 0.05)).concentrationFractions())
        .containsExactly(0.05, 0.1);
  }
}
