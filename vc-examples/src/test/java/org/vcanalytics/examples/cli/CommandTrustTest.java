package org.vcanalytics.examples.cli;

import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.internal.OutputFolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user can do to {@code vc} that must end in one clear line and lose nothing: bad options,
 * bad arguments, an output folder that is the input, a stale or foreign output folder, hostile
 * values in the data.
 */
class CommandTrustTest {

  @TempDir Path tmp;

  private static final Path SAMPLE = Path.of("../examples/sample-package");

  /** The exit code and what was printed on the error stream. */
  record Run(int code, String err, String out) {
    /** The lines starting "vc:". */
    List<String> vcLines() {
      return err.lines().filter(l -> l.startsWith("vc:")).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VcCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, err.toString(), out.toString());
  }

  /** A user error: exit 2, exactly one "vc:" line as the last line, no stack trace. */
  static void assertOneLine(Run r, String... expected) {
    assertThat(r.code()).as(r.err()).isEqualTo(VcCommand.EXIT_BROKEN);
    assertThat(r.vcLines()).as(r.err()).hasSize(1);
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("vc:").contains(expected);
    assertThat(r.err()).doesNotContain("\tat ", "Exception in thread");
  }

  private Path options(String json) throws IOException {
    Path f = tmp.resolve("options-" + Integer.toHexString(json.hashCode()) + ".json");
    Files.writeString(f, json);
    return f;
  }

  /** A package whose crimes.csv is broken: an options error must be found before any data is read. */
  private Path brokenPackage() throws IOException {
    Path dir = tmp.resolve("broken");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("crimes.csv"), "not,a,vc,file\n");
    return dir;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"harm\": {\"highHarmFraction\": 0}}|highHarmFraction|0.0",
        "{\"harm\": {\"highHarmFraction\": 2}}|highHarmFraction|(0, 1]",
        "{\"harm\": {\"highHarmFraction\": \"NaN\"}}|highHarmFraction|NaN",
        "{\"harm\": {\"halfLifeDays\": 0}}|halfLifeDays|more than 0",
        "{\"harm\": {\"halfLifeDays\": -1}}|halfLifeDays|-1.0",
        "{\"harm\": {\"windowDays\": 0}}|windowDays|at least 1",
        "{\"network\": {\"windowDays\": -3}}|windowDays|-3",
        "{\"harm\": {\"recency\": \"weekly\"}}|recency|weekly",
        "{\"network\": {\"rolePairs\": [\"OFFENDER+JUDGE\"]}}|role pair|OFFENDER+JUDGE",
        "{\"typologies\": {\"youthMaxAge\": -1}}|youthMaxAge|-1",
        "{\"hotspots\": {\"trendLength\": 0}}|trendLength|was 0",
        "{\"hotspots\": {\"schoolDistanceMetres\": -5}}|schoolDistanceMetres|-5.0",
        "null|null|{}",
        "{\"harm\": null}|harm|null",
        "{\"harm\": {\"recentDays\": null}}|harm.recentDays|null",
        "{\"harm\": {\"windowDays\": 100}, \"harm\": {\"windowDays\": 200}}|Duplicate|harm",
        "{\"harm\": {\"windowDays\": 100, \"windowDays\": 200}}|Duplicate|windowDays",
        "{\"harm\": {\"highHarmFracton\": 0.05}}|unknown option harm.highHarmFracton|highHarmFraction",
        "{\"hotspots\": {\"trendLength\": 2000000000}}|trendLength|1 to 1200",
        "{\"hotspots\": {\"trendLength\": 1.7}}|trendLength|1.7",
      })
  void badOptionsAreRefusedBeforeAnyDataIsRead(String testCase) throws IOException {
    String[] p = testCase.split("\\|");
    Path out = tmp.resolve("out");
    // The package is broken too; the options are checked first, so their error is the one reported.
    Run r = run("analyse", "--data", brokenPackage().toString(), "--as-of", "2024-12-31", "--out", out.toString(),
        "--options", options(p[0]).toString());
    assertOneLine(r, p[1], p[2]);
    assertThat(r.err()).doesNotContain("loading");
    assertThat(out).doesNotExist();
  }

  @Test
  void badArgumentsEndInOneLine() throws IOException {
    Path out = tmp.resolve("out");
    String data = SAMPLE.toString();
    assertOneLine(run("analyse", "--data", data, "--as-of", "0001-01-01", "--out", out.toString()),
        "--as-of 0001-01-01", "1900-01-01 to 2100-12-31");
    assertOneLine(run("analyse", "--data", data, "--as-of", "+999999999-12-31", "--out", out.toString()), "--as-of");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-02-30", "--out", out.toString()),
        "'2024-02-30' is not a day");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out.toString(),
        "--suppress-below", "0"), "--suppress-below", "1 or more", "was 0");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out.toString(),
        "--suppress-below", "-4"), "--suppress-below", "was -4");
    assertOneLine(run("generate", "--people", "2147483647", "--out", out.toString()), "--people", "2147483647");
    assertOneLine(run("generate", "--years", "0", "--out", out.toString()), "--years");
    assertThat(out).doesNotExist();
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // a guard against a hang, not a speed claim
  void aPipeIsNotReadAsAnOptionsFileOrAKey() throws Exception {
    Path fifo = tmp.resolve("fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    String data = SAMPLE.toString();
    String out = tmp.resolve("out").toString();
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out, "--options", fifo.toString()),
        "not a regular file");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out, "--share-key", fifo.toString()),
        "--share-key", "not a file");
  }

  @Test
  void anOutputFolderThatCannotBeUsedIsRefused() throws IOException {
    String data = SAMPLE.toString();
    Path file = Files.writeString(tmp.resolve("a-file"), "mine");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", file.toString()),
        "is a file");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", file.resolve("sub").toString()),
        "cannot be made");
    Path foreign = tmp.resolve("my-documents");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("letter.txt"), "keep me");
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", foreign.toString()),
        "not empty", "not an earlier vc output");
    assertThat(Files.readString(foreign.resolve("letter.txt"))).isEqualTo("keep me");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void theInputIsNeverTouched() throws Exception {
    Path data = tmp.resolve("package");
    copy(SAMPLE, data);
    Map<String, String> before = digests(data);
    for (Path out : List.of(data, data.resolve("results"), data.getParent(), data.resolve(".."))) {
      assertOneLine(run("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString()),
          "--out", "input folder");
    }
    // A link to the input folder is the input folder.
    Path link = Files.createSymbolicLink(tmp.resolve("link-to-package"), data);
    assertOneLine(run("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", link.toString()),
        "input folder");
    assertThat(digests(data)).isEqualTo(before);
  }

  @Test
  void staleOutputsAreRemovedAndLinksNeverFollowed() throws IOException {
    Path out = tmp.resolve("out");
    Path key = Files.write(tmp.resolve("key.bin"), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    String data = SAMPLE.toString();
    Run first = run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out.toString(), "--share-key", key.toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(out.resolve("share")).isDirectory();
    assertThat(out.resolve(OutputFolder.MANIFEST)).isRegularFile();
    // An attacker (or an accident) puts a link where an output goes: it must be replaced, not followed.
    Path victim = Files.writeString(tmp.resolve("precious.txt"), "precious");
    Files.delete(out.resolve("events.csv"));
    Files.createSymbolicLink(out.resolve("events.csv"), victim);
    Run second = run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out.toString());
    assertThat(second.code()).as(second.err()).isZero();
    // The earlier share/ folder is gone: a second run without --share-key leaves no stale shared files.
    assertThat(out.resolve("share")).doesNotExist();
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(out.resolve("events.csv"))).isFalse();
    assertThat(Files.readString(out.resolve("events.csv"))).startsWith("crime_id,");
    // No temporary file is left behind.
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aLinkedFolderInAnEarlierOutputIsNeverWrittenThrough() throws IOException {
    Path out = tmp.resolve("out");
    Path key = Files.write(tmp.resolve("key.bin"), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    String data = SAMPLE.toString();
    assertThat(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out.toString()).code()).isZero();
    Path victim = Files.createDirectories(tmp.resolve("victim"));
    Files.createSymbolicLink(out.resolve("share"), victim);
    // share/ is not vc's (the manifest does not list it): the folder is refused, nothing is written.
    assertOneLine(run("analyse", "--data", data, "--as-of", "2024-12-31", "--out", out.toString(), "--share-key",
        key.toString()), "holds share", "vc did not write");
    try (Stream<Path> s = Files.list(victim)) {
      assertThat(s.toList()).isEmpty();
    }
  }

  @Test
  void aFileOfYoursBesideAnEarlierOutputIsKept() throws IOException {
    Path gen = tmp.resolve("gen");
    assertThat(run("generate", "--people", "50", "--out", gen.toString()).code()).isZero();
    Files.writeString(gen.resolve("notes.txt"), "mine");
    assertOneLine(run("generate", "--people", "50", "--out", gen.toString()), "holds notes.txt");
    assertOneLine(run("generate", "--people", "50", "--out", gen.toString()), "holds notes.txt");
    assertThat(Files.readString(gen.resolve("notes.txt"))).isEqualTo("mine");
    // A path written with "." in it is the same folder: its earlier output is removed just the same.
    Files.delete(gen.resolve("notes.txt"));
    assertThat(run("generate", "--people", "50", "--out", gen + "/.").code()).isZero();
    assertThat(Files.readAllLines(gen.resolve(OutputFolder.MANIFEST))).contains("crimes.csv").doesNotContain("notes.txt");
  }

  @Test
  void levelsThatLeaveOutTheMapLevelStillWriteTheReport() throws IOException {
    Path out = tmp.resolve("out");
    Run r = run("analyse", "--data", SAMPLE.toString(), "--as-of", "2024-12-31", "--out", out.toString(), "--options",
        options("{\"hotspots\": {\"levels\": [\"npu\"]}}").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("report.html")).isRegularFile();
  }

  @Test
  void outputsAreReadableByTheirOwnerOnly() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        tmp.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    Path out = tmp.resolve("out");
    Path key = Files.write(tmp.resolve("key.bin"), "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    Run r = run("analyse", "--data", SAMPLE.toString(), "--as-of", "2024-12-31", "--out", out.toString(),
        "--share-key", key.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.toList()) {
        String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
        assertThat(perms).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
      }
    }
  }

  @Test
  void hostileValuesDoNothing() throws IOException {
    Path data = tmp.resolve("package");
    copy(SAMPLE, data);
    // A person id and an offence title that a spreadsheet would run as formulas, and an area level
    // that names a path outside the output folder.
    replaceAll(data.resolve("people.csv"), "P001", "+cmd|' /C calc'!A0");
    replaceAll(data.resolve("involvements.csv"), "P001", "+cmd|' /C calc'!A0");
    replaceAll(data.resolve("intel_people.csv"), "P001", "+cmd|' /C calc'!A0");
    replaceAll(data.resolve("custody.csv"), "P001", "+cmd|' /C calc'!A0");
    replaceAll(data.resolve("ocg.csv"), "P001", "+cmd|' /C calc'!A0");
    String areas = Files.readString(data.resolve("areas.geojson"));
    Files.writeString(data.resolve("areas.geojson"), areas.replace("\"level\": \"npu\"", "\"level\": \"a/../../../pwned\""));
    assertThat(Files.readString(data.resolve("areas.geojson"))).contains("a/../../../pwned");
    Path out = tmp.resolve("deep").resolve("out");
    Run r = run("analyse", "--data", data.toString(), "--as-of", "2024-12-31", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(tmp.resolve("pwned")).doesNotExist();
    assertThat(tmp.resolve("deep").resolve("pwned")).doesNotExist();
    try (Stream<Path> s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString())).contains("hotspots-" + OutputFiles.safeName("a/../../../pwned") + ".geojson");
    }
    String people = Files.readString(out.resolve("people.csv"));
    assertThat(people).contains("'+cmd|' /C calc'!A0").doesNotContain("\n+cmd");
    for (String line : Files.readAllLines(out.resolve("links.csv"))) {
      for (String cell : line.split(",")) {
        assertThat(cell).doesNotStartWith("+").doesNotStartWith("=").doesNotStartWith("@");
      }
    }
  }

  @Test
  void validateShowsHostileValuesEscapedAndShort() throws IOException {
    Path data = tmp.resolve("package");
    Files.createDirectories(data);
    // An escape sequence that would clear the screen, in a long bad date of birth: dropped, and shown
    // escaped and cut to 80 characters.
    String evil = "\u001b[2J\u001b[31m" + "9".repeat(300);
    Files.writeString(data.resolve("people.csv"), "person_id,date_of_birth\nP1,\"" + evil + "\"\nP2,2090-01-01\n");
    Files.writeString(data.resolve("crimes.csv"), "crime_id,ho_code,committed_on\nC1,8N,2024-01-02\n");
    Run r = run("validate", "--data", data.toString(), "--as-of", "2024-12-31");
    assertThat(r.code()).as(r.out()).isZero(); // values dropped, no row rejected
    assertThat(r.out()).doesNotContain("\u001b").contains("2 values dropped", "(309 characters)");
    assertThat(r.out().lines().filter(l -> l.contains("P1") || l.contains("line 2"))).allMatch(l -> l.length() < 400);
    assertThat(r.out()).contains("line 3, column date_of_birth, value '2090-01-01'");
  }

  @Test
  void outOfMemoryIsOneLineWithItsOwnExitCode() throws Exception {
    Path data = tmp.resolve("force");
    assertThat(run("generate", "--people", "20000", "--out", data.toString()).code()).isZero();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(java, "-Xmx24m", "-cp", classPath(), VcCommand.class.getName(), "analyse", "--data",
                data.toString(), "--as-of", "2024-12-31", "--out", tmp.resolve("out").toString())
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("oom.log").toFile())
            .start();
    // Bounded: an out-of-memory that left a thread waiting would hang the command, and so the build.
    boolean ended = p.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      p.destroyForcibly();
    }
    String output = Files.readString(tmp.resolve("oom.log"), StandardCharsets.UTF_8);
    assertThat(ended).as("the command ended within 5 minutes: " + output).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(VcCommand.EXIT_OUT_OF_MEMORY);
    List<String> lines = output.lines().toList();
    assertThat(lines.get(lines.size() - 1)).startsWith("vc: out of memory").contains("-Xmx", "MB");
    assertThat(output).doesNotContain("\tat ", "Exception in thread");
  }

  /** The test's own class path, as a list of folders and jars a child JVM can use. */
  private static String classPath() {
    String cp = System.getProperty("java.class.path");
    List<String> parts = new ArrayList<>();
    for (String part : cp.split(java.io.File.pathSeparator)) {
      parts.add(part);
      // Surefire may run from a manifest-only jar: its Class-Path is then the real class path.
      if (part.endsWith(".jar") && part.contains("surefire")) {
        try (java.util.jar.JarFile j = new java.util.jar.JarFile(part)) {
          String inside = j.getManifest() == null ? null : j.getManifest().getMainAttributes().getValue("Class-Path");
          if (inside != null) {
            for (String u : inside.split(" ")) {
              if (!u.isBlank()) {
                parts.add(Path.of(java.net.URI.create(u)).toString());
              }
            }
          }
        } catch (IOException | IllegalArgumentException e) {
          // not a manifest jar
        }
      }
    }
    return String.join(java.io.File.pathSeparator, parts);
  }

  static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }

  private static void replaceAll(Path file, String from, String to) throws IOException {
    if (Files.exists(file)) {
      Files.writeString(file, Files.readString(file).replace(from, to.contains(",") ? "\"" + to + "\"" : to));
    }
  }

  private static Map<String, String> digests(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }
}
