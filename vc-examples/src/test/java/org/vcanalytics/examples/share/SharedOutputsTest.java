package org.vcanalytics.examples.share;

import org.vcanalytics.examples.pipeline.AnalyseEndToEndTest;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import org.vcanalytics.examples.synthetic.SyntheticForce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.network.Pseudonymiser;

/** The share/ folder: same bytes for rows in any order, no person attributes, rounding, dominance. */
class SharedOutputsTest {
  @TempDir Path tmp;
  static final Pseudonymiser KEY = Pseudonymiser.hmacSha256("another test key, sixteen bytes+".getBytes(StandardCharsets.UTF_8));

  @Test
  void sameInputInAnyRowOrderGivesTheSameShareBytes() throws IOException {
    Path data = tmp.resolve("force");
    SyntheticForce.generate(data, new SyntheticForce.Settings(300, 3, 5, LocalDate.of(2024, 12, 31)));
    Path shuffled = tmp.resolve("shuffled");
    Files.createDirectories(shuffled);
    Random rnd = new Random(11);
    try (Stream<Path> files = Files.list(data)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (f.toString().endsWith(".csv") && lines.size() > 2) {
          List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
          Collections.shuffle(rows, rnd);
          rows.add(0, lines.get(0));
          lines = rows;
        }
        Files.write(shuffled.resolve(f.getFileName()), lines, StandardCharsets.UTF_8);
      }
    }
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    SharedOutputs.write(run(data), a, KEY, ShareOptions.defaults());
    SharedOutputs.write(run(shuffled), b, KEY, ShareOptions.defaults());
    for (String f : List.of("hotspots.csv", "links.csv", "network.graphml", "README.txt")) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
    String graph = Files.readString(a.resolve("network.graphml"));
    assertThat(graph).doesNotContain("for=\"node\"").doesNotContain("category").doesNotContain("harm");
    assertThat(Files.readString(a.resolve("README.txt"))).contains("[c]").contains("below 5").contains("50% from one crime");
    assertThat(Files.readString(a.resolve("hotspots.csv")).lines().findFirst().orElseThrow())
        .isEqualTo("level,area_id,period,typology,vc_events,harm,offenders,victims,rate_per_1000");
  }

  /** Rounding to 5 shows only multiples of 5; a shown cell is never dominated by one crime. */
  @Test
  void roundingAndDominance() throws IOException {
    Path data = tmp.resolve("force");
    SyntheticForce.generate(data, new SyntheticForce.Settings(3_000, 2, 3, LocalDate.of(2024, 12, 31)));
    PipelineResult r = run(data);
    Path out = tmp.resolve("share");
    SharedOutputs.write(r, out, KEY, ShareOptions.defaults().withRoundTo(5));
    List<Map<String, String>> rows = AnalyseEndToEndTest.read(out.resolve("hotspots.csv"));
    long shown = 0;
    for (Map<String, String> row : rows) {
      for (String c : List.of("vc_events", "offenders", "victims")) {
        String v = row.get(c);
        assertThat(v.equals(SharedOutputs.SUPPRESSED) || Long.parseLong(v) % 5 == 0).as(c + " " + v).isTrue();
      }
      shown += row.get("vc_events").equals(SharedOutputs.SUPPRESSED) ? 0 : 1;
    }
    assertThat(shown).isPositive();
    Map<String, Double> largest = new HashMap<>();
    HotspotDisclosure.cellFacts(r, largest, new HashMap<>());
    HotspotDisclosure.Outcome o = HotspotDisclosure.protect(r, ShareOptions.defaults(), true);
    long dominatedButLarge = 0;
    for (HotspotDisclosure.Shared s : o.rows()) {
      AreaFigures f = s.figure();
      if (!s.suppressed()) {
        assertThat(largest.get(HotspotDisclosure.key(f))).as(HotspotDisclosure.key(f)).isLessThanOrEqualTo(0.5 * f.harm());
      }
      dominatedButLarge += s.dominated() && f.vcEvents() >= 5 ? 1 : 0;
    }
    assertThat(dominatedButLarge).isPositive(); // the rule withholds cells the threshold would show
  }

  private static PipelineResult run(Path data) {
    LoadResult l = VcPackage.load(data);
    return Pipeline.run(l.dataset(), l.report(), LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
  }
}
