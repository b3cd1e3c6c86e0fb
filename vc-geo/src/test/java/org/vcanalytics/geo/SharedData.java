package org.vcanalytics.geo;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

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
 * directory), which is not part of the repository. A test that needs a file of it is skipped when the
 * file is absent — unless the system property {@value #REQUIRED} is {@code true} (as in CI), when it
 * fails, naming the missing file.
 */
public final class SharedData {

  /** The system property that turns a skip for absent shared data into a failure: {@value}. */
  public static final String REQUIRED = "vc.requireSharedData";

  public static final Path EXTERNAL = Path.of("..", "..", "shared", "data", "external");
  public static final Path LSOA =
      EXTERNAL.resolve("birmingham-lsoa21").resolve("boundaries-lsoa-birmingham.geojson");
  public static final Path POSTCODE_B = EXTERNAL.resolve("uk-postcode-districts").resolve("B.geojson");
  public static final Path CRIMES =
      EXTERNAL.resolve("birmingham-centre-crime-2017").resolve("crimeclean.csv");

  private static final ObjectMapper JSON = new ObjectMapper();

  private SharedData() {}

  /**
   * @param p a file of the shared folder
   * @return the file, when it is there
   */
  public static Path require(Path p) {
    return require(p, Boolean.getBoolean(REQUIRED));
  }

  /** As {@link #require(Path)}, with the property's value given: failing when required, else skipping. */
  static Path require(Path p, boolean required) {
    if (!Files.isRegularFile(p)) {
      String where = p.toAbsolutePath().normalize().toString();
      if (required) {
        fail(
            "the real-data file " + where + " is absent, and " + REQUIRED + " is true: put the"
                + " project's shared data folder in place (it is not in the repository)");
      }
      abort(
          "skipped: the real-data file " + where
              + " is absent (it lives in the project's shared data folder, not in the repository)");
    }
    return p;
  }

  /** @return a JSON file of the shared folder, read */
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
