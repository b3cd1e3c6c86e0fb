package org.vcanalytics.geo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.vcanalytics.core.Area;

/**
 * The real public data of the project's shared folder (../../shared/data/external from the module
 * directory), which is not part of the repository: tests that need it are skipped when it is absent.
 */
public final class SharedData {

  public static final Path EXTERNAL = Path.of("..", "..", "shared", "data", "external");
  public static final Path LSOA =
      EXTERNAL.resolve("birmingham-lsoa21").resolve("boundaries-lsoa-birmingham.geojson");
  public static final Path POSTCODE_B = EXTERNAL.resolve("uk-postcode-districts").resolve("B.geojson");
  public static final Path CRIMES =
      EXTERNAL.resolve("birmingham-centre-crime-2017").resolve("crimeclean.csv");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  public static Path require(Path p) {
    assumeTrue(
        Files.isRegularFile(p),
        "skipped: the real-data file " + p.toAbsolutePath().normalize()
            + " is absent (it lives in the project's shared data folder, not in the repository)");
    return p;
  }

  public static JsonNode json(Path p) {
    try {
      return JSON.readTree(require(p).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The features of a WGS84 GeoJSON file as areas of a level, id from the named property. */
  public static List<Area> areas(Path p, String level, String idProperty) {
    List<Area> out = new ArrayList<>();
    for (JsonNode f : json(p).path("features")) {
      String id = f.path("properties").path(idProperty).asText();
      out.add(
          new Area(level, id, id, OptionalLong.empty(), Area.Crs.WGS84, f.path("geometry").toString()));
    }
    return out;
  }
}
