package org.vcanalytics.examples.share;

import org.vcanalytics.examples.internal.OutputFiles;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.network.Pseudonymiser;

/**
 * "Shared tables disclose nothing": a differencing attack ({@link DifferencingAttack}) on the
 * {@code share/hotspots.csv} of a generated force of 3,000 people over ten years. It reads only the
 * written file; the truth is used only to check points of the attacker's feasible set.
 */
class SharedTablesAttackTest {

  @TempDir static Path tmp;
  static PipelineResult r;
  static Map<String, Long> truth = new TreeMap<>();
  static final Pseudonymiser KEY = Pseudonymiser.hmacSha256("a test key of sixteen bytes or more".getBytes(StandardCharsets.UTF_8));

  @BeforeAll
  static void force() {
    Path data = tmp.resolve("force");
    SyntheticForce.generate(data, new SyntheticForce.Settings(3_000, 10, 1, LocalDate.of(2024, 12, 31)));
    LoadResult l = VcPackage.load(data);
    r = Pipeline.run(l.dataset(), l.report(), LocalDate.of(2024, 12, 31), PipelineOptions.defaults(), s -> {});
    for (AreaFigures f : r.hotspots().figures()) {
      truth.put(HotspotDisclosure.key(f), f.vcEvents());
    }
  }

  /** The recovered counts are the true ones: the attack is sound. */
  private static void recoveredAreTrue(DifferencingAttack.Findings f) {
    f.recovered().forEach((k, v) -> assertThat(v).as(k).isEqualTo(truth.get(k)));
  }

  /** Before the fix: the file as it was written (`<5`, share_of_force, rank) gives counts away. */
  @Test
  void theFormerShareFileGivesCountsAway() throws IOException {
    Path file = tmp.resolve("former-hotspots.csv");
    formerHotspots(file, 5);
    DifferencingAttack.Findings f = DifferencingAttack.read(file).attack(truth, 5, false, List.of());
    System.out.printf("former share/hotspots.csv: %d withheld, %d recovered exactly%n", f.withheld().size(), f.recovered().size());
    recoveredAreTrue(f);
    assertThat(f.recovered()).hasSizeGreaterThan(100);
  }

  /** Primary suppression alone, even with the new marker and no derivable columns, gives counts away. */
  @Test
  void primarySuppressionAloneGivesCountsAway() throws IOException {
    Path out = tmp.resolve("primary-only");
    SharedOutputs.write(r, out, KEY, ShareOptions.defaults(), false);
    DifferencingAttack.Findings f = DifferencingAttack.read(out.resolve("hotspots.csv")).attack(truth, 5, false, List.of());
    System.out.printf("primary suppression only: %d withheld, %d recovered exactly%n", f.withheld().size(), f.recovered().size());
    recoveredAreTrue(f);
    assertThat(f.recovered()).isNotEmpty();
  }

  /** After the fix: no withheld count has min == max, and every one is moved by a checked witness. */
  @Test
  void theSharedTablesGiveNothingAway() throws IOException {
    Path out = tmp.resolve("share");
    List<Path> files = SharedOutputs.write(r, out, KEY, ShareOptions.defaults());
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("hotspots.csv", "links.csv", "network.graphml", "bias.csv", "report.html", "README.txt");
    // The shared dashboard holds exactly these protected figures: as many rows, the same withheld.
    List<String> csv = java.nio.file.Files.readAllLines(out.resolve("hotspots.csv"));
    long withheld = csv.stream().skip(1).filter(l -> l.split(",", -1)[4].equals(SharedOutputs.SUPPRESSED)).count();
    long[] rows = new long[2];
    org.vcanalytics.examples.report.DashboardFiles.data(out.resolve("report.html")).path("figures")
        .forEach(lv -> lv.forEach(ty -> ty.forEach(pt -> pt.forEach(row -> {
          rows[0]++;
          rows[1] += row.get(2).isNull() ? 1 : 0;
        }))));
    assertThat(rows[0]).isEqualTo(csv.size() - 1);
    assertThat(rows[1]).isEqualTo(withheld);
    CellSuppression.Result s = HotspotDisclosure.protect(r, ShareOptions.defaults(), true).counts();
    assertThat(s.unprotected()).isEmpty();

    DifferencingAttack attack = DifferencingAttack.read(out.resolve("hotspots.csv"));
    DifferencingAttack.Findings f = attack.attack(truth, 5, false, s.witnesses());
    System.out.printf("shared (honest attacker): %d withheld, %d recovered, %d shown movable, %d undecided; %d primary, %d secondary%n",
        f.withheld().size(), f.recovered().size(), f.safe().size(), f.undecided().size(), s.primary().size(), s.secondary().size());
    assertThat(f.withheld()).isEqualTo(s.suppressed());
    assertThat(f.recovered()).isEmpty();
    assertThat(f.undecided()).isEmpty();

    // An attacker who also knew which side of 5 each withheld count lies on (the file does not say).
    DifferencingAttack.Findings c = DifferencingAttack.read(out.resolve("hotspots.csv")).attack(truth, 5, true, List.of());
    System.out.printf("shared (attacker told each cell's side of the threshold): %d recovered%n", c.recovered().size());
    recoveredAreTrue(c);
  }

  /** share/hotspots.csv as SharedOutputs wrote it before the fix. */
  static void formerHotspots(Path file, int minCount) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("level,area_id,period,typology,vc_events,harm,offenders,victims,rate_per_1000,share_of_force,rank");
    for (AreaFigures f : r.hotspots().figures()) {
      boolean small = f.vcEvents() < minCount;
      lines.add(String.join(",",
          f.level(), '"' + f.areaId() + '"', f.period().label(), f.typology(),
          small ? "<" + minCount : Long.toString(f.vcEvents()),
          small ? "" : OutputFiles.fixed4(f.harm()),
          f.offenders() < minCount ? "<" + minCount : Long.toString(f.offenders()),
          f.victims() < minCount ? "<" + minCount : Long.toString(f.victims()),
          small || f.ratePer1000().isEmpty() ? "" : OutputFiles.fixed4(f.ratePer1000().getAsDouble()),
          small ? "" : String.format(java.util.Locale.ROOT, "%.4f", f.shareOfForce()),
          small || f.rank().isEmpty() ? "" : Integer.toString(f.rank().getAsInt())));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
