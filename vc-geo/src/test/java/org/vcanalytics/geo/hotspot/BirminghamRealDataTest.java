package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Coordinates;
import org.vcanalytics.geo.LonLat;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.SharedData;

/**
 * Real data: West Midlands Police street crimes within a mile of Birmingham city centre, January to
 * November 2017 (data.police.uk, OGL v3), assigned to the 659 Birmingham LSOA 2021 polygons (ONS, OGL
 * v3) and the 77 B postcode districts (Wikipedia, CC BY-SA 3.0). The files stay in the shared data
 * folder; nothing of them is copied into the repository.
 *
 * <p>The {@code violent-crime} (3,174) and {@code robbery} (712) rows are the violent crimes, as 8N
 * and 34B; their police.uk snap points are WGS84 and are converted to the grid with {@link
 * Coordinates}. The check is independent of the library's projection and index: the same points
 * tested in WGS84 against every polygon of the original file with JTS {@code covers}, smallest id
 * winning.
 */
class BirminghamRealDataTest {

  record Row(String id, String type, LocalDate month, double lon, double lat) {}

  static List<Row> rows;
  static HotspotResult result;

  @BeforeAll
  static void load() throws IOException {
    rows = new ArrayList<>();
    CsvMapper csv = new CsvMapper();
    try (MappingIterator<Map<String, String>> it =
        csv.readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(SharedData.require(SharedData.CRIMES).toFile())) {
      while (it.hasNext()) {
        Map<String, String> r = it.next();
        String type = r.get("type");
        if (type.equals("violent-crime") || type.equals("robbery")) {
          rows.add(
              new Row(
                  "R" + r.get(""),
                  type,
                  LocalDate.parse(r.get("month") + "-01"),
                  Double.parseDouble(r.get("longitude")),
                  Double.parseDouble(r.get("latitude"))));
        }
      }
    }
    SharedData.require(SharedData.LSOA);
    SharedData.require(SharedData.POSTCODE_B);
    VcDataset.Builder b = VcDataset.builder();
    SharedData.areas(SharedData.LSOA, "lsoa", "lsoa21cd").forEach(b::addArea);
    SharedData.areas(SharedData.POSTCODE_B, "postcode_district", "name").forEach(b::addArea);
    for (Row r : rows) {
      b.addCrime(
          Crime.builder()
              .id(r.id())
              .hoCode(r.type().equals("robbery") ? "34B" : "8N")
              .committedOn(r.month())
              .location(Coordinates.toGrid(LonLat.of(r.lon(), r.lat())))
              .build());
    }
    VcDataset data = b.build();
    result =
        Hotspots.analyse(
            data,
            VcClassifier.classify(data, LocalDate.of(2017, 11, 30)),
            c -> 1,
            Set.of(),
            HotspotOptions.defaults().withPeriods(EnumSet.of(PeriodType.MONTH, PeriodType.YEAR)));
  }

  /** Brute force in WGS84: per area id, the rows whose point the area's polygon covers. */
  static Map<String, Long> bruteForce(java.nio.file.Path file, String idProperty) {
    GeoJsonReader reader = new GeoJsonReader();
    List<String> ids = new ArrayList<>();
    List<Geometry> polygons = new ArrayList<>();
    for (JsonNode f : SharedData.json(file).path("features")) {
      ids.add(f.path("properties").path(idProperty).asText());
      try {
        polygons.add(reader.read(f.path("geometry").toString()));
      } catch (ParseException e) {
        throw new IllegalStateException(e);
      }
    }
    GeometryFactory gf = new GeometryFactory();
    Map<List<Double>, String> byPoint = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    for (Row r : rows) {
      String area =
          byPoint.computeIfAbsent(
              List.of(r.lon(), r.lat()),
              k -> {
                Point p = gf.createPoint(new Coordinate(r.lon(), r.lat()));
                String best = AreaLayer.UNASSIGNED;
                for (int i = 0; i < polygons.size(); i++) {
                  if (polygons.get(i).covers(p)
                      && (best.equals(AreaLayer.UNASSIGNED) || ids.get(i).compareTo(best) < 0)) {
                    best = ids.get(i);
                  }
                }
                return best;
              });
      counts.merge(area, 1L, Long::sum);
    }
    return counts;
  }

  static Map<String, Long> counted(String level) {
    Map<String, Long> out = new HashMap<>();
    for (AreaFigures f : result.figures(level, Period.parse("2017"), "ALL")) {
      out.put(f.areaId(), f.vcEvents());
    }
    return out;
  }

  @Test
  void theViolentCrimeRowsOfTheSourceAreAllCounted() {
    // SOURCE.md: violent-crime 3,174 + robbery 712 = 3,886.
    assertThat(rows).hasSize(3886);
    assertThat(counted("lsoa").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3886);
    assertThat(counted("postcode_district").values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(3886);
    long months = 0;
    for (int m = 1; m <= 11; m++) {
      months += result.figures("lsoa", Period.parse(String.format("2017-%02d", m)), "ALL").stream()
          .mapToLong(AreaFigures::vcEvents).sum();
    }
    assertThat(months).isEqualTo(3886);
  }

  @Test
  void lsoaCountsAgreeWithBruteForceInWgs84() {
    Map<String, Long> expected = bruteForce(SharedData.LSOA, "lsoa21cd");
    assertThat(counted("lsoa")).isEqualTo(expected);
    // Every snap point lies in a Birmingham LSOA; the crimes fall in a few dozen of the 659.
    assertThat(expected).doesNotContainKey(AreaLayer.UNASSIGNED);
    // Pinned: 37 LSOAs; the busiest E01033620 (657) and E01033615 (653).
    assertThat(expected).hasSize(37);
    assertThat(expected).containsEntry("E01033620", 657L).containsEntry("E01033615", 653L);
  }

  @Test
  void postcodeDistrictCountsAgreeWithBruteForceInWgs84() {
    Map<String, Long> expected = bruteForce(SharedData.POSTCODE_B, "name");
    assertThat(counted("postcode_district")).isEqualTo(expected);
    // The city centre is B1-B5 and their neighbours.
    String busiest =
        expected.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertThat(busiest).matches("B[1-5]");
    // Pinned (recomputed here, 2017-01 to 2017-11): B5 984, B1 711, B4 604 of 3,886, in 13 districts.
    assertThat(expected).containsEntry("B5", 984L).containsEntry("B1", 711L).containsEntry("B4", 604L);
    assertThat(expected).hasSize(13);
    assertThat(result.figure("postcode_district", "B5", "2017", "ALL").orElseThrow().rank()).hasValue(1);
  }

  @Test
  void concentrationAgreesWithAnIndependentSum() {
    Map<String, Long> expected = bruteForce(SharedData.LSOA, "lsoa21cd");
    List<Long> desc = new ArrayList<>(expected.values());
    desc.sort(Comparator.reverseOrder());
    // 659 areas: the top 10 % is ceil(65.9) = 66 areas, the top 5 % ceil(32.95) = 33.
    long top66 = desc.stream().limit(66).mapToLong(Long::longValue).sum();
    long top33 = desc.stream().limit(33).mapToLong(Long::longValue).sum();
    Concentration c =
        result.concentration().stream()
            .filter(x -> x.level().equals("lsoa") && x.period().label().equals("2017")
                && x.typology().equals("ALL"))
            .findFirst()
            .orElseThrow();
    assertThat(c.areas()).isEqualTo(659);
    assertThat(c.top()).extracting(TopShare::areas).containsExactly(33, 66);
    assertThat(c.top().get(0).vcEvents()).isEqualTo(top33);
    assertThat(c.top().get(1).vcEvents()).isEqualTo(top66);
    assertThat(c.top().get(1).share().getAsDouble()).isCloseTo(top66 / 3886.0, within(1e-12));
  }

  @Test
  void geoJsonOfTheLsoasIsRfc7946AndAddsUp() throws IOException {
    String text = result.toGeoJson("lsoa", Period.parse("2017"));
    JsonNode fc = new ObjectMapper().readTree(text);
    assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.has("crs")).isFalse();
    JsonNode features = fc.path("features");
    assertThat(features).hasSize(659);
    long sum = fc.path("unassigned_vc_events").asLong();
    for (JsonNode f : features) {
      sum += f.path("properties").path("vc_events").asLong();
    }
    assertThat(sum).isEqualTo(3886);
    // The first vertex survives WGS84 -> grid -> WGS84 to within 1e-5 degrees (about a metre).
    JsonNode source = SharedData.json(SharedData.LSOA).path("features");
    Map<String, JsonNode> byId = new HashMap<>();
    source.forEach(f -> byId.put(f.path("properties").path("lsoa21cd").asText(), f));
    for (JsonNode f : features) {
      JsonNode ring = f.path("geometry").path("coordinates").path(0);
      JsonNode original = byId.get(f.path("properties").path("id").asText())
          .path("geometry").path("coordinates").path(0);
      assertThat(ring.size()).isEqualTo(original.size());
      boolean found = false;
      for (JsonNode v : original) { // rings may have been reversed to run anticlockwise
        if (Math.abs(v.get(0).asDouble() - ring.get(0).get(0).asDouble()) < 1e-5
            && Math.abs(v.get(1).asDouble() - ring.get(0).get(1).asDouble()) < 1e-5) {
          found = true;
        }
      }
      assertThat(found).as(f.path("properties").path("id").asText()).isTrue();
    }
  }
}
