package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vcanalytics.core.load.VcPackage.AREAS;
import static org.vcanalytics.core.load.VcPackage.CRIMES;
import static org.vcanalytics.core.load.VcPackage.CUSTODY;
import static org.vcanalytics.core.load.VcPackage.INTEL;
import static org.vcanalytics.core.load.VcPackage.INTEL_PEOPLE;
import static org.vcanalytics.core.load.VcPackage.INVOLVEMENTS;
import static org.vcanalytics.core.load.VcPackage.OCG;
import static org.vcanalytics.core.load.VcPackage.PEOPLE;
import static org.vcanalytics.core.load.VcPackage.SCHOOLS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.GradingSystem;
import org.vcanalytics.core.IntelMention;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;

/**
 * Property-based tests of {@link VcPackage#load(Path, LoadOptions)}: random mixes of valid and
 * corrupted rows reconcile, and nothing escapes but the documented {@link BrokenFileException}.
 *
 * <ul>
 *   <li>Generated packages (people, crimes, involvements, intel, intel_people; custody and OCG
 *       sometimes; people sometimes absent) mix valid rows with rows broken one way each, under
 *       headers in random case and column order with unknown extra columns, with LF or CRLF, with
 *       or without a byte-order mark, with blank lines and quoted fields. Per file: rows read =
 *       rows written = accepted + rejected; one rejection per rejected row, on a line where a
 *       written row starts, with a column and a reason; the data set holds the accepted rows. Every
 *       row whose fate is certain meets it: a valid row with good references and a fresh key is in
 *       the data set, a certainly broken row is rejected on its own line, and a row whose only
 *       fault is a bad optional value is accepted with that value dropped (reported on its line,
 *       empty in the data set). Per file, values dropped = the {@code value dropped} entries, all on
 *       lines of accepted rows.
 *   <li>Control characters in a required field reject the row; in free text they are removed;
 *       nothing the data set holds contains one, whatever the input.
 *   <li>Random bytes, text or edited sample rows as {@code crimes.csv} and one other file: the
 *       load returns with reconciling counts or throws a {@link BrokenFileException} naming one of
 *       those files (and, for bad UTF-8, the line of the first bad byte), never anything else.
 *   <li>Row order does not matter: shuffling the data rows of every file (keys kept unique) gives
 *       an equal data set, equal file reports and warnings, and the same rejections but for line
 *       numbers.
 * </ul>
 *
 * <p>Ids are synthetic ({@code P1}, {@code C1}, {@code I1}, {@code K1}). Fields stay within the
 * {@link LoadOptions#maxFieldLength()} of {@value #MAX_FIELD_LENGTH} used here, but for the
 * over-long ones.
 */
class LoadProperties {

  private static final int MAX_FIELD_LENGTH = 50;
  private static final LoadOptions OPTIONS = new LoadOptions(MAX_FIELD_LENGTH);

  // ---------------------------------------------------------------------------------------------
  // Properties.

  @Property(tries = 200)
  void countsReconcileAndEveryCertainRowMeetsItsFate(@ForAll("packages") PackageSpec spec) {
    GeneratedPackage pkg = GeneratedPackage.generate(spec, true);
    inTempDir(
        dir -> {
          Map<FileKind, List<Long>> startLines = pkg.write(dir);
          LoadResult result = VcPackage.load(dir, OPTIONS);
          try {
            checkReconciles(result);
            checkAgainstModel(pkg, startLines, result);
          } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n\nPackage:\n" + pkg.describe(), e);
          }
        });
  }

  @Property(tries = 300)
  void randomContentLoadsOrIsABrokenFile(
      @ForAll("contents") Content crimesContent,
      @ForAll("otherFiles") String otherFile,
      @ForAll("contents") Content otherContent) {
    inTempDir(
        root -> {
          Path dir = TestPackages.copy("sample", root.resolve("package"));
          Files.write(dir.resolve(CRIMES), crimesContent.bytesFor(CRIMES));
          Files.write(dir.resolve(otherFile), otherContent.bytesFor(otherFile));
          LoadResult result;
          try {
            result = VcPackage.load(dir, OPTIONS);
          } catch (BrokenFileException e) {
            assertThat(e.file()).isIn(CRIMES, otherFile);
            assertThat(e.getMessage()).contains(e.file());
            assertThat(e.line()).isNotNegative();
            Content culprit = e.file().equals(CRIMES) ? crimesContent : otherContent;
            if (culprit.utf8()) {
              assertThat(e.getMessage()).doesNotContain("not UTF-8");
            }
            if (e.getMessage().contains("not UTF-8")) {
              assertThat(e.line())
                  .as("the line of the first bad byte")
                  .isEqualTo(firstMalformedLine(culprit.bytesFor(e.file())));
            }
            return;
          }
          checkReconciles(result);
          assertThat(result.report().file(CRIMES).present()).isTrue();
          assertThat(result.report().file(otherFile).present()).isTrue();
        });
  }

  @Property(tries = 100)
  void rowOrderDoesNotMatter(
      @ForAll("packagesWithoutDuplicates") PackageSpec spec, @ForAll long shuffleSeed) {
    GeneratedPackage pkg = GeneratedPackage.generate(spec, false);
    GeneratedPackage shuffled = pkg.shuffled(new Random(shuffleSeed));
    LoadResult[] results = new LoadResult[2];
    inTempDir(
        dir -> {
          pkg.write(dir.resolve("in-order"));
          shuffled.write(dir.resolve("shuffled"));
          results[0] = VcPackage.load(dir.resolve("in-order"), OPTIONS);
          results[1] = VcPackage.load(dir.resolve("shuffled"), OPTIONS);
        });
    sameDataSet(results[0].dataset(), results[1].dataset());
    assertThat(results[1].report().files()).isEqualTo(results[0].report().files());
    assertThat(results[1].report().warnings()).isEqualTo(results[0].report().warnings());
    assertThat(withoutLineNumbers(results[1].report().rejections()))
        .isEqualTo(withoutLineNumbers(results[0].report().rejections()));
  }

  /** The two data sets hold the same records, in the same order. */
  static void sameDataSet(VcDataset a, VcDataset b) {
    assertThat(List.copyOf(b.people())).isEqualTo(List.copyOf(a.people()));
    assertThat(List.copyOf(b.crimes())).isEqualTo(List.copyOf(a.crimes()));
    assertThat(b.involvements()).isEqualTo(a.involvements());
    assertThat(List.copyOf(b.intelLogs())).isEqualTo(List.copyOf(a.intelLogs()));
    assertThat(b.intelMentions()).isEqualTo(a.intelMentions());
    assertThat(List.copyOf(b.custodyRecords())).isEqualTo(List.copyOf(a.custodyRecords()));
    assertThat(b.ocgMemberships()).isEqualTo(a.ocgMemberships());
  }

  /**
   * Reading the files side by side changes nothing: packages with broken rows, duplicates and rows
   * naming rejected or absent ids give the same data set and the same report, entry for entry,
   * read one after another (1 thread) and side by side (3 threads).
   */
  @Property(tries = 100)
  void filesReadSideBySideGiveTheSameLoad(@ForAll("packages") PackageSpec spec) {
    GeneratedPackage pkg = GeneratedPackage.generate(spec, true);
    LoadResult[] results = new LoadResult[2];
    inTempDir(
        dir -> {
          pkg.write(dir);
          results[0] = VcPackage.load(dir, OPTIONS.withThreads(1));
          results[1] = VcPackage.load(dir, OPTIONS.withThreads(3));
        });
    sameDataSet(results[0].dataset(), results[1].dataset());
    assertThat(results[1].report()).isEqualTo(results[0].report());
  }


  /**
   * A date of birth is kept exactly when it lies in its window — with an as-of date, from 120 years
   * before it to the day itself; without one, 1900-01-01 to 2100-12-31 — and dropped otherwise; the
   * person is kept either way.
   */
  @Property(tries = 150)
  void aDateOfBirthIsKeptExactlyInsideItsWindow(
      @ForAll @IntRange(min = -40_000, max = 80_000) int bornDay,
      @ForAll @IntRange(min = -20_000, max = 60_000) int asOfDay,
      @ForAll boolean withAsOf) {
    LocalDate born = LocalDate.ofEpochDay(bornDay);
    LocalDate asOf = LocalDate.ofEpochDay(asOfDay);
    LocalDate earliest = withAsOf ? asOf.minusYears(120) : LocalDate.of(1900, 1, 1);
    LocalDate latest = withAsOf ? asOf : LocalDate.of(2100, 12, 31);
    boolean kept = !born.isBefore(earliest) && !born.isAfter(latest);
    inTempDir(
        dir -> {
          Files.writeString(dir.resolve(PEOPLE), "person_id,date_of_birth\nP1," + born + "\n");
          Files.writeString(dir.resolve(CRIMES), "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
          LoadResult r =
              VcPackage.load(dir, withAsOf ? OPTIONS.withAsOf(asOf) : OPTIONS);
          checkReconciles(r);
          assertThat(r.dataset().person("P1").orElseThrow().dateOfBirth())
              .isEqualTo(kept ? java.util.Optional.of(born) : java.util.Optional.empty());
          assertThat(r.report().file(PEOPLE)).isEqualTo(new FileReport(PEOPLE, true, 1, 1, 0, kept ? 0 : 1));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Checks.

  /** What holds of every load that returns, whatever its input. */
  private static void checkReconciles(LoadResult result) {
    LoadReport report = result.report();
    assertThat(report.files()).extracting(FileReport::file).isEqualTo(VcPackage.FILES);
    for (FileReport f : report.files()) {
      assertThat(f.accepted()).as(f.file()).isNotNegative();
      assertThat(f.rejected()).as(f.file()).isNotNegative();
      assertThat(f.accepted() + f.rejected()).as(f.file()).isEqualTo(f.rowsRead());
      if (!f.present()) {
        assertThat(f.rowsRead()).as(f.file()).isZero();
      }
      assertThat(f.valuesDropped()).as(f.file()).isNotNegative();
      List<Rejection> all = rejectionsOf(report, f.file());
      List<Rejection> own = all.stream().filter(Rejection::rowRejected).toList();
      assertThat((long) own.size()).as("rejections of " + f.file()).isEqualTo(f.rejected());
      assertThat((long) (all.size() - own.size()))
          .as("values dropped in " + f.file())
          .isEqualTo(f.valuesDropped());
      // In line order, one per rejected row; dropped values only on lines of accepted rows.
      for (int i = 1; i < own.size(); i++) {
        assertThat(own.get(i).line()).as(f.file()).isGreaterThan(own.get(i - 1).line());
      }
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i).line()).as(f.file()).isGreaterThanOrEqualTo(all.get(i - 1).line());
      }
      Set<Long> rejectedLines = own.stream().map(Rejection::line).collect(Collectors.toSet());
      for (Rejection r : all) {
        if (!r.rowRejected()) {
          assertThat(rejectedLines).as("a dropped value's row is accepted: " + r).doesNotContain(r.line());
        }
      }
    }
    assertThat(report.rejectedCount() + report.droppedCount()).isEqualTo(report.rejections().size());
    assertThat(report.rejectedCount())
        .isEqualTo(report.files().stream().mapToLong(FileReport::rejected).sum());
    assertThat(report.droppedCount())
        .isEqualTo(report.files().stream().mapToLong(FileReport::valuesDropped).sum());
    assertThat(report.rejections())
        .extracting(Rejection::file)
        .isSortedAccordingTo(Comparator.comparing(VcPackage.FILES::indexOf));
    for (Rejection r : report.rejections()) {
      // Line 1 of a CSV file is its header; a GeoJSON feature may start on line 1.
      assertThat(r.line()).as(r.toString()).isGreaterThanOrEqualTo(r.file().equals(AREAS) ? 1 : 2);
      assertThat(r.reason()).as(r.toString()).isNotBlank();
      assertThat(r.column()).as(r.toString()).isNotBlank();
      assertThat(r.value()).as(r.toString()).isNotNull();
    }

    VcDataset d = result.dataset();
    // Hostile input does nothing: no id or text the data set holds has a control character.
    Stream.of(d.people(), d.crimes(), d.involvements(), d.intelLogs(), d.intelMentions(),
            d.custodyRecords(), d.ocgMemberships(), d.schools(), d.areas())
        .flatMap(c -> c.stream())
        .forEach(x -> assertThat(SafeText.firstControl(x.toString())).as(x.toString()).isNegative());
    assertThat(d.crimes()).hasSize(accepted(report, CRIMES));
    assertThat(d.involvements()).hasSize(accepted(report, INVOLVEMENTS));
    assertThat(d.intelLogs()).hasSize(accepted(report, INTEL));
    assertThat(d.intelMentions()).hasSize(accepted(report, INTEL_PEOPLE));
    assertThat(d.custodyRecords()).hasSize(accepted(report, CUSTODY));
    assertThat(d.ocgMemberships()).hasSize(accepted(report, OCG));
    assertThat(d.schools()).hasSize(accepted(report, SCHOOLS));
    assertThat(d.areas()).hasSize(accepted(report, AREAS));
    // With a people register everyone named must be in it; without one, the people are the ids
    // named elsewhere.
    Set<String> named = new TreeSet<>();
    d.involvements().forEach(i -> named.add(i.personId()));
    d.intelMentions().forEach(m -> named.add(m.personId()));
    d.custodyRecords().forEach(c -> named.add(c.personId()));
    d.ocgMemberships().forEach(m -> named.add(m.personId()));
    Set<String> people = d.people().stream().map(Person::id).collect(Collectors.toSet());
    assertThat(people).containsAll(named);
    assertThat(d.people().size()).isGreaterThanOrEqualTo(accepted(report, PEOPLE));
    // people.csv is the register only when it has a header; an empty one is as good as absent.
    boolean register =
        report.file(PEOPLE).present()
            && report.warnings().stream().noneMatch(w -> w.startsWith(PEOPLE + " is empty"));
    if (register) {
      assertThat(d.people()).hasSize(accepted(report, PEOPLE));
    } else {
      assertThat(people).isEqualTo(named);
    }
  }

  /** What the generator knows of each row holds in the report and the data set. */
  private static void checkAgainstModel(
      GeneratedPackage pkg, Map<FileKind, List<Long>> startLines, LoadResult result) {
    LoadReport report = result.report();
    VcDataset d = result.dataset();
    Map<FileKind, List<Verdict>> verdicts = pkg.verdicts();
    for (FileKind kind : FileKind.values()) {
      GeneratedFile file = pkg.files.get(kind);
      FileReport fr = report.file(kind.file);
      if (file == null) {
        assertThat(fr).isEqualTo(new FileReport(kind.file, false, 0, 0, 0));
        continue;
      }
      assertThat(fr.present()).as(kind.file).isTrue();
      assertThat(fr.rowsRead()).as("rows read from " + kind.file).isEqualTo(file.rows.size());
      List<Long> starts = startLines.get(kind);
      Set<Long> rejectedLines = new HashSet<>();
      Map<Long, Set<String>> droppedOn = new HashMap<>();
      for (Rejection r : rejectionsOf(report, kind.file)) {
        assertThat(starts).as("a row starts on the line of " + r).contains(r.line());
        if (r.rowRejected()) {
          rejectedLines.add(r.line());
        } else {
          droppedOn.computeIfAbsent(r.line(), k -> new TreeSet<>()).add(r.column());
        }
      }
      for (int i = 0; i < file.rows.size(); i++) {
        GeneratedRow row = file.rows.get(i);
        long line = starts.get(i);
        String what = kind.file + " line " + line + " (" + row.corruption() + ")";
        switch (verdicts.get(kind).get(i)) {
          case ACCEPT:
            assertThat(rejectedLines).as(what + " is accepted").doesNotContain(line);
            checkInDataset(kind, row, file, d, what);
            if (row.drops().isEmpty()) {
              assertThat(droppedOn).as(what + " has no value dropped").doesNotContainKey(line);
            } else {
              assertThat(droppedOn.get(line))
                  .as(what + " has a value of " + row.drops() + " dropped")
                  .isNotEmpty()
                  .isSubsetOf(row.drops());
              checkDropped(kind, row, d, what);
            }
            break;
          case REJECT:
            assertThat(rejectedLines).as(what + " is rejected").contains(line);
            assertThat(droppedOn).as(what + ": a rejected row drops no value").doesNotContainKey(line);
            break;
          default:
            break;
        }
      }
    }
  }

  private static void checkInDataset(
      FileKind kind, GeneratedRow row, GeneratedFile file, VcDataset d, String what) {
    switch (kind) {
      case PEOPLE:
        assertThat(d.person(row.key().get(0))).as(what).isPresent();
        break;
      case CRIMES:
        assertThat(d.crime(row.key().get(0))).as(what).isPresent();
        assertThat(d.crime(row.key().get(0)).orElseThrow().committedOn())
            .as(what)
            .isEqualTo(LocalDate.parse(file.value(row, "committed_on").strip()));
        break;
      case INVOLVEMENTS:
        assertThat(d.involvements())
            .as(what)
            .contains(
                Involvement.of(row.key().get(0), row.key().get(1), Role.valueOf(row.key().get(2))));
        break;
      case INTEL:
        assertThat(d.intelLog(row.key().get(0))).as(what).isPresent();
        break;
      case INTEL_PEOPLE:
        assertThat(d.intelMentions())
            .as(what)
            .contains(IntelMention.of(row.key().get(0), row.key().get(1)));
        break;
      case CUSTODY:
        assertThat(d.custodyRecords())
            .extracting(CustodyRecord::id)
            .as(what)
            .contains(row.key().get(0));
        break;
      case OCG:
        assertThat(d.ocgMemberships())
            .as(what)
            .anyMatch(
                m ->
                    m.personId().equals(row.key().get(0))
                        && m.ocgId().equals(row.key().get(1))
                        && m.since().toString().equals(row.key().get(2)));
        break;
      default:
        throw new IllegalStateException(kind.toString());
    }
  }

  /** A dropped value is not recorded in the data set. */
  private static void checkDropped(FileKind kind, GeneratedRow row, VcDataset d, String what) {
    String id = row.key().get(0);
    for (String column : row.drops()) {
      Object value;
      switch (kind.file + "." + column) {
        case PEOPLE + ".date_of_birth":
          value = d.person(id).orElseThrow().dateOfBirth();
          break;
        case PEOPLE + ".sex":
          value = d.person(id).orElseThrow().sex();
          break;
        case PEOPLE + ".home_easting":
        case PEOPLE + ".home_northing":
          value = d.person(id).orElseThrow().home();
          break;
        case CRIMES + ".recorded_on":
          value = d.crime(id).orElseThrow().recordedOn();
          break;
        case CRIMES + ".weapon":
          value = d.crime(id).orElseThrow().weapon();
          break;
        case CRIMES + ".weapon_use":
          value = d.crime(id).orElseThrow().weaponUse();
          break;
        case CRIMES + ".easting":
        case CRIMES + ".northing":
          value = d.crime(id).orElseThrow().location();
          break;
        case INTEL + ".handling_code":
          value = d.intelLog(id).orElseThrow().handlingCode();
          break;
        case INTEL + ".easting":
        case INTEL + ".northing":
          value = d.intelLog(id).orElseThrow().location();
          break;
        case OCG + ".to":
          value =
              d.ocgMemberships().stream()
                  .filter(m -> m.personId().equals(id) && m.ocgId().equals(row.key().get(1))
                      && m.since().toString().equals(row.key().get(2)))
                  .findFirst()
                  .orElseThrow()
                  .until();
          break;
        default:
          continue; // flags and texts: checked by the report only
      }
      assertThat(value).as(what + ": " + column + " is not recorded").isEqualTo(java.util.Optional.empty());
    }
  }

  /** The 1-based line of the first byte that is not UTF-8, or 0 when all are. */
  private static long firstMalformedLine(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, CharBuffer.allocate(bytes.length + 1), true);
    if (!result.isError()) {
      return 0;
    }
    long line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static List<Rejection> rejectionsOf(LoadReport report, String file) {
    return report.rejections().stream().filter(r -> r.file().equals(file)).toList();
  }

  private static int accepted(LoadReport report, String file) {
    return Math.toIntExact(report.file(file).accepted());
  }

  /** Rejections as sorted text with every line number blanked, in the reason as in the line. */
  private static List<String> withoutLineNumbers(List<Rejection> rejections) {
    return rejections.stream()
        .map(
            r ->
                r.file() + " | " + r.column() + " | " + r.value() + " | "
                    + r.reason().replaceAll("line \\d+", "line #") + " | " + r.action())
        .sorted()
        .toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Arbitraries.

  @Provide
  Arbitrary<PackageSpec> packages() {
    return packageSpecs(true);
  }

  @Provide
  Arbitrary<PackageSpec> packagesWithoutDuplicates() {
    return packageSpecs(false);
  }

  private static Arbitrary<PackageSpec> packageSpecs(boolean duplicates) {
    return Combinators.combine(
            fileSpecs(10, duplicates).injectNull(0.2),
            fileSpecs(12, duplicates),
            fileSpecs(15, duplicates),
            fileSpecs(8, duplicates),
            fileSpecs(10, duplicates),
            fileSpecs(6, duplicates).injectNull(0.5),
            fileSpecs(6, duplicates).injectNull(0.5))
        .as(PackageSpec::new);
  }

  private static Arbitrary<FileSpec> fileSpecs(int maxRows, boolean duplicates) {
    List<Tuple2<Integer, Corruption>> weights = new ArrayList<>();
    for (Corruption c : Corruption.values()) {
      if (c == Corruption.DUPLICATE && !duplicates) {
        continue;
      }
      // About half the rows are valid.
      weights.add(Tuple.of(c == Corruption.NONE ? Corruption.values().length : 1, c));
    }
    Arbitrary<RowSpec> rows =
        Combinators.combine(Arbitraries.frequency(weights), Arbitraries.longs())
            .as(RowSpec::new);
    return Combinators.combine(rows.list().ofMaxSize(maxRows), Arbitraries.longs())
        .as(FileSpec::new);
  }

  @Provide
  Arbitrary<String> otherFiles() {
    return Arbitraries.of(PEOPLE, INVOLVEMENTS, INTEL, INTEL_PEOPLE, CUSTODY, OCG, SCHOOLS, AREAS);
  }

  /** Random file contents: bytes, any text, CSV-like token soup, each with or without a header. */
  @Provide
  Arbitrary<Content> contents() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
    Arbitrary<String> anyText =
        Arbitraries.integers()
            .between(0, Character.MAX_CODE_POINT)
            .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
            .list()
            .ofMaxSize(200)
            .map(
                cps -> {
                  StringBuilder s = new StringBuilder();
                  cps.forEach(s::appendCodePoint);
                  return s.toString();
                });
    Arbitrary<String> csvSoup =
        Arbitraries.of(
                ",", ",", "\"", "\"\"", "\n", "\n", "\r\n", "\r", " ", "\t", "\uFEFF", "\u0000",
                "é", "\uD834\uDD1E", "x".repeat(60), "crime_id", "ho_code", "committed_on",
                "person_id", "intel_id", "role", "C1", "P1", "I1", "8N", "VICTIM", "2024-01-01",
                "2021-02-30", "407000", "3x5x2", "Y")
            .list()
            .ofMaxSize(80)
            .map(tokens -> String.join("", tokens));
    Arbitrary<Boolean> withHeader = Arbitraries.of(false, true);
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().between(0, 1000),
                Arbitraries.integers().between(0, 4),
                csvSoup.map(t -> t.length() > 6 ? t.substring(0, 6) : t))
            .as(Mutation::new);
    return Arbitraries.oneOf(
        Combinators.combine(bytes, withHeader).as((b, h) -> Content.of(b, false, h)),
        Combinators.combine(anyText, withHeader)
            .as((t, h) -> Content.of(t.getBytes(StandardCharsets.UTF_8), true, h)),
        Combinators.combine(csvSoup, withHeader)
            .as((t, h) -> Content.of(t.getBytes(StandardCharsets.UTF_8), true, h)),
        mutation.list().ofMinSize(1).ofMaxSize(6).map(Content::mutatedSample));
  }

  /**
   * The content of one file: given bytes (after the file's own header line when {@code
   * withHeader}), or the file's text from the sample package with a few edits to its rows.
   */
  record Content(byte[] bytes, boolean utf8, boolean withHeader, List<Mutation> mutations) {

    static Content of(byte[] bytes, boolean utf8, boolean withHeader) {
      return new Content(bytes, utf8, withHeader, List.of());
    }

    static Content mutatedSample(List<Mutation> mutations) {
      return new Content(new byte[0], true, false, mutations);
    }

    byte[] bytesFor(String file) {
      if (!mutations.isEmpty()) {
        // The edits fall after the header, which the other contents break often enough.
        String text = SAMPLE_TEXTS.get(file);
        int bodyStart = text.indexOf('\n') + 1;
        String body = text.substring(bodyStart);
        for (Mutation m : mutations) {
          body = m.applyTo(body);
        }
        return (text.substring(0, bodyStart) + body).getBytes(StandardCharsets.UTF_8);
      }
      if (!withHeader) {
        return bytes;
      }
      String header = SAMPLE_TEXTS.get(file).lines().findFirst().orElseThrow();
      byte[] head = (header + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] out = Arrays.copyOf(head, head.length + bytes.length);
      System.arraycopy(bytes, 0, out, head.length, bytes.length);
      return out;
    }

    @Override
    public String toString() {
      return mutations.isEmpty()
          ? "Content[utf8=" + utf8 + ", withHeader=" + withHeader + ", text="
              + escape(new String(bytes, StandardCharsets.UTF_8)) + ", bytes="
              + Arrays.toString(bytes) + "]"
          : "Content[sample with " + mutations + "]";
    }
  }

  /** Deletes up to {@code delete} characters at a position and inserts text there. */
  record Mutation(int position, int delete, String insert) {

    String applyTo(String text) {
      int at = text.isEmpty() ? 0 : position % (text.length() + 1);
      int end = Math.min(text.length(), at + delete);
      return text.substring(0, at) + insert + text.substring(end);
    }

    @Override
    public String toString() {
      return "Mutation[" + position + ", -" + delete + ", +'" + escape(insert) + "']";
    }
  }

  private static final Map<String, String> SAMPLE_TEXTS = sampleTexts();

  private static Map<String, String> sampleTexts() {
    Map<String, String> texts = new HashMap<>();
    for (String file : VcPackage.FILES) {
      try {
        texts.put(file, Files.readString(TestPackages.resource("sample").resolve(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Map.copyOf(texts);
  }

  // ---------------------------------------------------------------------------------------------
  // The package model.

  /** How a row is broken. {@link #NONE} first: jqwik shrinks towards it. */
  enum Corruption {
    NONE,
    BAD_DATE,
    DATE_ORDER,
    UNKNOWN_ENUM,
    BAD_FLAG,
    BAD_COORDINATES,
    BAD_GRADING,
    DUPLICATE,
    UNKNOWN_REFERENCE,
    BLANK_REQUIRED,
    WRONG_FIELD_COUNT,
    OVERLONG_FIELD,
    CONTROL_IN_REQUIRED,
    CONTROL_IN_TEXT,
    JUNK
  }

  /** What must happen to a row; {@link #UNKNOWN} when the generator cannot tell. */
  enum Verdict {
    ACCEPT,
    REJECT,
    UNKNOWN;

    Verdict and(Verdict other) {
      if (this == REJECT || other == REJECT) {
        return REJECT;
      }
      return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : ACCEPT;
    }
  }

  /** One row to generate: how to break it (maybe not at all) and the seed of its values. */
  record RowSpec(Corruption corruption, long seed) {}

  /** One file to generate: its rows and the seed of its layout (header, line ends, BOM, ...). */
  record FileSpec(List<RowSpec> rows, long layoutSeed) {}

  /** One package to generate; a null file is absent. */
  record PackageSpec(
      FileSpec people,
      FileSpec crimes,
      FileSpec involvements,
      FileSpec intel,
      FileSpec intelPeople,
      FileSpec custody,
      FileSpec ocg) {}

  /** The generated CSV files, in load order, with their columns, keys and references. */
  private enum FileKind {
    PEOPLE(
        VcPackage.PEOPLE,
        List.of("person_id"),
        List.of("date_of_birth", "sex", "home_easting", "home_northing", "home_postcode"),
        List.of("person_id")),
    CRIMES(
        VcPackage.CRIMES,
        List.of("crime_id", "ho_code", "committed_on"),
        List.of(
            "offence_title", "recorded_on", "easting", "northing", "postcode", "weapon",
            "weapon_use", "domestic_abuse", "ocg_related", "mo_text", "npu", "neighbourhood",
            "postcode_district", "lsoa"),
        List.of("crime_id")),
    INVOLVEMENTS(
        VcPackage.INVOLVEMENTS,
        List.of("crime_id", "person_id", "role"),
        List.of(),
        List.of("crime_id", "person_id", "role")),
    INTEL(
        VcPackage.INTEL,
        List.of("intel_id", "recorded_on", "source_evaluation", "intelligence_assessment"),
        List.of("grading_system", "handling_code", "headers", "easting", "northing"),
        List.of("intel_id")),
    INTEL_PEOPLE(
        VcPackage.INTEL_PEOPLE,
        List.of("intel_id", "person_id"),
        List.of(),
        List.of("intel_id", "person_id")),
    CUSTODY(
        VcPackage.CUSTODY,
        List.of("custody_id", "person_id", "booked_on"),
        List.of("mental_health", "substance_misuse", "alcohol", "self_harm", "school_urn"),
        List.of("custody_id")),
    OCG(
        VcPackage.OCG,
        List.of("person_id", "ocg_id", "from"),
        List.of("to", "role"),
        List.of("person_id", "ocg_id", "from"));

    final String file;
    final List<String> required;
    final List<String> optional;
    /** The columns that must be unique together. */
    final List<String> key;

    FileKind(String file, List<String> required, List<String> optional, List<String> key) {
      this.file = file;
      this.required = required;
      this.optional = optional;
      this.key = key;
    }

    /** The columns naming rows of other files, with the file they name. */
    Map<String, FileKind> references() {
      switch (this) {
        case INVOLVEMENTS:
          return Map.of("crime_id", CRIMES, "person_id", PEOPLE);
        case INTEL_PEOPLE:
          return Map.of("intel_id", INTEL, "person_id", PEOPLE);
        case CUSTODY:
        case OCG:
          return Map.of("person_id", PEOPLE);
        default:
          return Map.of();
      }
    }

    List<String> dateColumns() {
      switch (this) {
        case PEOPLE:
          return List.of("date_of_birth");
        case CRIMES:
          return List.of("committed_on", "recorded_on");
        case INTEL:
          return List.of("recorded_on");
        case CUSTODY:
          return List.of("booked_on");
        case OCG:
          return List.of("from", "to");
        default:
          return List.of();
      }
    }

    List<String> enumColumns() {
      switch (this) {
        case PEOPLE:
          return List.of("sex");
        case CRIMES:
          return List.of("weapon", "weapon_use");
        case INVOLVEMENTS:
          return List.of("role");
        default:
          return List.of();
      }
    }

    List<String> flagColumns() {
      switch (this) {
        case CRIMES:
          return List.of("domestic_abuse", "ocg_related");
        case CUSTODY:
          return List.of("mental_health", "substance_misuse", "alcohol", "self_harm");
        default:
          return List.of();
      }
    }

    /** The optional free-text columns, whose control characters are removed. */
    List<String> textColumns() {
      switch (this) {
        case PEOPLE:
          return List.of("home_postcode");
        case CRIMES:
          return List.of(
              "offence_title", "postcode", "mo_text", "npu", "neighbourhood", "postcode_district",
              "lsoa");
        case INTEL:
          return List.of("handling_code", "headers");
        case OCG:
          return List.of("role");
        default:
          return List.of();
      }
    }

    /** The easting column of the file's point, or null. */
    String eastingColumn() {
      switch (this) {
        case PEOPLE:
          return "home_easting";
        case CRIMES:
        case INTEL:
          return "easting";
        default:
          return null;
      }
    }

    String idPrefix() {
      switch (this) {
        case PEOPLE:
          return "P";
        case CRIMES:
          return "C";
        case INTEL:
          return "I";
        case CUSTODY:
          return "K";
        default:
          return "";
      }
    }
  }

  /** A header column: a contract column (written in some case) or an unknown extra column. */
  record Column(String contract, String written) {}

  /** A reference from a row to the key of a row of another file. */
  record Ref(FileKind kind, List<String> key) {}

  /**
   * A generated data row.
   *
   * @param fields the fields as written
   * @param own what the row's own content deserves, references and duplicates aside
   * @param key the values of the key columns as the loader compares them
   * @param refs the rows of other files it names
   * @param corruption how it was broken
   * @param drops the columns of which one must be reported dropped (a point's pair), empty when
   *     no value is to be dropped
   */
  record GeneratedRow(
      String[] fields,
      Verdict own,
      List<String> key,
      List<Ref> refs,
      Corruption corruption,
      Set<String> drops) {}

  /** A generated file: header, rows and how it is laid out on disk. */
  static final class GeneratedFile {
    final FileKind kind;
    final List<Column> header;
    final List<GeneratedRow> rows;
    final long layoutSeed;
    final boolean crlf;
    final boolean bom;
    final boolean finalNewline;

    GeneratedFile(FileKind kind, List<Column> header, List<GeneratedRow> rows, long layoutSeed) {
      this.kind = kind;
      this.header = header;
      // A record of one blank field is a blank line to the loader (skipped with a warning), not a
      // row: such rows cannot be written, so the model leaves them out.
      this.rows =
          rows.stream()
              .filter(r -> !(r.fields().length == 1 && r.fields()[0].isBlank()))
              .collect(Collectors.toList());
      this.layoutSeed = layoutSeed;
      Random layout = new Random(layoutSeed);
      this.crlf = layout.nextBoolean();
      this.bom = layout.nextInt(3) == 0;
      this.finalNewline = layout.nextInt(4) != 0;
    }

    GeneratedFile withRows(List<GeneratedRow> newRows) {
      return new GeneratedFile(kind, header, newRows, layoutSeed);
    }

    String value(GeneratedRow row, String contractColumn) {
      int i = indexOf(contractColumn);
      return i < 0 || i >= row.fields().length ? "" : row.fields()[i];
    }

    int indexOf(String contractColumn) {
      for (int i = 0; i < header.size(); i++) {
        if (contractColumn.equals(header.get(i).contract())) {
          return i;
        }
      }
      return -1;
    }

    /** The text of the file and the line each data row starts on. */
    Text text() {
      Random layout = new Random(layoutSeed * 31 + 17);
      String eol = crlf ? "\r\n" : "\n";
      StringBuilder text = new StringBuilder();
      if (bom) {
        text.append('\uFEFF');
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < header.size(); i++) {
        names.add(field(header.get(i).written(), layout.nextInt(4) == 0));
      }
      text.append(String.join(",", names));
      long line = 1;
      List<Long> starts = new ArrayList<>();
      for (GeneratedRow row : rows) {
        text.append(eol);
        line++;
        while (layout.nextInt(6) == 0) {
          text.append(layout.nextBoolean() ? "" : "   ").append(eol);
          line++;
        }
        // Quoting is chosen per row content, so a shuffled file quotes each row as before: the
        // parser drops the leading spaces of an unquoted field, and rejections show the value read.
        Random quoting = new Random(layoutSeed ^ Arrays.hashCode(row.fields()));
        List<String> fields = new ArrayList<>();
        for (String f : row.fields()) {
          fields.add(field(f, quoting.nextInt(5) == 0));
        }
        String rowText = String.join(",", fields);
        if (rowText.isBlank()) {
          // A line of spaces is a blank line, not a row: quote the first (empty) field of a row of
          // several fields so that it stays a row.
          fields.set(0, field(row.fields()[0], true));
          rowText = String.join(",", fields);
        }
        starts.add(line);
        text.append(rowText);
        line += lineBreaks(rowText);
      }
      if (finalNewline) {
        text.append(eol);
      }
      return new Text(text.toString(), starts);
    }

    /** A field as written: quoted when it must be (or when asked), quotes doubled. */
    private static String field(String value, boolean quote) {
      boolean must =
          value.contains(",")
              || value.contains("\"")
              || value.contains("\r")
              || value.contains("\n");
      return must || quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** Line breaks as the CSV parser counts them: CRLF, lone CR and lone LF are one each. */
    private static int lineBreaks(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
      return n;
    }
  }

  record Text(String text, List<Long> startLines) {}

  /** A generated package and what the generator expects of it. */
  static final class GeneratedPackage {
    final Map<FileKind, GeneratedFile> files;

    private GeneratedPackage(Map<FileKind, GeneratedFile> files) {
      this.files = files;
    }

    static GeneratedPackage generate(PackageSpec spec, boolean allowDuplicateKeys) {
      Map<FileKind, FileSpec> specs = new EnumMap<>(FileKind.class);
      putIfPresent(specs, FileKind.PEOPLE, spec.people());
      putIfPresent(specs, FileKind.CRIMES, spec.crimes());
      putIfPresent(specs, FileKind.INVOLVEMENTS, spec.involvements());
      putIfPresent(specs, FileKind.INTEL, spec.intel());
      putIfPresent(specs, FileKind.INTEL_PEOPLE, spec.intelPeople());
      putIfPresent(specs, FileKind.CUSTODY, spec.custody());
      putIfPresent(specs, FileKind.OCG, spec.ocg());
      RowGenerator generator = new RowGenerator(specs.containsKey(FileKind.PEOPLE));
      Map<FileKind, GeneratedFile> files = new EnumMap<>(FileKind.class);
      for (Map.Entry<FileKind, FileSpec> e : specs.entrySet()) {
        files.put(e.getKey(), generator.file(e.getKey(), e.getValue(), allowDuplicateKeys));
      }
      return new GeneratedPackage(files);
    }

    private static void putIfPresent(Map<FileKind, FileSpec> specs, FileKind kind, FileSpec s) {
      if (s != null) {
        specs.put(kind, s);
      }
    }

    GeneratedPackage shuffled(Random random) {
      Map<FileKind, GeneratedFile> out = new EnumMap<>(FileKind.class);
      files.forEach(
          (kind, file) -> {
            List<GeneratedRow> rows = new ArrayList<>(file.rows);
            Collections.shuffle(rows, random);
            out.put(kind, file.withRows(rows));
          });
      return new GeneratedPackage(out);
    }

    /** Writes the files into {@code dir} (created if needed); returns each row's start line. */
    Map<FileKind, List<Long>> write(Path dir) throws IOException {
      Files.createDirectories(dir);
      Map<FileKind, List<Long>> starts = new EnumMap<>(FileKind.class);
      for (GeneratedFile f : files.values()) {
        Text t = f.text();
        Files.write(dir.resolve(f.kind.file), t.text().getBytes(StandardCharsets.UTF_8));
        starts.put(f.kind, t.startLines());
      }
      return starts;
    }

    /**
     * The fate of each row, as far as it is certain. A row is rejected when its own content is
     * broken, when it names a row of another file that is rejected or absent, or when an earlier
     * accepted row holds its key; it is accepted when its content is good, everything it names is
     * accepted and no earlier row may hold its key; otherwise its fate is unknown.
     */
    Map<FileKind, List<Verdict>> verdicts() {
      Map<FileKind, List<Verdict>> out = new EnumMap<>(FileKind.class);
      for (FileKind kind : FileKind.values()) {
        GeneratedFile file = files.get(kind);
        if (file == null) {
          continue;
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < file.rows.size(); i++) {
          GeneratedRow row = file.rows.get(i);
          Verdict v = row.own();
          for (Ref ref : row.refs()) {
            v = v.and(status(out, ref));
          }
          for (int j = 0; j < i; j++) {
            if (file.rows.get(j).key().equals(row.key())) {
              Verdict earlier = verdicts.get(j);
              // An accepted earlier row holds the key; a rejected one does not.
              if (earlier == Verdict.ACCEPT) {
                v = Verdict.REJECT;
              } else if (earlier == Verdict.UNKNOWN) {
                v = v.and(Verdict.UNKNOWN);
              }
            }
          }
          verdicts.add(v);
        }
        out.put(kind, verdicts);
      }
      return out;
    }

    /** Whether the row a reference names is accepted. */
    private Verdict status(Map<FileKind, List<Verdict>> known, Ref ref) {
      if (ref.key().get(0).isEmpty()) {
        return Verdict.REJECT;
      }
      GeneratedFile target = files.get(ref.kind());
      if (target == null) {
        // Without people.csv anyone may be named; every other named file is present.
        return ref.kind() == FileKind.PEOPLE ? Verdict.ACCEPT : Verdict.REJECT;
      }
      Verdict best = Verdict.REJECT;
      for (int i = 0; i < target.rows.size(); i++) {
        if (target.rows.get(i).key().equals(ref.key())) {
          Verdict v = known.get(ref.kind()).get(i);
          if (v == Verdict.ACCEPT) {
            return Verdict.ACCEPT;
          }
          if (v == Verdict.UNKNOWN) {
            best = Verdict.UNKNOWN;
          }
        }
      }
      return best;
    }

    String describe() {
      StringBuilder s = new StringBuilder();
      for (GeneratedFile f : files.values()) {
        s.append("--- ").append(f.kind.file).append('\n');
        String[] lines = f.text().text().split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
          s.append(i + 1).append(": ").append(escape(lines[i])).append('\n');
        }
      }
      return s.toString();
    }
  }

  /** Builds rows file by file, remembering the ids generated so far for references. */
  static final class RowGenerator {
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final String[] TEXTS = {
      "", "plain", "Victim stabbed, \"minor\" wound", "line one\nline two", "a,b,c",
      "\"quoted\"", "  padded  ", "two\r\nlines", "caf\u00e9 \u2615", "semi; colon", "#hash"
    };
    private static final String[] POSTCODES = {"", "B5 4AA", "b6  5bb", "WV1 1AA"};
    private static final String[] HO_CODES = {"8N", "008N", "4/1", "34b", "195", " 5a ", "105A"};
    private static final String[] FLAGS = {"", "Y", "n", "yes", "No", "TRUE", "false", "1", "0"};
    private static final String[] BAD_FLAGS = {"maybe", "2", "yess", "T", "F", "-", "n/a"};
    private static final String[] BAD_DATES = {
      "2021-02-30", "yesterday", "01/02/1990", "1899-12-31", "2101-01-01", "2024-13-01",
      "2023-02-29", "20240101", "2024-1-01", "\uFF12\uFF10\uFF12\uFF14-01-01", " 2024-00-10"
    };
    private static final String[] HEADERS = {
      "", "DOMESTIC ABUSE; weapons", "a;b;;A", "drugs", " county  lines ;Drugs"
    };
    private static final String[] EXTRA_COLUMNS = {"notes", "Nickname", "", "source system", "x_1"};
    private static final String[] EXTRA_VALUES = {"", "x", "note, with comma", "42", "\"q\""};

    private final boolean peopleRegister;
    private final Map<FileKind, List<String>> ids = new EnumMap<>(FileKind.class);

    RowGenerator(boolean peopleRegister) {
      this.peopleRegister = peopleRegister;
    }

    GeneratedFile file(FileKind kind, FileSpec spec, boolean allowDuplicateKeys) {
      List<Column> header = header(kind, new Random(spec.layoutSeed() * 7 + 3));
      Set<String> present =
          header.stream().map(Column::contract).filter(c -> c != null).collect(Collectors.toSet());
      List<Map<String, String>> intended = new ArrayList<>();
      List<GeneratedRow> rows = new ArrayList<>();
      Set<List<String>> keys = new HashSet<>();
      List<String> fileIds = new ArrayList<>();
      for (int i = 0; i < spec.rows().size(); i++) {
        RowSpec rowSpec = spec.rows().get(i);
        Random r = new Random(rowSpec.seed());
        Map<String, String> v = validRow(kind, i + 1, present, r);
        Map<String, String> original = Map.copyOf(v);
        Corruption c = rowSpec.corruption();
        Set<String> drops = new TreeSet<>();
        Verdict own = corrupt(kind, c, v, present, intended, r, drops);
        if (own == null) {
          c = Corruption.NONE;
          own = Verdict.ACCEPT;
        }
        String[] fields = new String[header.size()];
        for (int j = 0; j < fields.length; j++) {
          String col = header.get(j).contract();
          fields[j] = col == null ? pick(r, EXTRA_VALUES) : v.get(col);
        }
        if (c == Corruption.WRONG_FIELD_COUNT) {
          if (fields.length <= 2 || r.nextBoolean()) {
            fields = Arrays.copyOf(fields, fields.length + 1);
            fields[fields.length - 1] = r.nextBoolean() ? "" : "extra";
          } else {
            fields = Arrays.copyOf(fields, fields.length - 1);
          }
        } else if (c == Corruption.OVERLONG_FIELD) {
          fields[r.nextInt(fields.length)] = "x".repeat(MAX_FIELD_LENGTH + 1 + r.nextInt(30));
        } else if (c == Corruption.JUNK) {
          int j = r.nextInt(fields.length);
          fields[j] = junk(r);
          // Junk in an ignored column harms nothing.
          own = header.get(j).contract() == null ? Verdict.ACCEPT : Verdict.UNKNOWN;
        }
        GeneratedRow row = row(kind, header, fields, own, c, own == Verdict.ACCEPT ? drops : Set.of());
        if (!allowDuplicateKeys && !keys.add(row.key())) {
          continue;
        }
        rows.add(row);
        intended.add(original);
        if (!kind.idPrefix().isEmpty()) {
          fileIds.add(original.get(kind.key.get(0)).strip());
        }
      }
      ids.put(kind, fileIds);
      return new GeneratedFile(kind, header, rows, spec.layoutSeed());
    }

    private static GeneratedRow row(
        FileKind kind,
        List<Column> header,
        String[] fields,
        Verdict own,
        Corruption c,
        Set<String> drops) {
      Map<String, String> written = new HashMap<>();
      for (int j = 0; j < header.size() && j < fields.length; j++) {
        if (header.get(j).contract() != null) {
          written.put(header.get(j).contract(), fields[j]);
        }
      }
      List<String> key = new ArrayList<>();
      for (String col : kind.key) {
        String value = written.getOrDefault(col, "").strip();
        key.add(col.equals("role") ? enumKey(value) : value);
      }
      List<Ref> refs = new ArrayList<>();
      kind.references()
          .forEach(
              (col, target) ->
                  refs.add(new Ref(target, List.of(written.getOrDefault(col, "").strip()))));
      return new GeneratedRow(fields, own, List.copyOf(key), List.copyOf(refs), c, Set.copyOf(drops));
    }

    /** An enum value as the loader matches it. */
    private static String enumKey(String value) {
      return value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    /** Required columns, some optional ones (a point's two columns together), a few extras. */
    private static List<Column> header(FileKind kind, Random r) {
      List<Column> columns = new ArrayList<>();
      for (String c : kind.required) {
        columns.add(contractColumn(c, r));
      }
      for (String c : kind.optional) {
        if (c.endsWith("northing")) {
          continue;
        }
        if (r.nextInt(10) < 6) {
          columns.add(contractColumn(c, r));
          if (c.endsWith("easting")) {
            columns.add(contractColumn(c.replace("easting", "northing"), r));
          }
        }
      }
      int extras = r.nextInt(3);
      for (int i = 0; i < extras; i++) {
        columns.add(new Column(null, pick(r, EXTRA_COLUMNS)));
      }
      Collections.shuffle(columns, r);
      return columns;
    }

    private static Column contractColumn(String name, Random r) {
      String written;
      switch (r.nextInt(4)) {
        case 0:
          written = name.toUpperCase(Locale.ROOT);
          break;
        case 1:
          written = mixedCase(name, r);
          break;
        case 2:
          written = " " + name + " ";
          break;
        default:
          written = name;
      }
      return new Column(name, written);
    }

    private static String mixedCase(String s, Random r) {
      StringBuilder out = new StringBuilder();
      for (char ch : s.toCharArray()) {
        out.append(r.nextBoolean() ? Character.toUpperCase(ch) : ch);
      }
      return out.toString();
    }

    // -------------------------------------------------------------------------------------------
    // Valid rows.

    private Map<String, String> validRow(
        FileKind kind, int number, Set<String> present, Random r) {
      Map<String, String> v = new HashMap<>();
      switch (kind) {
        case PEOPLE:
          v.put("person_id", padded(r, "P" + number));
          v.put("date_of_birth", r.nextInt(4) == 0 ? "" : date(r, EARLIEST, LATEST).toString());
          v.put("sex", r.nextInt(4) == 0 ? "" : enumText(r, pick(r, Sex.values())));
          point(r, v, "home_easting", "home_northing");
          v.put("home_postcode", pick(r, POSTCODES));
          break;
        case CRIMES:
          {
            v.put("crime_id", padded(r, "C" + number));
            v.put("ho_code", pick(r, HO_CODES));
            LocalDate committed = date(r, LocalDate.of(1950, 1, 1), LocalDate.of(2090, 1, 1));
            v.put("committed_on", committed.toString());
            v.put(
                "recorded_on",
                r.nextInt(3) == 0 ? "" : committed.plusDays(r.nextInt(400)).toString());
            v.put("offence_title", pick(r, TEXTS));
            point(r, v, "easting", "northing");
            v.put("postcode", pick(r, POSTCODES));
            v.put("weapon", r.nextInt(3) == 0 ? "" : enumText(r, pick(r, Weapon.values())));
            v.put(
                "weapon_use", r.nextInt(3) == 0 ? "" : enumText(r, pick(r, WeaponUse.values())));
            v.put("domestic_abuse", pick(r, FLAGS));
            v.put("ocg_related", pick(r, FLAGS));
            v.put("mo_text", pick(r, TEXTS));
            for (String level : List.of("npu", "neighbourhood", "postcode_district", "lsoa")) {
              v.put(level, r.nextBoolean() ? "" : pick(r, "NPU1", "b5", "E01000001", "nb 2"));
            }
            break;
          }
        case INVOLVEMENTS:
          v.put("crime_id", reference(r, FileKind.CRIMES));
          v.put("person_id", personReference(r));
          v.put("role", enumText(r, pick(r, Role.values())));
          break;
        case INTEL:
          {
            v.put("intel_id", padded(r, "I" + number));
            v.put("recorded_on", date(r, LocalDate.of(1990, 1, 1), LATEST).toString());
            boolean five = present.contains("grading_system") && r.nextBoolean();
            if (five) {
              v.put("grading_system", pick(r, "5x5x5", "5X5X5", " 5x5x5 "));
              v.put("source_evaluation", randomCase(r, pick(r, "A", "B", "C", "D", "E")));
              v.put("intelligence_assessment", pick(r, "1", "2", "3", "4", "5"));
              v.put("handling_code", r.nextInt(3) == 0 ? "" : pick(r, "1", "2", "3", "4", "5"));
            } else {
              v.put("grading_system", pick(r, "", "3x5x2", "3X5X2", "3 x 5 x 2"));
              v.put("source_evaluation", pick(r, "1", "2", "3"));
              v.put(
                  "intelligence_assessment", randomCase(r, pick(r, "A", "B", "C", "D", "E")));
              v.put("handling_code", r.nextInt(3) == 0 ? "" : randomCase(r, pick(r, "P", "C")));
            }
            v.put("headers", pick(r, HEADERS));
            point(r, v, "easting", "northing");
            break;
          }
        case INTEL_PEOPLE:
          v.put("intel_id", reference(r, FileKind.INTEL));
          v.put("person_id", personReference(r));
          break;
        case CUSTODY:
          v.put("custody_id", padded(r, "K" + number));
          v.put("person_id", personReference(r));
          v.put("booked_on", date(r, LocalDate.of(1990, 1, 1), LATEST).toString());
          for (String flag : FileKind.CUSTODY.flagColumns()) {
            v.put(flag, pick(r, FLAGS));
          }
          v.put("school_urn", pick(r, "", "103456", "x"));
          break;
        case OCG:
          {
            v.put("person_id", personReference(r));
            v.put("ocg_id", pick(r, "OCG-A", "OCG-B", "ocg c"));
            LocalDate from = date(r, LocalDate.of(1950, 1, 1), LocalDate.of(2090, 1, 1));
            v.put("from", from.toString());
            v.put("to", r.nextBoolean() ? "" : from.plusDays(r.nextInt(4000)).toString());
            v.put("role", pick(r, TEXTS));
            break;
          }
        default:
          throw new IllegalStateException(kind.toString());
      }
      return v;
    }

    private String reference(Random r, FileKind target) {
      List<String> known = ids.getOrDefault(target, List.of());
      return known.isEmpty() ? target.idPrefix() + "1" : padded(r, pick(r, known));
    }

    private String personReference(Random r) {
      return peopleRegister ? reference(r, FileKind.PEOPLE) : padded(r, "P" + (1 + r.nextInt(8)));
    }

    private static void point(Random r, Map<String, String> v, String easting, String northing) {
      boolean blank = r.nextInt(3) == 0;
      v.put(easting, blank ? "" : coordinate(r, 700_000));
      v.put(northing, blank ? "" : coordinate(r, 1_300_000));
    }

    /** Metres in range, in the forms the loader reads. */
    private static String coordinate(Random r, int max) {
      switch (r.nextInt(7)) {
        case 0:
          return "0";
        case 1:
          return Integer.toString(max);
        case 2:
          return r.nextInt(max) + "." + r.nextInt(10);
        case 3:
          return "1e5";
        case 4:
          return "+" + r.nextInt(max + 1);
        case 5:
          return "." + r.nextInt(1000);
        default:
          return Integer.toString(r.nextInt(max + 1));
      }
    }

    // -------------------------------------------------------------------------------------------
    // Corruptions.

    /**
     * Breaks the row's values as {@code c} says.
     *
     * @return what the row then deserves on its own, or null when {@code c} does not apply here
     */
    private Verdict corrupt(
        FileKind kind,
        Corruption c,
        Map<String, String> v,
        Set<String> present,
        List<Map<String, String>> earlier,
        Random r,
        Set<String> drops) {
      switch (c) {
        case NONE:
          return Verdict.ACCEPT;
        case BAD_DATE:
          {
            List<String> cols = presentOf(kind.dateColumns(), present);
            if (cols.isEmpty()) {
              return null;
            }
            String col = pick(r, cols);
            v.put(col, pick(r, BAD_DATES));
            // A date a rule needs rejects the row; an optional one is dropped.
            return dropUnlessRequired(kind, col, drops);
          }
        case DATE_ORDER:
          if (kind == FileKind.CRIMES && present.contains("recorded_on")) {
            LocalDate committed = LocalDate.parse(v.get("committed_on"));
            v.put("recorded_on", committed.minusDays(1 + r.nextInt(400)).toString());
            drops.add("recorded_on");
            return Verdict.ACCEPT;
          }
          if (kind == FileKind.OCG && present.contains("to")) {
            LocalDate from = LocalDate.parse(v.get("from"));
            v.put("to", from.minusDays(1 + r.nextInt(400)).toString());
            drops.add("to");
            return Verdict.ACCEPT;
          }
          return null;
        case UNKNOWN_ENUM:
          {
            List<String> cols = presentOf(kind.enumColumns(), present);
            if (cols.isEmpty()) {
              return null;
            }
            String col = pick(r, cols);
            v.put(
                col,
                col.equals("sex")
                    ? pick(r, "X", "male", "?", "FM")
                    : col.equals("role")
                        ? pick(r, "ASSAILANT", "perp", "victims")
                        : pick(r, "sword", "knife", "gun", "none at all", "waved"));
            return dropUnlessRequired(kind, col, drops);
          }
        case BAD_FLAG:
          {
            List<String> cols = presentOf(kind.flagColumns(), present);
            if (cols.isEmpty()) {
              return null;
            }
            String col = pick(r, cols);
            v.put(col, pick(r, BAD_FLAGS));
            drops.add(col);
            return Verdict.ACCEPT;
          }
        case BAD_COORDINATES:
          {
            String easting = kind.eastingColumn();
            if (easting == null || !present.contains(easting)) {
              return null;
            }
            String northing = easting.replace("easting", "northing");
            String[][] bad = {
              {"-1", "286000"}, {"700000.5", "286000"}, {"407000", "1300001"},
              {"abc", "286000"}, {"1e6", "286000"}, {"407000", ""}, {"", "286000"},
              {"1,5", "286000"}, {"NaN", "286000"}, {"Infinity", "286000"}, {"0x10", "286000"},
              {"1 000", "286000"}, {"407000", "-0.5"}, {"9999999999", "286000"}
            };
            String[] pair = bad[r.nextInt(bad.length)];
            v.put(easting, pair[0]);
            v.put(northing, pair[1]);
            // The pair is dropped together, reported once for the half at fault.
            drops.add(easting);
            drops.add(northing);
            return Verdict.ACCEPT;
          }
        case BAD_GRADING:
          return kind == FileKind.INTEL ? badGrading(v, present, r, drops) : null;
        case DUPLICATE:
          {
            if (earlier.isEmpty()) {
              return null;
            }
            Map<String, String> other = pick(r, earlier);
            for (String col : kind.key) {
              String value = other.get(col);
              v.put(col, col.equals("role") ? enumText(r, Role.valueOf(enumKey(value))) : value);
            }
            if (kind == FileKind.OCG) {
              v.put("to", "");
            }
            return Verdict.ACCEPT;
          }
        case UNKNOWN_REFERENCE:
          {
            List<String> cols = new ArrayList<>(new TreeSet<>(kind.references().keySet()));
            if (cols.isEmpty()) {
              return null;
            }
            String col = pick(r, cols);
            FileKind target = kind.references().get(col);
            v.put(col, target.idPrefix() + (900 + r.nextInt(100)));
            return Verdict.ACCEPT;
          }
        case BLANK_REQUIRED:
          {
            String col = pick(r, kind.required);
            v.put(col, col.equals("ho_code") ? pick(r, "", " ", "\t", "\u00a0") : pick(r, "", " "));
            return Verdict.REJECT;
          }
        case WRONG_FIELD_COUNT:
        case OVERLONG_FIELD:
          return Verdict.REJECT;
        case CONTROL_IN_REQUIRED:
          {
            // Every required column generated here is an id, a key, a code, a date, a role or a
            // grade: none can be read as not recorded.
            String col = pick(r, kind.required);
            v.put(col, withControl(r, v.get(col)));
            return Verdict.REJECT;
          }
        case CONTROL_IN_TEXT:
          {
            List<String> cols = presentOf(kind.textColumns(), present);
            if (cols.isEmpty()) {
              return null;
            }
            String col = pick(r, cols);
            if (v.get(col).isBlank()) {
              // Nothing but control characters: not recorded, and listed as dropped.
              v.put(col, pick(r, "\u0000", "\u001B\u0007", "\u007F\u0001"));
              drops.add(col);
            } else {
              v.put(col, withControl(r, v.get(col)));
            }
            return Verdict.ACCEPT;
          }
        case JUNK:
          return Verdict.UNKNOWN;
        default:
          throw new IllegalStateException(c.toString());
      }
    }

    /** A control character (not tab) inserted somewhere in the value. */
    private static String withControl(Random r, String value) {
      String control = pick(r, "\u0000", "\u0007", "\u001B", "\u001F", "\u007F", "\n", "\r\n");
      int at = r.nextInt(value.length() + 1);
      return value.substring(0, at) + control + value.substring(at);
    }

    private static Verdict dropUnlessRequired(FileKind kind, String column, Set<String> drops) {
      if (kind.required.contains(column)) {
        return Verdict.REJECT;
      }
      drops.add(column);
      return Verdict.ACCEPT;
    }

    private static Verdict badGrading(
        Map<String, String> v, Set<String> present, Random r, Set<String> drops) {
      boolean five =
          GradingSystem.fromLabel(v.get("grading_system").strip())
              .map(g -> g == GradingSystem.FIVE_BY_FIVE_BY_FIVE)
              .orElse(false);
      List<String> ways = new ArrayList<>(List.of("source", "assessment"));
      if (present.contains("grading_system")) {
        ways.add("system");
      }
      if (present.contains("handling_code")) {
        ways.add("handling");
      }
      switch (pick(r, ways)) {
        case "source":
          v.put("source_evaluation", five ? pick(r, "F", "1") : pick(r, "4", "A", "0"));
          break;
        case "assessment":
          v.put("intelligence_assessment", five ? pick(r, "6", "A", "0") : pick(r, "F", "1"));
          break;
        case "system":
          v.put("grading_system", pick(r, "4x4", "3x5x3", "five"));
          break;
        default:
          v.put("handling_code", five ? pick(r, "6", "P", "12", "0") : pick(r, "3", "X", "PC"));
          drops.add("handling_code");
          return Verdict.ACCEPT;
      }
      return Verdict.REJECT;
    }

    private static List<String> presentOf(List<String> columns, Set<String> present) {
      return columns.stream().filter(present::contains).toList();
    }

    // -------------------------------------------------------------------------------------------
    // Small random helpers.

    /** Up to 15 code points from all over Unicode (no lone surrogates: the file must be UTF-8). */
    private static String junk(Random r) {
      StringBuilder s = new StringBuilder();
      int n = 1 + r.nextInt(15);
      for (int i = 0; i < n; i++) {
        int cp;
        switch (r.nextInt(6)) {
          case 0:
            cp = 0x20 + r.nextInt(0x5F);
            break;
          case 1:
            cp = r.nextInt(0x20);
            break;
          case 2:
            cp = 0xA0 + r.nextInt(0x2000 - 0xA0);
            break;
          case 3:
            cp = pick(r, 0xFEFF, 0x00A0, 0x2028, 0x200B, 0xFFFD, 0x3000, 0x0085);
            break;
          case 4:
            do {
              cp = r.nextInt(0x10000);
            } while (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
            break;
          default:
            cp = 0x10000 + r.nextInt(0x100000);
        }
        s.appendCodePoint(cp);
      }
      return s.toString();
    }

    private static LocalDate date(Random r, LocalDate from, LocalDate to) {
      switch (r.nextInt(10)) {
        case 0:
          return from;
        case 1:
          return to;
        default:
          return LocalDate.ofEpochDay(
              from.toEpochDay() + (long) r.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
      }
    }

    /** An enum constant as people write it: any case, spaces or hyphens for underscores. */
    private static String enumText(Random r, Enum<?> e) {
      String name = e.name();
      String text;
      switch (r.nextInt(4)) {
        case 0:
          text = name;
          break;
        case 1:
          text = mixedCase(name.toLowerCase(Locale.ROOT), r);
          break;
        case 2:
          text = name.toLowerCase(Locale.ROOT).replace('_', ' ');
          break;
        default:
          text = name.replace('_', '-');
      }
      return padded(r, text);
    }

    private static String randomCase(Random r, String s) {
      return r.nextBoolean() ? s.toLowerCase(Locale.ROOT) : s;
    }

    private static String padded(Random r, String s) {
      return r.nextInt(5) == 0 ? " " + s + " " : s;
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
      return options[r.nextInt(options.length)];
    }

    private static <T> T pick(Random r, List<T> options) {
      return options.get(r.nextInt(options.size()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Files.

  @FunctionalInterface
  private interface InDir {
    void run(Path dir) throws IOException;
  }

  /** Runs {@code body} in a fresh temporary folder, deleted afterwards. */
  private static void inTempDir(InDir body) {
    Path dir;
    try {
      dir = Files.createTempDirectory("vc-load-properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      body.run(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteRecursively(dir);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Control characters, BOMs and line breaks made visible. */
  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp == 0x7F || cp == 0xFEFF || cp == 0x85 || cp == 0x2028) {
                out.append("\\u").append(String.format(Locale.ROOT, "%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
