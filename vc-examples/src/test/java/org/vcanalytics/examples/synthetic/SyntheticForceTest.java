package org.vcanalytics.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.DataContract;
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

  @Test
  void eachHeaderIsTheContractsColumnsTheGeneratorFillsInContractOrder() throws IOException {
    SyntheticForce.generate(tmp.resolve("a"), SMALL);
    for (DataContract.FileSpec f : DataContract.files()) {
      if (!f.file().endsWith(".csv")) {
        continue;
      }
      List<String> header = List.of(Files.readAllLines(tmp.resolve("a").resolve(f.file())).get(0).split(",", -1));
      List<String> contract = f.names();
      assertThat(contract).as(f.file()).containsAll(header);
      assertThat(header).as(f.file()).isSortedAccordingTo(java.util.Comparator.comparing(contract::indexOf));
      assertThat(header)
          .as(f.file())
          .containsAll(f.columns().stream().filter(DataContract.ColumnSpec::required).map(DataContract.ColumnSpec::name).toList());
    }
    assertThat(VcPackage.load(tmp.resolve("a")).report().warnings()).noneMatch(w -> w.contains("not in the data contract"));
  }

  @Test
  void aHeaderOutOfLineWithTheContractIsRefused() {
    assertThat(SyntheticForce.header("ocg.csv", "person_id", "ocg_id", "from")).isEqualTo("person_id,ocg_id,from\n");
    assertThatThrownBy(() -> SyntheticForce.header("ocg.csv", "person_id", "ocg_id", "from", "nickname"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nickname");
    assertThatThrownBy(() -> SyntheticForce.header("ocg.csv", "ocg_id", "person_id", "from"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ocg.csv: the generator writes [ocg_id, person_id, from] but the data contract's columns,"
            + " required ones included, in its order, are [person_id, ocg_id, from]");
    assertThatThrownBy(() -> SyntheticForce.header("ocg.csv", "person_id", "from"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[person_id, ocg_id, from]");
  }
}
