package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.geo.AreaLayer;

/**
 * The gap rule (docs/hotspots.md §1): a located crime in no polygon but within the tolerance of one
 * goes to the nearest, ties to the smallest id; farther, it stays UNASSIGNED. And the repair of an
 * invalid polygon on load.
 *
 * <pre>
 *   northing 281000 +-----------+   +-----------+
 *                   |  A        | g |  B        |      g: the 40 m gap, easting 401000-401040
 *                   |           | a |           |
 *                   |           | p |           |
 *   northing 280000 +-----------+   +-----------+
 *             400000       401000   401040     402040  easting
 * </pre>
 */
class GapRuleTest {

  static final Area A = rectangle("A", 400000, 401000);
  static final Area B = rectangle("B", 401040, 402040);
  static final AreaLayer LAYER = AreaLayer.of("npu", List.of(B, A));

  static Area rectangle(String id, double west, double east) {
    return WorkedExample.rectangle(id, west, east, OptionalLong.empty());
  }

  @Test
  void aPointInTheGapGoesToTheNearestAreaWithinTheTolerance() {
    // The point (401010, 280500) is in the gap: east of A's edge at easting 401000 and west of B's at
    // 401040. Its distance to A is 401010 - 401000 = 10 m, to B 401040 - 401010 = 30 m (both
    // straight east-west: the point's northing 280500 is between both rectangles' 280000 and
    // 281000). 10 m <= 25 m, the default tolerance, and 10 < 30: it goes to A.
    GridPoint p = GridPoint.of(401010, 280500);
    assertThat(LAYER.locate(p)).isEqualTo(AreaLayer.UNASSIGNED); // in no polygon
    assertThat(LAYER.locate(p, HotspotOptions.DEFAULT_GAP_TOLERANCE_METRES)).isEqualTo("A");
    // With a tolerance of 5 m neither area is near enough (10 > 5, 30 > 5).
    assertThat(LAYER.locate(p, 5)).isEqualTo(AreaLayer.UNASSIGNED);
    // Mirrored, (401030, 280500): 30 m from A, 10 m from B: B, although A's id is smaller.
    assertThat(LAYER.locate(GridPoint.of(401030, 280500), 25)).isEqualTo("B");
  }

  @Test
  void equallyNearAreasGoToTheSmallestIdAsOnABoundary() {
    // (401020, 280500) is the middle of the gap: 20 m from A and 20 m from B. A is the smaller id.
    assertThat(LAYER.locate(GridPoint.of(401020, 280500), 25)).isEqualTo("A");
  }

  @Test
  void beyondTheToleranceAPointStaysUnassigned() {
    // (400500, 281030) is 30 m north of A's north edge (281030 - 281000) and farther from B
    // (its nearest point of B is the corner (401040, 281000): sqrt(540² + 30²) = 540.8 m).
    GridPoint north = GridPoint.of(400500, 281030);
    assertThat(LAYER.locate(north, 25)).isEqualTo(AreaLayer.UNASSIGNED);
    assertThat(LAYER.locate(north, 30)).isEqualTo("A"); // exactly at the tolerance: within it
    assertThat(LAYER.locate(north, 0)).isEqualTo(AreaLayer.UNASSIGNED);
    // A point inside an area never moves, whatever the tolerance.
    assertThat(LAYER.locate(GridPoint.of(400995, 280500), 1000)).isEqualTo("A");
    assertThatThrownBy(() -> LAYER.locate(north, -1)).hasMessageContaining("was -1.0");
  }

  @Test
  void theHotspotsCountAGapCrimeInTheNearestAreaAndSayHowMany() {
    VcDataset.Builder b = VcDataset.builder().addArea(A).addArea(B);
    b.addCrime(crime("C1", GridPoint.of(401010, 280500))); // gap, 10 m from A: A
    b.addCrime(crime("C2", GridPoint.of(400500, 281030))); // 30 m from A: UNASSIGNED
    b.addCrime(crime("C3", GridPoint.of(401500, 280500))); // inside B
    b.addPerson(Person.builder().id("P1").home(GridPoint.of(401035, 280100)).build()); // 5 m from B
    b.addInvolvement("C3", "P1", Role.OFFENDER);
    VcDataset data = b.build();
    LocalDate asOf = LocalDate.of(2021, 12, 31);
    HotspotResult r =
        Hotspots.analyse(data, VcClassifier.classify(data, asOf), c -> 1, Set.of(), HotspotOptions.defaults());
    assertThat(r.areaOf("C1", "npu")).contains("A");
    assertThat(r.areaOf("C2", "npu")).contains(AreaLayer.UNASSIGNED);
    assertThat(r.areaOf("C3", "npu")).contains("B");
    assertThat(r.assignment()).containsExactly(new LevelAssignment("npu", 0, 1, 1, 0, 1, 0));
    // The home in the gap is placed by the same rule: P1 lives in B, where C3 is.
    assertThat(r.travel().journeys()).singleElement()
        .satisfies(j -> assertThat(j.homeAreas()).containsEntry("npu", "B"));
    // Tolerance 0: strict point-in-polygon, as before the rule (and as PostGIS ST_Covers).
    HotspotResult strict =
        Hotspots.analyse(data, VcClassifier.classify(data, asOf), c -> 1, Set.of(),
            HotspotOptions.defaults().withGapToleranceMetres(0));
    assertThat(strict.areaOf("C1", "npu")).contains(AreaLayer.UNASSIGNED);
    assertThat(strict.assignment()).containsExactly(new LevelAssignment("npu", 0, 1, 0, 0, 2, 0));
    assertThat(strict.travel().journeys().get(0).homeAreas()).containsEntry("npu", AreaLayer.UNASSIGNED);
  }

  @Test
  void aBowTieIsRepairedWithAWarningNamingTheAreaAndItsPointsAreAssigned() {
    // The ring (0,0) -> (100,100) -> (100,0) -> (0,100) -> (0,0), shifted onto the grid, crosses
    // itself at (50,50): two triangles, left (0,0) (0,100) (50,50) and right (100,0) (100,100) (50,50).
    double x = 400000, y = 280000;
    String json =
        String.format(
            java.util.Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.0f,%2$.0f],[%3$.0f,%4$.0f],[%3$.0f,%2$.0f],"
                + "[%1$.0f,%4$.0f],[%1$.0f,%2$.0f]]]}",
            x, y, x + 100, y + 100);
    Area bowTie = new Area("lsoa", "X1", "Bow tie", OptionalLong.empty(), Area.Crs.BRITISH_NATIONAL_GRID, json);
    Area square = new Area("lsoa", "X2", "Square", OptionalLong.empty(), Area.Crs.BRITISH_NATIONAL_GRID,
        rectangle("X2", 401000, 401100).geometryJson());
    AreaLayer layer = AreaLayer.of("lsoa", List.of(bowTie, square));
    assertThat(layer.repairs()).singleElement().asString()
        .startsWith("area lsoa/X1: the polygon is not valid (")
        .contains("Self-intersection")
        // JTS's area of the crossing ring is 0: the two lobes are traversed in opposite directions
        // and cancel. The repaired multipolygon has both: 2 × (100 × 50 / 2) = 5,000 m².
        .contains("repaired with JTS GeometryFixer, area 0.0 m² -> 5,000.0 m²");
    assertThat(new IsValidOp(layer.geometry("X1").orElseThrow()).isValid()).isTrue();
    assertThat(layer.geometry("X1").orElseThrow().getArea()).isEqualTo(5000.0); // two 2,500 m² triangles
    assertThat(layer.locate(GridPoint.of(x + 10, y + 50))).isEqualTo("X1"); // left triangle
    assertThat(layer.locate(GridPoint.of(x + 90, y + 50))).isEqualTo("X1"); // right triangle
    assertThat(layer.locate(GridPoint.of(x + 50, y + 10))).isEqualTo(AreaLayer.UNASSIGNED); // below the crossing
    // The gap rule measures to the repaired polygon: (x + 50, y + 45), just below the crossing, is
    // |50 - 45| / √2 = 3.5 m from the left triangle's edge on y = x (and as far from the right one's).
    assertThat(layer.locate(GridPoint.of(x + 50, y + 45))).isEqualTo(AreaLayer.UNASSIGNED);
    assertThat(layer.locate(GridPoint.of(x + 50, y + 45), 25)).isEqualTo("X1");
    // The repair is listed among the hotspot warnings too.
    VcDataset data = VcDataset.builder().addArea(bowTie).addCrime(crime("C1", GridPoint.of(x + 10, y + 50))).build();
    HotspotResult r = Hotspots.analyse(data, VcClassifier.classify(data, LocalDate.of(2021, 12, 31)), c -> 1);
    assertThat(r.areaOf("C1", "lsoa")).contains("X1");
    assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("area lsoa/X1: the polygon is not valid"));
  }

  @Test
  void theToleranceIsAnOptionReadAndWrittenAsJson() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HotspotOptions d = HotspotOptions.defaults();
    assertThat(d.gapToleranceMetres()).isEqualTo(25.0);
    assertThat(json.writeValueAsString(d)).contains("\"gapToleranceMetres\":25.0");
    HotspotOptions o = json.readValue("{\"gapToleranceMetres\": 0}", HotspotOptions.class);
    assertThat(o).isEqualTo(d.withGapToleranceMetres(0));
    assertThat(json.readValue(json.writeValueAsString(o), HotspotOptions.class)).isEqualTo(o);
    assertThatThrownBy(() -> d.withGapToleranceMetres(-2)).hasMessageContaining("gapToleranceMetres");
    assertThatThrownBy(() -> d.withGapToleranceMetres(Double.NaN)).hasMessageContaining("gapToleranceMetres");
  }

  static Crime crime(String id, GridPoint at) {
    return Crime.builder().id(id).hoCode("8N").committedOn(LocalDate.of(2021, 5, 1)).location(at).build();
  }
}
