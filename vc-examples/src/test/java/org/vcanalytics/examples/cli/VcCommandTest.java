package org.vcanalytics.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcCommandTest {

  @TempDir Path tmp;

  @Test
  void validateExitCodes() throws IOException {
    // The README's sample package: every row accepted.
    assertThat(VcCommand.execute("validate", "--data", "../examples/sample-package")).isZero();
    // A rejected row: exit 1.
    Files.writeString(tmp.resolve("crimes.csv"), "crime_id,ho_code,committed_on\nC1,8N,2021-02-30\n");
    assertThat(VcCommand.execute("validate", "--data", tmp.toString())).isEqualTo(1);
    // A broken file, a missing folder, bad arguments: exit 2.
    Files.writeString(tmp.resolve("crimes.csv"), "id,code\n");
    assertThat(VcCommand.execute("validate", "--data", tmp.toString())).isEqualTo(2);
    assertThat(VcCommand.execute("validate", "--data", tmp.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(VcCommand.execute("validate")).isEqualTo(2);
    assertThat(VcCommand.execute("frobnicate")).isEqualTo(2);
    assertThat(VcCommand.execute("--help")).isZero();
  }
}
