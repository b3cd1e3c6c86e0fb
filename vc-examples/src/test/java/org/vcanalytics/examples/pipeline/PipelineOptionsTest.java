package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.geo.PeriodType;

class PipelineOptionsTest {

  @TempDir Path tmp;

  @Test
  void anEmptyFileIsTheDefaultsAndOneFieldChangesOneThing() throws IOException {
    Files.writeString(tmp.resolve("empty.json"), "{}");
    assertThat(PipelineOptions.read(tmp.resolve("empty.json"))).isEqualTo(PipelineOptions.defaults());
    Files.writeString(
        tmp.resolve("one.json"),
        "{\"harm\": {\"highHarmFraction\": 0.05}, \"hotspots\": {\"periods\": [\"YEAR\"], \"schoolDistanceMetres\": 250}}");
    PipelineOptions o = PipelineOptions.read(tmp.resolve("one.json"));
    assertThat(o.harmOptions().highHarmFraction()).isEqualTo(0.05);
    assertThat(o.harmOptions().windowDays()).isEqualTo(730);
    assertThat(o.hotspotOptions().periods()).containsExactly(PeriodType.YEAR);
    assertThat(o.hotspotOptions().schoolDistanceMetres()).isEqualTo(250);
    assertThat(o.classifier().definition().name()).isEqualTo("PHYSICAL_VIOLENCE");
  }

  @Test
  void theWrittenOptionsReadBackEqual() throws IOException {
    Files.writeString(tmp.resolve("all.json"), PipelineOptions.defaults().toJson());
    assertThat(PipelineOptions.read(tmp.resolve("all.json"))).isEqualTo(PipelineOptions.defaults());
  }

  @Test
  void aMisspeltOptionIsAnError() throws IOException {
    Files.writeString(tmp.resolve("bad.json"), "{\"harm\": {\"highHarmFracton\": 0.05}}");
    assertThatThrownBy(() -> PipelineOptions.read(tmp.resolve("bad.json")))
        .hasMessageContaining("unknown option harm.highHarmFracton")
        .hasMessageContaining("highHarmFracton");
  }
}
