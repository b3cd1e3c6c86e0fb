package org.vcanalytics.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;

class SyntheticForceTest {

  @TempDir Path tmp;

  static final SyntheticForce.Settings SMALL = new SyntheticForce.Settings(400, 3, 7, LocalDate.of(2024, 12, 31));

  @Test
  void everyRowIsAcceptedAndTheForceHasItsShape() {
    SyntheticForce.Summary s = SyntheticForce.generate(tmp.resolve("a"), SMALL);
    // 400 people x 3 years x 0.3 = 360 crimes; 400 x 3 / 5 = 240 logs.
    assertThat(s.crimes()).isEqualTo(360);
    assertThat(s.intel()).isEqualTo(240);
    LoadResult r = VcPackage.load(tmp.resolve("a"));
    assertThat(r.report().rejections()).isEmpty();
    assertThat(r.dataset().people()).hasSize(400);
    assertThat(r.dataset().areas()).hasSize(659);
    assertThat(r.dataset().crimes()).allSatisfy(c -> assertThat(c.committedOn()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(r.dataset().crimes()).allSatisfy(c -> assertThat(c.areaCodes()).containsKeys("npu", "neighbourhood"));
  }

  @Test
  void theSameSettingsWriteTheSameBytes() throws IOException {
    SyntheticForce.generate(tmp.resolve("a"), SMALL);
    SyntheticForce.generate(tmp.resolve("b"), SMALL);
    for (String f : List.of("people.csv", "crimes.csv", "involvements.csv", "intel.csv", "intel_people.csv", "custody.csv", "ocg.csv", "schools.csv", "areas.geojson")) {
      assertThat(Files.mismatch(tmp.resolve("a").resolve(f), tmp.resolve("b").resolve(f))).as(f).isEqualTo(-1L);
    }
  }
}
