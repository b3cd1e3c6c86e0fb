package org.vcanalytics.examples.pipeline;

import org.vcanalytics.examples.cli.VcCommand;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vc analyse} on the sample package: the outputs' invariants, and the same bytes for shuffled input. */
public class AnalyseEndToEndTest {

  @TempDir Path tmp;

  /** @return a CSV file as rows of column → value */
  public static List<Map<String, String>> read(Path csv) throws IOException {
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      return it.readAll();
    }
  }

  @Test
  void outputsHoldTogether() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31", "--out", out.toString()))
        .isZero();
    for (String f : List.of("events.csv", "people.csv", "links.csv", "rejections.csv", "summary.json", "options.json", "network.graphml", "network.gexf", "network.cyjs", "hotspots.csv", "hotspots.geojson", "report.html", "grid.csv", "travel.csv", "schools.csv", "factors.csv")) {
      assertThat(out.resolve(f)).exists();
    }
    // Every person once; the categories partition them.
    List<Map<String, String>> people = read(out.resolve("people.csv"));
    Set<String> ids = new HashSet<>();
    people.forEach(p -> assertThat(ids.add(p.get("person_id"))).isTrue());
    assertThat(ids).hasSize(5);
    assertThat(people).allSatisfy(p -> assertThat(p.get("category")).isIn("HIGH_HARM", "INVOLVED", "CONNECTED", "NONE"));
    // Events: the worked example of docs/definitions.md.
    List<Map<String, String>> events = read(out.resolve("events.csv"));
    assertThat(events).extracting(e -> e.get("crime_id") + " " + e.get("violent") + " " + e.get("typologies"))
        .containsExactly(
            "C001 true KNIFE;YOUTH;OCG;VAW",
            "C002 true GUN;OCG",
            "C003 true YOUTH;OCG;DOMESTIC;VAW;ROBBERY_PERSONAL",
            "C004 false ");
    // The sum of vc_events over people is at least the violent crimes with an offender or suspect:
    // C001, C002 and C003 each have one, so at least 3 (a crime with two offenders counts twice).
    Set<String> violentCrimes = new HashSet<>();
    events.stream().filter(e -> e.get("violent").equals("true")).forEach(e -> violentCrimes.add(e.get("crime_id")));
    Set<String> withOffender = new HashSet<>();
    for (Map<String, String> i : read(Path.of("../examples/sample-package/involvements.csv"))) {
      if (violentCrimes.contains(i.get("crime_id")) && (i.get("role").equalsIgnoreCase("OFFENDER") || i.get("role").equalsIgnoreCase("SUSPECT"))) {
        withOffender.add(i.get("crime_id"));
      }
    }
    long vcEvents = people.stream().mapToLong(p -> Long.parseLong(p.get("vc_events"))).sum();
    assertThat(withOffender).hasSize(3);
    assertThat(vcEvents).isGreaterThanOrEqualTo(withOffender.size());
    // Links: a < b, weights in [0, 1].
    for (Map<String, String> l : read(out.resolve("links.csv"))) {
      assertThat(l.get("person_a")).isLessThan(l.get("person_b"));
      assertThat(Double.parseDouble(l.get("weight"))).isBetween(0.0, 1.0);
    }
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"HIGH_HARM\" : 1");
    assertThat(reconciledLevels(out)).isNotEmpty();
  }

  /**
   * hotspots.csv reconciles with events.csv: for every level and calendar year, the areas (and
   * UNASSIGNED) add up to the violent crimes committed that year.
   *
   * @return the levels checked
   */
  static Set<String> reconciledLevels(Path out) throws IOException {
    Map<String, Long> violentByYear = new java.util.TreeMap<>();
    for (Map<String, String> e : read(out.resolve("events.csv"))) {
      if (e.get("violent").equals("true")) {
        violentByYear.merge(e.get("committed_on").substring(0, 4), 1L, Long::sum);
      }
    }
    Map<String, Long> byLevelYear = new java.util.TreeMap<>();
    for (Map<String, String> h : read(out.resolve("hotspots.csv"))) {
      if (h.get("typology").equals("ALL") && h.get("period").matches("\\d{4}")) {
        byLevelYear.merge(h.get("level") + " " + h.get("period"), Long.parseLong(h.get("vc_events")), Long::sum);
      }
    }
    byLevelYear.forEach((k, v) -> assertThat(v).as(k).isEqualTo(violentByYear.get(k.split(" ")[1])));
    Set<String> levels = new java.util.TreeSet<>();
    byLevelYear.keySet().forEach(k -> levels.add(k.split(" ")[0]));
    return levels;
  }

  /** A generated force, analysed: the invariants of every output. */
  @Test
  void aGeneratedForceEndToEnd() throws IOException {
    Path data = tmp.resolve("force");
    Path out = tmp.resolve("force-out");
    assertThat(VcCommand.execute("generate", "--out", data.toString(), "--people", "600", "--years", "4", "--seed", "3")).isZero();
    assertThat(VcCommand.execute("validate", "--data", data.toString())).isZero(); // nothing rejected
    assertThat(VcCommand.execute("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString())).isZero();

    // Every person once, in one category each.
    List<Map<String, String>> people = read(out.resolve("people.csv"));
    assertThat(people).hasSize(600);
    assertThat(people.stream().map(p -> p.get("person_id")).distinct().count()).isEqualTo(600);
    Map<String, Long> categories = new java.util.TreeMap<>();
    people.forEach(p -> categories.merge(p.get("category"), 1L, Long::sum));
    assertThat(categories.keySet()).isSubsetOf("HIGH_HARM", "INVOLVED", "CONNECTED", "NONE");
    assertThat(categories.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(600);
    assertThat(categories.get("HIGH_HARM")).isPositive();

    // events.csv and hotspots.csv reconcile, for every level and year.
    assertThat(reconciledLevels(out)).containsExactlyInAnyOrder("lsoa", "neighbourhood", "npu");

    // Links: each pair once, a < b, weights in [0, 1].
    Set<String> pairs = new HashSet<>();
    for (Map<String, String> l : read(out.resolve("links.csv"))) {
      assertThat(l.get("person_a")).isLessThan(l.get("person_b"));
      assertThat(pairs.add(l.get("person_a") + " " + l.get("person_b"))).isTrue();
      assertThat(Double.parseDouble(l.get("weight"))).isBetween(0.0, 1.0);
    }
    assertThat(pairs).isNotEmpty();
    assertThat(org.vcanalytics.examples.report.DashboardFiles.data(out.resolve("report.html")).path("advisory").asText())
        .isEqualTo(org.vcanalytics.examples.report.Report.ADVISORY);
    // grid.csv: every violent crime with a location counted in exactly one cell. A crime is located
    // when its crimes.csv row gives an easting and a northing (nothing was rejected or dropped).
    Set<String> withLocation = new HashSet<>();
    for (Map<String, String> c : read(data.resolve("crimes.csv"))) {
      if (!c.get("easting").isEmpty() && !c.get("northing").isEmpty()) {
        withLocation.add(c.get("crime_id"));
      }
    }
    long located = 0;
    long violent = 0;
    for (Map<String, String> e : read(out.resolve("events.csv"))) {
      if (e.get("violent").equals("true")) {
        violent++;
        located += withLocation.contains(e.get("crime_id")) ? 1 : 0;
      }
    }
    assertThat(located).isPositive().isLessThan(violent); // 1 in 50 crimes has no location
    long inGrid = read(out.resolve("grid.csv")).stream().mapToLong(c -> Long.parseLong(c.get("vc_events"))).sum();
    assertThat(inGrid).isEqualTo(located);
    assertThat(read(out.resolve("grid.csv"))).allSatisfy(c -> assertThat(c.get("class"))
        .isIn("persistent", "emerging", "former", "intermittent", "none"));
  }

  @Test
  void sharedOutputsArePseudonymisedAndSuppressSmallCounts() throws IOException {
    Path key = tmp.resolve("key");
    Files.writeString(key, "a secret key of the force, kept apart");
    Path out = tmp.resolve("out");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31",
        "--out", out.toString(), "--share-key", key.toString())).isZero();
    Path share = out.resolve("share");
    assertThat(share.resolve("people.csv")).doesNotExist();
    for (String f : List.of("links.csv", "network.graphml", "hotspots.csv")) {
      assertThat(Files.readString(share.resolve(f))).as(f).doesNotContainPattern("P00[0-9]");
    }
    // The sample has at most 3 violent crimes in any area: every count is below 5, so suppressed.
    for (Map<String, String> h : read(share.resolve("hotspots.csv"))) {
      assertThat(h.get("vc_events")).isEqualTo("[c]");
      assertThat(h.get("harm")).isEqualTo("[c]");
      assertThat(h).doesNotContainKeys("rank", "share_of_force");
    }
    assertThat(read(share.resolve("links.csv"))).hasSize(3);
    // A key too short is refused: exit 2.
    Files.writeString(key, "short");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31",
        "--out", out.toString(), "--share-key", key.toString())).isEqualTo(2);
  }

  @Test
  void sameInputInAnyRowOrderGivesTheSameBytes() throws IOException {
    Path shuffled = tmp.resolve("shuffled");
    Files.createDirectories(shuffled);
    Random r = new Random(42);
    try (Stream<Path> files = Files.list(Path.of("../examples/sample-package"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (f.toString().endsWith(".csv") && lines.size() > 2) {
          List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
          Collections.shuffle(rows, r);
          rows.add(0, lines.get(0));
          lines = rows;
        }
        Files.write(shuffled.resolve(f.getFileName()), lines, StandardCharsets.UTF_8);
      }
    }
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31", "--out", a.toString());
    VcCommand.execute("analyse", "--data", shuffled.toString(), "--as-of", "2024-12-31", "--out", b.toString());
    for (String f : List.of("events.csv", "people.csv", "links.csv", "summary.json", "options.json", "network.graphml", "network.gexf", "network.cyjs", "hotspots.csv", "hotspots.geojson", "report.html", "grid.csv", "travel.csv", "schools.csv", "factors.csv")) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
  }
}
