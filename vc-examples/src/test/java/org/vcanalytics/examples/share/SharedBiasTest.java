package org.vcanalytics.examples.share;

import org.vcanalytics.examples.cli.VcCommand;
import org.vcanalytics.examples.synthetic.SyntheticForce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** share/bias.csv: bias.csv with the same disclosure control as every shared table. */
class SharedBiasTest {

  @TempDir Path tmp;

  @Test
  void sharedBiasWithholdsSmallCountsAndEveryCountThatCouldBeWorkedBack() throws Exception {
    Path data = tmp.resolve("force");
    SyntheticForce.generate(data, new SyntheticForce.Settings(3_000, 10, 7, LocalDate.of(2024, 12, 31)));
    Path out = tmp.resolve("out");
    Path key = Files.write(tmp.resolve("key"), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        VcCommand.execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(err, true), "analyse",
            "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString(), "--share-key", key.toString());
    assertThat(code).as(err.toString()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("share").resolve("bias.csv"));
    assertThat(lines.get(0)).startsWith("dimension,value,category,people,share_of_category,people_in_data,share_of_data");
    // The force's own bias.csv has the same rows in the same order.
    List<String> own = Files.readAllLines(out.resolve("bias.csv"));
    assertThat(lines).hasSameSizeAs(own);
    int withheld = 0;
    Map<String, List<String>> byRelation = new HashMap<>();
    Map<String, Long> totals = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split(",", -1);
      String[] mine = own.get(i).split(",", -1);
      assertThat(c[0] + c[1] + c[2]).isEqualTo(mine[0] + mine[1] + mine[2]);
      if (c[3].equals(SharedOutputs.SUPPRESSED)) {
        withheld++;
        assertThat(c[4]).isEqualTo(SharedOutputs.SUPPRESSED); // the share would give the count away
      } else {
        long n = Long.parseLong(c[3]);
        assertThat(n == 0 || n >= 5).as(lines.get(i)).isTrue(); // no small count shown
        assertThat(c[3]).isEqualTo(mine[3]);
      }
      byRelation.computeIfAbsent(c[0] + "|" + c[2], k -> new ArrayList<>()).add(c[3]);
      totals.put(c[0] + "|" + c[2], Long.parseLong(c[7]));
    }
    // The small counts of a 3,000-person force's High Harm cohort by sex and age band are withheld.
    assertThat(withheld).isPositive();
    // Differencing: with the category total published, a relation with exactly one withheld cell gives
    // it away as the total minus the rest. None has exactly one.
    for (Map.Entry<String, List<String>> e : byRelation.entrySet()) {
      long hidden = e.getValue().stream().filter(SharedOutputs.SUPPRESSED::equals).count();
      assertThat(hidden).as(e.getKey() + " " + e.getValue()).isNotEqualTo(1);
      if (hidden >= 2) {
        // Two or more withheld cells must not be pinned either: their sum must leave room for more
        // than one split (a sum of h with h cells each at least 1 would pin every one of them at 1).
        long rest = totals.get(e.getKey())
            - e.getValue().stream().filter(v -> !v.equals(SharedOutputs.SUPPRESSED)).mapToLong(Long::parseLong).sum();
        assertThat(rest).as(e.getKey()).isGreaterThan(hidden);
      }
    }
  }
}
