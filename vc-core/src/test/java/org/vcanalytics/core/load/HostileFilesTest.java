package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input does nothing: a flood of columns gives one warning, a file that is not CSV is never
 * echoed, a pipe or a device is refused rather than read, and an area file too large to hold is
 * refused with its limit.
 */
class HostileFilesTest {

  @TempDir Path dir;

  private static final String CRIMES = "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n";

  private void write(String file, String text) throws IOException {
    Files.writeString(dir.resolve(file), text);
  }

  private static BrokenFileException brokenLoad(Path dir) {
    try {
      VcPackage.load(dir);
    } catch (BrokenFileException e) {
      return e;
    }
    throw new AssertionError("expected a broken file");
  }

  private static void assertNoControlCharacters(String message) {
    assertThat(message.chars().filter(c -> c < 0x20 || c == 0x7F)).as(message).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Unknown columns.

  @Test
  void aHundredThousandUnknownColumnsGiveOneWarningThatCountsThem() throws IOException {
    // 3 contract columns + 100,000 unknown ones, c1 to c100000; one row of 100,003 fields.
    StringBuilder header = new StringBuilder("crime_id,ho_code,committed_on");
    StringBuilder row = new StringBuilder("C1,8N,2024-01-01");
    for (int i = 1; i <= 100_000; i++) {
      header.append(",c").append(i);
      row.append(",x");
    }
    write("crimes.csv", header + "\n" + row + "\n");
    LoadResult r = VcPackage.load(dir);
    assertThat(r.dataset().crimes()).hasSize(1);
    List<String> aboutColumns =
        r.report().warnings().stream().filter(w -> w.contains("data contract")).toList();
    assertThat(aboutColumns)
        .containsExactly(
            "crimes.csv: 100000 columns are not in the data contract and were ignored: 'c1', 'c2',"
                + " 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', … (first 10 shown)");
  }

  @Test
  void anEchoedColumnNameIsCappedAndEscaped() throws IOException {
    // A 5,000-character column name and one holding ESC: each shown in at most 80 characters.
    String longName = "n".repeat(5_000);
    write("crimes.csv", "crime_id,ho_code,committed_on," + longName + ",red\u001B[31m\n" + "C1,8N,2024-01-01,x,y\n");
    List<String> warnings = VcPackage.load(dir).report().warnings();
    assertThat(warnings)
        .contains(
            "crimes.csv: 2 columns are not in the data contract and were ignored: '"
                + "n".repeat(80) + "…', 'red\\u001B[31m'");
    warnings.forEach(HostileFilesTest::assertNoControlCharacters);
  }
}
