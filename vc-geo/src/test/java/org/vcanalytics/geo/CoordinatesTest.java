package org.vcanalytics.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.GridPoint;

class CoordinatesTest {

  // Ordnance Survey, "A guide to coordinate systems in Great Britain", annex C: the worked example of
  // the Transverse Mercator projection on the OSGB36 datum.
  static final GridPoint OS_EXAMPLE = GridPoint.of(651409.903, 313177.270);
  static final double OS_LAT = 52 + 39 / 60.0 + 27.2531 / 3600; // 52°39'27.2531"N
  static final double OS_LON = 1 + 43 / 60.0 + 4.5177 / 3600; //  1°43'4.5177"E

  @Test
  void ordnanceSurveyWorkedExampleOnOsgb36() {
    LonLat p = Coordinates.toOsgb36(OS_EXAMPLE);
    // 1e-7 degrees is about 1 cm.
    assertThat(p.lat()).isCloseTo(OS_LAT, within(1e-7));
    assertThat(p.lon()).isCloseTo(OS_LON, within(1e-7));
  }

  @Test
  void wgs84IsTheOsgb36PointShiftedByTheHelmertTransformation() {
    LonLat wgs = Coordinates.toWgs84(OS_EXAMPLE);
    // OSGB36 and WGS84 differ by roughly 100-150 m in England; here the shift is about 134 m (west
    // and north), and proj4j's EPSG:27700 gives lon 1.7160520, lat 52.6579786.
    double dLonMetres = (wgs.lon() - OS_LON) * 111_320 * Math.cos(Math.toRadians(OS_LAT));
    double dLatMetres = (wgs.lat() - OS_LAT) * 111_320;
    assertThat(Math.hypot(dLonMetres, dLatMetres)).isBetween(100.0, 160.0);
    assertThat(wgs.lon()).isCloseTo(1.7160520, within(1e-6));
    assertThat(wgs.lat()).isCloseTo(52.6579786, within(1e-6));
  }

  @Test
  void roundTripToTheCentimetre() {
    for (double[] en : new double[][] {{651409.903, 313177.270}, {406900, 286700}, {530000, 180000},
        {325000, 673000}, {150000, 40000}}) {
      GridPoint p = GridPoint.of(en[0], en[1]);
      GridPoint back = Coordinates.toGrid(Coordinates.toWgs84(p));
      assertThat(back.distanceTo(p)).isLessThan(0.01); // proj4j inverts the Helmert shift iteratively
    }
  }

  @Test
  void outsideGreatBritainIsRefused() {
    assertThatThrownBy(() -> Coordinates.toGrid(LonLat.of(2.35, 48.85))) // Paris
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside Great Britain");
  }

  /**
   * The ONS gives every Birmingham LSOA's population-weighted centroid both on the grid ({@code
   * bng_e}, {@code bng_n}, whole metres) and as {@code lat}/{@code long} (4 to 5 decimals: up to about
   * 6 m of rounding in latitude). Converted with proj4j, the two agree within Helmert accuracy plus
   * that rounding.
   */
  @Test
  void birminghamLsoaCentroidsAgreeWithTheOnsGridReferences() {
    JsonNode features = SharedData.json(SharedData.LSOA).path("features");
    double[] errors = new double[features.size()];
    int i = 0;
    for (JsonNode f : features) {
      JsonNode p = f.path("properties");
      GridPoint ons = GridPoint.of(p.path("bng_e").asDouble(), p.path("bng_n").asDouble());
      GridPoint ours = Coordinates.toGrid(LonLat.of(p.path("long").asDouble(), p.path("lat").asDouble()));
      errors[i++] = ours.distanceTo(ons);
    }
    Arrays.sort(errors);
    assertThat(errors).hasSize(659);
    double median = errors[errors.length / 2];
    double max = errors[errors.length - 1];
    assertThat(median).as("median error in metres").isLessThan(5);
    assertThat(max).as("largest error in metres").isLessThan(10);
  }
}
