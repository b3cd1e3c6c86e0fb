package org.vcanalytics.network;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real public networks of ../shared/data/external, read in place (the POLE example has no
 * licence, so nothing of it is copied into the project). A test that needs one is skipped, saying
 * so, when the folder is absent.
 */
final class External {
  private External() {}

  static final Path ROOT = Path.of("../../shared/data/external");
  static final LocalDate DAY = LocalDate.of(2000, 1, 1);

  static Path file(String folder, String name) {
    Path p = ROOT.resolve(folder).resolve(name);
    assumeTrue(Files.exists(p), "skipped: " + p.toAbsolutePath().normalize() + " is absent (shared data not beside the project)");
    return p;
  }

  static List<String[]> csv(Path p) {
    try {
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8).subList(1, Files.readAllLines(p).size())) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POLE person id to "name surname". */
  static Map<String, String> polePeople() {
    Map<String, String> names = new HashMap<>();
    for (String[] r : csv(file("neo4j-pole", "crime-investigation.nodes.Person.csv"))) {
      names.put(r[0], r[3] + " " + r[1]); // :ID,surname,nhs_no,name,age,:LABEL
    }
    return names;
  }
}
