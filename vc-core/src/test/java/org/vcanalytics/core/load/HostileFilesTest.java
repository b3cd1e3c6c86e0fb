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

  // ---------------------------------------------------------------------------------------------
  // 4. A broken file that is not CSV is not echoed.

  private static final String PASSWD =
      "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";

  @Test
  void aPasswordFileGivenAsPeopleIsNotEchoed() throws IOException {
    write("crimes.csv", CRIMES);
    write("people.csv", PASSWD);
    BrokenFileException e = brokenLoad(dir);
    assertThat(e.getMessage())
        .isEqualTo(
            "people.csv line 1: wrong header: required column person_id is missing; the first line"
                + " does not look like a CSV header (not shown). Is this the right file, and is it CSV?")
        .doesNotContain("root");
  }

  @Test
  void aLinkToAPasswordFileIsNotEchoedEither() throws IOException {
    Path secret = dir.resolve("elsewhere");
    Files.writeString(secret, PASSWD);
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Files.writeString(pkg.resolve("crimes.csv"), CRIMES);
    try {
      Files.createSymbolicLink(pkg.resolve("people.csv"), secret);
    } catch (UnsupportedOperationException | IOException ex) {
      Assumptions.abort("symbolic links are not available here: " + ex);
    }
    assertThat(brokenLoad(pkg).getMessage()).doesNotContain("root").doesNotContain("/bin");
  }

  @Test
  void aBinaryThatHappensToBeUtf8IsNotEchoed() throws IOException {
    // An ELF-like header: valid UTF-8 full of control characters.
    write("crimes.csv", CRIMES);
    Files.write(
        dir.resolve("custody.csv"),
        "\u007FELF\u0002\u0001\u0001\u0000\u0000\u0000secret,\u0003\u0000>\u0000\n".getBytes(StandardCharsets.UTF_8));
    BrokenFileException e = brokenLoad(dir);
    assertThat(e.getMessage()).startsWith("custody.csv line 1: wrong header").doesNotContain("ELF").doesNotContain("secret");
    assertNoControlCharacters(e.getMessage());
  }

  @Test
  void aLikelyHeaderIsEchoedWithinEightyCharacters() throws IOException {
    // Several name-like columns: echoed, capped at 80 characters.
    String header = "crime_id,code,committed_on," + "extra_column_".repeat(10);
    write("crimes.csv", header + "\nC1,8N,2024-01-01,x\n");
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo(
            "crimes.csv line 1: wrong header: required column ho_code is missing; the header reads '"
                + header.substring(0, 80) + "…'. Is this the right file, and is it CSV?");
  }

  @Test
  void aGeoJsonFileThatIsNotJsonIsNotEchoed() throws IOException {
    write("crimes.csv", CRIMES);
    write("areas.geojson", PASSWD);
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo("areas.geojson line 1: is not JSON: a GeoJSON file starts with '{' (its content is not shown)");
  }

  @Test
  void brokenFileMessagesHoldNoControlCharacters() throws IOException {
    write("crimes.csv", CRIMES);
    write(
        "areas.geojson",
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:\\u001b[2J9999\"}},\"features\":[]}");
    BrokenFileException e = brokenLoad(dir);
    assertThat(e.getMessage())
        .isEqualTo("areas.geojson: names coordinate system 'EPSG:\\u001B[2J9999'; expected EPSG:27700 or WGS84");
    // A folder whose name holds a line break and an ESC: the path is escaped in the message.
    Path odd = dir.resolve("odd\nname\u001B");
    try {
      Files.createDirectories(odd);
    } catch (IOException | java.nio.file.InvalidPathException ex) {
      Assumptions.abort("the file system refuses such names: " + ex);
    }
    BrokenFileException missing = brokenLoad(odd);
    assertThat(missing.getMessage()).contains("odd\\u000Aname\\u001B");
    assertNoControlCharacters(missing.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Pipes and devices are refused, not read.

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // guards a hang only
  void aFifoIsRefusedNotRead() throws Exception {
    write("crimes.csv", CRIMES);
    Path fifo = dir.resolve("people.csv");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException ex) {
      Assumptions.abort("mkfifo is not available: " + ex);
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    // Opening a FIFO with no writer blocks forever: the load must not open it.
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo("people.csv: is not a regular file (a pipe, a device or a folder); give a file");
  }

  @Test
  void aLinkToADeviceOrAFolderIsRefused() throws IOException {
    write("crimes.csv", CRIMES);
    Path device = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(device), "no /dev/zero here");
    try {
      Files.createSymbolicLink(dir.resolve("intel.csv"), device);
    } catch (UnsupportedOperationException | IOException ex) {
      Assumptions.abort("symbolic links are not available here: " + ex);
    }
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo("intel.csv: is not a regular file (a pipe, a device or a folder); give a file");
    Files.delete(dir.resolve("intel.csv"));
    Files.createDirectories(dir.resolve("areas.geojson"));
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo("areas.geojson: is not a regular file (a pipe, a device or a folder); give a file");
  }

  @Test
  void aLinkToNothingIsABrokenFileNotAnAbsentOne() throws IOException {
    write("crimes.csv", CRIMES);
    try {
      Files.createSymbolicLink(dir.resolve("people.csv"), dir.resolve("no-such-file.csv"));
    } catch (UnsupportedOperationException | IOException ex) {
      Assumptions.abort("symbolic links are not available here: " + ex);
    }
    // Read as absent, people.csv would silently stop being the register.
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo("people.csv: is a link to a file that does not exist; give the file itself");
  }

  @Test
  void aLinkToARegularFileIsRead() throws IOException {
    Path real = dir.resolve("real-crimes.csv");
    Files.writeString(real, CRIMES);
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    try {
      Files.createSymbolicLink(pkg.resolve("crimes.csv"), real);
    } catch (UnsupportedOperationException | IOException ex) {
      Assumptions.abort("symbolic links are not available here: " + ex);
    }
    assertThat(VcPackage.load(pkg).dataset().crimes()).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------
  // 6. The area file's size limit.

  @Test
  void a200MbAreaFileIsRefusedWithItsSizeAndTheLimit() throws IOException {
    write("crimes.csv", CRIMES);
    // A sparse file: 200,000,000 bytes long, next to nothing on disk.
    try (RandomAccessFile f = new RandomAccessFile(dir.resolve("areas.geojson").toFile(), "rw")) {
      f.setLength(200_000_000L);
    }
    assertThat(brokenLoad(dir).getMessage())
        .isEqualTo(
            "areas.geojson: is 200000000 bytes (200.0 MB), over the limit of 100000000 bytes"
                + " (100.0 MB) for an area file (the whole file is held in memory while it is"
                + " checked); simplify the boundaries, or raise the limit with"
                + " LoadOptions.withMaxAreasBytes");
  }

  @Test
  void theAreaLimitIsAnOption() throws IOException {
    write("crimes.csv", CRIMES);
    String areas =
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"level\":\"npu\",\"id\":\"N1\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[400000,280000],[401000,280000],[401000,281000],[400000,280000]]]}}]}";
    write("areas.geojson", areas);
    long size = areas.length(); // ASCII: one byte a character
    // At the limit it is read; one byte under the size it is refused.
    assertThat(VcPackage.load(dir, LoadOptions.defaults().withMaxAreasBytes(size)).dataset().areas()).hasSize(1);
    assertThatThrownBy(() -> VcPackage.load(dir, LoadOptions.defaults().withMaxAreasBytes(size - 1)))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageStartingWith("areas.geojson: is " + size + " bytes");
    assertThat(LoadOptions.defaults().maxAreasBytes()).isEqualTo(100_000_000L);
  }
}
