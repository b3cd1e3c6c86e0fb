package org.vcanalytics.examples.internal;


import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path tmp;

  @Test
  void formulaCellsAreNeutralisedAndNumbersStayNumbers() {
    // OWASP: a text starting with = + - @ tab or CR gets a leading quote.
    assertThat(OutputFiles.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(OutputFiles.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(OutputFiles.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(OutputFiles.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(OutputFiles.cell("\tx")).isEqualTo("'\tx");
    assertThat(OutputFiles.cell("\rx")).isEqualTo("'\rx");
    // Numbers are left alone: a spreadsheet reads them as numbers, not formulas.
    assertThat(OutputFiles.cell("-0.4902")).isEqualTo("-0.4902");
    assertThat(OutputFiles.cell("+12")).isEqualTo("+12");
    assertThat(OutputFiles.cell("-1.5e3")).isEqualTo("-1.5e3");
    assertThat(OutputFiles.cell("P001")).isEqualTo("P001");
    assertThat(OutputFiles.cell("")).isEmpty();
  }

  @Test
  void csvFilesCarryTheNeutralisedCells() throws IOException {
    Path f = OutputFiles.csv(tmp.resolve("t.csv"), List.of("a", "b"), List.of(List.of("=1+1", "-0.5")));
    assertThat(Files.readString(f)).isEqualTo("a,b\n'=1+1,-0.5\n");
  }

  @Test
  void namesFromDataCannotLeaveTheFolder() {
    assertThat(OutputFiles.safeName("lsoa")).isEqualTo("lsoa");
    assertThat(OutputFiles.safeName("postcode_district")).isEqualTo("postcode_district");
    assertThat(OutputFiles.safeName("a/../../../tmp/pwned")).isEqualTo("a__________tmp_pwned");
    assertThat(OutputFiles.safeName("..")).isEqualTo("__");
    assertThat(OutputFiles.safeName("")).isEqualTo("_");
    assertThat(OutputFiles.safeName("x".repeat(1000))).hasSize(OutputFiles.MAX_NAME);
    assertThat(OutputFiles.safeName("C:\\Windows")).isEqualTo("C__Windows");
  }
}
