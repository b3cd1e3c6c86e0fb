package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.classify.TypologyOptions;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.core.load.LoadOptions;
import org.vcanalytics.core.load.LoadReport;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.Rejection;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.examples.share.ShareOptions;
import org.vcanalytics.examples.share.SharedOutputs;
import org.vcanalytics.examples.synthetic.SyntheticForce;
import org.vcanalytics.network.Pseudonymiser;

/**
 * A fuzz test of the whole library on bad input: synthetic packages ({@link SyntheticForce}) with
 * at least 1 % of the fields of every file corrupted, loaded, analysed and written.
 *
 * <p>Each package is generated once from its seed and analysed clean; then each round corrupts a
 * fresh copy of it with a seed of its own. A round picks, in every CSV file, between 1.2 % and 2 %
 * of its cells (row × column, without repeats) and replaces each by garbage: impossible or
 * implausible dates ({@code 2021-02-30}), other shapes ({@code 01/03/2024}), out-of-range or
 * malformed coordinates, unknown codes, grades outside their system, control characters, line
 * breaks, quotes and commas inside a field, formula text ({@code =1+1}), unicode, blank values,
 * ids carrying the marker {@value #MARK} (which no generated id holds) and, rarely, fields over the
 * 10,000-character limit; and valid values at the edges (1900-01-01, a date of birth 120 years
 * before the as-of date, {@code 4.07e5}, {@code knife or sharp}, {@code 008N}; in one round in three,
 * coordinates at the far corners of the National Grid). About 0.25 % of the rows also get one field
 * more or one less. The rows are written through Jackson's CSV writer, so every file stays CSV; its
 * layout varies as exports do (every field quoted, CRLF, a byte-order mark, header names in other
 * cases, columns in another order, an unknown column). {@code areas.geojson} gets the same rate of
 * bad feature fields: a bad level, id, name, population or geometry (some kept: a vertex off the
 * National Grid but inside the degrees the contract accepts), or no feature at all; one round in ten
 * puts a National Grid position into this degrees file, which the contract reads as National Grid,
 * rejecting every feature.
 *
 * <p>Checked in every round:
 *
 * <ol>
 *   <li>Nothing throws — loading ({@link VcPackage#load}, not even a {@code BrokenFileException}),
 *       {@link Pipeline#run}, {@link Outputs#write} and {@link SharedOutputs#write}.
 *   <li>The account of the load: every file reads exactly the rows written; accepted + rejected =
 *       read; the rejected rows and dropped values listed in the {@link LoadReport} match the
 *       {@link FileReport} counts, each with its file, line, column, value (escaped, capped),
 *       reason and action, in file then line order. Every entry is on a corrupted row, or on a row
 *       that names a corrupted one ({@code names X, which is not in ...}, {@code names X, whose row
 *       in ... (line N) was rejected} — N a corrupted line). Every corrupted row whose fate is
 *       certain is listed: a wrong number of fields, an over-long field, a blank or control
 *       character in a required field, an impossible date, an unknown role or grade reject the row;
 *       a bad optional date, code, flag, coordinate or {@code school_urn} is listed (dropped, or
 *       its row rejected for another reason).
 *   <li>Nothing untouched changes: the events.csv row of every untouched crime, and the {@code
 *       vc_events}, {@code harm}, {@code harm_recency} and {@code last_vc_on} of every person whose
 *       harm is untouched (people.csv; not {@code category}, which depends on the whole cohort),
 *       are those of the clean run.
 * </ol>
 *
 * <p><b>Untouched</b>, from what {@code VcClassifier} and {@code HarmCalculator} read (a row is
 * <em>corrupted</em> when any of its fields was, or its shape; rows are those of the clean package):
 *
 * <ul>
 *   <li>A crime is untouched when none of these is corrupted: its crimes.csv row (code, dates,
 *       weapon, flags: VC and KNIFE, GUN, OCG flag, DOMESTIC flag, ROBBERY); its involvements.csv
 *       rows in the roles the typology rules read — VICTIM, OFFENDER, SUSPECT (YOUTH's roles, VAW's
 *       victims, OCG's and DOMESTIC's offenders and suspects; a WITNESS or OTHER row changes no
 *       typology), and any of its rows whose role was corrupted; the people.csv rows of those people
 *       (date of birth for YOUTH, sex for VAW, and a rejected person takes their involvements with
 *       them); the ocg.csv rows of its offenders and suspects (OCG membership); and, for the
 *       DOMESTIC intelligence rule, every intel_people.csv row naming one of its victims, the
 *       intel.csv row of each log so named (its headers and date) and that log's intel_people.csv
 *       rows naming any of those people (a victim and an offender or suspect).
 *   <li>A person's harm is untouched when none of these is corrupted: their people.csv row, their
 *       involvements.csv rows as OFFENDER or SUSPECT (harm counts no other role) and any of theirs
 *       whose role was corrupted, and the crimes.csv rows of those crimes.
 * </ul>
 *
 * <p>Corrupt values never collide with a real id (a corrupted id either carries the marker, is
 * blank, holds a control character or is text no generated id can be), so one corruption cannot
 * make another row a duplicate or give a row a parent it did not have.
 *
 * <p>Deterministic: the seeds are fixed and printed in every assertion message. To rerun one round,
 * {@code mvn -B -q verify -pl vc-examples -am -Dtest=FuzzPackagesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dvc.fuzz=PEOPLE:YEARS:SEED:ROUND}; for a longer soak, {@code -Dvc.fuzz.rounds=N} (rounds per
 * package; default 5 for the large packages, 2 for the small) and {@code -Dvc.fuzz.rate=R} (the
 * largest share of a file's cells corrupted; default 0.02).
 * Prints aggregate counts only, never a person's data.
 */
class FuzzPackagesTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  /** Put in corrupted ids: '§' is in no generated id (P0000001, C00000001, OCG-01, 100001, E01008881). */
  static final String MARK = "\u00A7fz";

  /** What a generated id looks like; garbage for an id never does. */
  static final Pattern GENERATED_ID =
      Pattern.compile("P\\d{7}|C\\d{8}|I\\d{8}|K\\d{8}|OCG-\\d{2,}|\\d{6}|E\\d{8}");

  static final List<String> CSV_FILES =
      List.of("people.csv", "crimes.csv", "involvements.csv", "intel.csv", "intel_people.csv", "custody.csv",
          "ocg.csv", "schools.csv");
  static final String AREAS = "areas.geojson";
  static final int MAX_FIELD = LoadOptions.DEFAULT_MAX_FIELD_LENGTH;

  /** The most cells of a file a round corrupts; a round draws its rate between 1.2 % (or this) and this. */
  static final double MAX_RATE = Double.parseDouble(System.getProperty("vc.fuzz.rate", "0.02"));
  static final double MIN_RATE = Math.min(0.012, MAX_RATE);

  /**
   * A generated package and how many corrupted copies of it are analysed.
   *
   * @param people people
   * @param years years of crime
   * @param seed the generator's seed
   * @param rounds corrupted copies
   */
  record Pkg(int people, int years, long seed, int rounds) {
    @Override
    public String toString() {
      return people + " people over " + years + " years, seed " + seed + ", " + rounds + " rounds";
    }
  }

  /** The packages: rows ≈ people + 1.7 × people × years, and 659 areas. */
  static Stream<Pkg> packages() {
    String only = System.getProperty("vc.fuzz");
    if (only != null && !only.isBlank()) {
      String[] p = only.split(":");
      return Stream.of(
          new Pkg(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Long.parseLong(p[2]), -1 - Integer.parseInt(p[3])));
    }
    String rounds = System.getProperty("vc.fuzz.rounds");
    int k = rounds == null ? 0 : Integer.parseInt(rounds);
    return Stream.of(
        // About 145,000 and 57,000 rows: five rounds of each read about 1,000,000 rows.
        new Pkg(8_000, 10, 101, k > 0 ? k : 5), new Pkg(5_000, 6, 202, k > 0 ? k : 5),
        // Small forces: few rows, a cohort of a handful or none, files all but emptied by the damage.
        new Pkg(10, 1, 303, k > 0 ? k : 2), new Pkg(150, 2, 404, k > 0 ? k : 2));
  }

  /** Totals over every round, printed at the end: counts only. */
  static final class Totals {
    static long rounds;
    static long rowsRead;
    static long fields;
    static long cells;
    static long rows;
    static long shapes;
    static long rejected;
    static long dropped;
    static long crimes;
    static long people;
  }

  @AfterAll
  static void printTotals() {
    System.out.printf(Locale.ROOT,
        "FuzzPackagesTest: %d rounds, %d rows read, %d of %d fields corrupted in %d rows (%d with a field more or less),"
            + " %d rows rejected, %d values dropped; %d untouched crimes and %d people with untouched harm compared%n",
        Totals.rounds, Totals.rowsRead, Totals.fields, Totals.cells, Totals.rows, Totals.shapes, Totals.rejected,
        Totals.dropped, Totals.crimes, Totals.people);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void corruptedPackagesLoadAnalyseAndWrite(Pkg pkg, @TempDir Path tmp) throws IOException {
    Path clean = tmp.resolve("clean");
    SyntheticForce.generate(clean, new SyntheticForce.Settings(pkg.people(), pkg.years(), pkg.seed(), AS_OF));
    Clean base = new Clean(clean);
    assertThat(run(clean, tmp.resolve("clean-out"), "package seed " + pkg.seed() + ", clean").rejections())
        .as("the clean package of seed %d has no rejected row or dropped value", pkg.seed())
        .isEmpty();
    Map<String, List<String>> cleanEvents = table(tmp.resolve("clean-out/events.csv"), "crime_id");
    Map<String, List<String>> cleanPeople = table(tmp.resolve("clean-out/people.csv"), "person_id");

    int first = pkg.rounds() < 0 ? -1 - pkg.rounds() : 0;
    int last = pkg.rounds() < 0 ? first + 1 : pkg.rounds();
    for (int round = first; round < last; round++) {
      long seed = pkg.seed() * 1_000_003L + round;
      String where =
          String.format(Locale.ROOT,
              "package seed %d (%d people, %d years), round %d, corruption seed %d; rerun with -Dvc.fuzz=%d:%d:%d:%d",
              pkg.seed(), pkg.people(), pkg.years(), round, seed, pkg.people(), pkg.years(), pkg.seed(), round);
      Path dir = tmp.resolve("round-" + round);
      Damage damage = corrupt(base, dir, new Random(seed));
      LoadReport report = run(dir, tmp.resolve("round-" + round + "-out"), where);
      checkAccount(base, damage, report, where);
      checkUntouched(base, damage, cleanEvents, cleanPeople, tmp.resolve("round-" + round + "-out"), where);
      deleteTree(dir);
      deleteTree(tmp.resolve("round-" + round + "-out"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Running the library.

  /**
   * Loads, analyses and writes every output; any exception fails the test with the seed.
   *
   * @return the load's report
   */
  static LoadReport run(Path dir, Path out, String where) {
    LoadResult load;
    try {
      load = VcPackage.load(dir, LoadOptions.defaults().withAsOf(AS_OF));
    } catch (RuntimeException e) {
      throw new AssertionError("the load threw (" + where + "): " + e, e);
    }
    PipelineResult result;
    try {
      result = Pipeline.run(load.dataset(), load.report(), AS_OF, PipelineOptions.defaults(), s -> {});
    } catch (RuntimeException e) {
      throw new AssertionError("Pipeline.run threw (" + where + "): " + e, e);
    }
    try {
      Outputs.write(result, out);
    } catch (RuntimeException e) {
      throw new AssertionError("Outputs.write threw (" + where + "): " + e, e);
    }
    try {
      byte[] key = "a fuzz test's key, 32 bytes long".getBytes(StandardCharsets.UTF_8);
      SharedOutputs.write(result, out.resolve("share"), Pseudonymiser.hmacSha256(key), ShareOptions.defaults());
    } catch (RuntimeException e) {
      throw new AssertionError("SharedOutputs.write threw (" + where + "): " + e, e);
    }
    return load.report();
  }

  /** An output CSV by its key column: key → the whole row. */
  static Map<String, List<String>> table(Path csv, String key) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    try (MappingIterator<String[]> it =
        new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class).readValues(csv.toFile())) {
      String[] header = it.next();
      int k = Arrays.asList(header).indexOf(key);
      out.put("", Arrays.asList(header));
      while (it.hasNext()) {
        String[] row = it.next();
        out.put(row[k], Arrays.asList(row));
      }
    }
    return out;
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The clean package and its indexes.

  /** A CSV file as generated: the header and the rows (generated files hold no quotes). */
  record Table(String name, String[] header, List<String[]> rows) {
    int column(String c) {
      return Arrays.asList(header).indexOf(c);
    }
  }

  /** The clean package: its files and the indexes the definitions of "untouched" need. */
  static final class Clean {
    final Map<String, Table> tables = new LinkedHashMap<>();
    final List<String> areaLines;
    final Map<String, Integer> personRow = new HashMap<>();
    final Map<String, Integer> crimeRow = new HashMap<>();
    final Map<String, Integer> intelRow = new HashMap<>();
    final Map<String, List<Integer>> involvementsOfCrime = new HashMap<>();
    final Map<String, List<Integer>> involvementsOfPerson = new HashMap<>();
    final Map<String, List<Integer>> mentionsOfPerson = new HashMap<>();
    final Map<String, List<Integer>> mentionsInLog = new HashMap<>();
    final Map<String, List<Integer>> ocgOfPerson = new HashMap<>();

    Clean(Path dir) throws IOException {
      for (String f : CSV_FILES) {
        List<String> lines = Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<String[]> rows = new ArrayList<>(lines.size());
        for (String l : lines.subList(1, lines.size())) {
          String[] row = l.split(",", -1);
          if (row.length != header.length) {
            throw new AssertionError(f + " was generated with a quoted field: update the fuzz test's reader");
          }
          rows.add(row);
        }
        tables.put(f, new Table(f, header, rows));
      }
      areaLines = Files.readAllLines(dir.resolve(AREAS), StandardCharsets.UTF_8);
      index("people.csv", "person_id", personRow);
      index("crimes.csv", "crime_id", crimeRow);
      index("intel.csv", "intel_id", intelRow);
      group("involvements.csv", "crime_id", involvementsOfCrime);
      group("involvements.csv", "person_id", involvementsOfPerson);
      group("intel_people.csv", "person_id", mentionsOfPerson);
      group("intel_people.csv", "intel_id", mentionsInLog);
      group("ocg.csv", "person_id", ocgOfPerson);
    }

    private void index(String file, String col, Map<String, Integer> out) {
      Table t = tables.get(file);
      int c = t.column(col);
      for (int i = 0; i < t.rows().size(); i++) {
        out.put(t.rows().get(i)[c], i);
      }
    }

    private void group(String file, String col, Map<String, List<Integer>> out) {
      Table t = tables.get(file);
      int c = t.column(col);
      for (int i = 0; i < t.rows().size(); i++) {
        out.computeIfAbsent(t.rows().get(i)[c], k -> new ArrayList<>()).add(i);
      }
    }

    Table t(String file) {
      return tables.get(file);
    }

    String cell(String file, int row, String col) {
      return t(file).rows().get(row)[t(file).column(col)];
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Corruption.

  /** What a column holds, for the garbage to aim at and the fate of a bad value. */
  enum Kind {
    ID(true), KEY(true), CODE(true), DATE(true), ROLE(true), GRADE(true), SYSTEM(false), POINT(true), NAME(true),
    OPT_DATE(false), DOB(false), OPT_CODE(false), FLAG(false), OPT_POINT(false), OPT_ID(false), HANDLING(false),
    TEXT(false);

    /** Whether the row cannot do without it. */
    final boolean required;

    Kind(boolean required) {
      this.required = required;
    }
  }

  static Kind kind(String file, String column) {
    switch (file + "/" + column) {
      case "people.csv/person_id", "crimes.csv/crime_id", "intel.csv/intel_id", "custody.csv/custody_id",
          "ocg.csv/ocg_id", "schools.csv/urn":
        return Kind.ID;
      case "involvements.csv/crime_id", "involvements.csv/person_id", "intel_people.csv/intel_id",
          "intel_people.csv/person_id", "custody.csv/person_id", "ocg.csv/person_id":
        return Kind.KEY;
      case "crimes.csv/ho_code":
        return Kind.CODE;
      case "crimes.csv/committed_on", "intel.csv/recorded_on", "custody.csv/booked_on", "ocg.csv/from":
        return Kind.DATE;
      case "involvements.csv/role":
        return Kind.ROLE;
      case "intel.csv/source_evaluation", "intel.csv/intelligence_assessment":
        return Kind.GRADE;
      case "intel.csv/grading_system":
        return Kind.SYSTEM;
      case "schools.csv/easting", "schools.csv/northing":
        return Kind.POINT;
      case "schools.csv/name":
        return Kind.NAME;
      case "crimes.csv/recorded_on", "ocg.csv/to":
        return Kind.OPT_DATE;
      case "people.csv/date_of_birth":
        return Kind.DOB;
      case "people.csv/sex", "crimes.csv/weapon", "crimes.csv/weapon_use":
        return Kind.OPT_CODE;
      case "crimes.csv/domestic_abuse", "crimes.csv/ocg_related", "custody.csv/mental_health",
          "custody.csv/substance_misuse", "custody.csv/alcohol", "custody.csv/self_harm":
        return Kind.FLAG;
      case "people.csv/home_easting", "people.csv/home_northing", "crimes.csv/easting", "crimes.csv/northing":
        return Kind.OPT_POINT;
      case "custody.csv/school_urn":
        return Kind.OPT_ID;
      case "intel.csv/handling_code":
        return Kind.HANDLING;
      case "crimes.csv/npu", "crimes.csv/neighbourhood", "intel.csv/headers", "ocg.csv/role", "schools.csv/phase",
          "schools.csv/status":
        return Kind.TEXT;
      default:
        throw new IllegalStateException("no kind for " + file + " column " + column + ": update the fuzz test");
    }
  }

  /** Bad for every kind it is aimed at: the load must list it (reject the row or drop the value). */
  static final Map<Kind, List<String>> INVALID = new EnumMap<>(Kind.class);

  static {
    List<String> dates =
        List.of("2021-02-30", "2023-13-01", "2019-00-10", "2022-04-31", "01/03/2024", "yesterday", "2024-3-1",
            "20240301", "1066-10-14", "2101-01-01", "\uFF12\uFF10\uFF12\uFF14-01-01", "2024-01-01T10:00");
    List<String> points = List.of("-5", "407,123", "1e400", "1300001", "NaN", "-1.8904", "52\u00B0N", "0x10", "1.2.3");
    INVALID.put(Kind.DATE, dates);
    INVALID.put(Kind.OPT_DATE, dates);
    List<String> dob = new ArrayList<>(dates);
    dob.addAll(List.of("2030-06-01", "2025-01-01", "1890-06-29", "1904-12-30"));
    INVALID.put(Kind.DOB, dob);
    List<String> codes = List.of("XYZZY", "ASSAILANT", "F M", "N/A", "Unbekannt", "KNIFE OR SHARPS", "4");
    INVALID.put(Kind.ROLE, codes);
    INVALID.put(Kind.OPT_CODE, codes);
    INVALID.put(Kind.GRADE, List.of("Z", "9", "0", "AA", "X1", "1A", "\u2460"));
    INVALID.put(Kind.SYSTEM, List.of("4x4", "3x5x3", "5\u00D75\u00D75", "6x6x6", "3x5x2x"));
    INVALID.put(Kind.FLAG, List.of("maybe", "Yy", "2", "ja", "T", "nein", "+"));
    INVALID.put(Kind.POINT, points);
    INVALID.put(Kind.OPT_POINT, points);
    INVALID.put(Kind.HANDLING, List.of("Q", "9", "PP", "0", "X"));
  }

  /**
   * Valid but extreme values, or valid in another spelling: they change a row without making it bad
   * (never for an id or a role, where a valid other value could make another row a duplicate).
   */
  static final Map<Kind, List<String>> EDGE = new EnumMap<>(Kind.class);

  static {
    EDGE.put(Kind.DATE, List.of("1900-01-01", "2100-12-31", "2024-12-31", "2016-02-29", " 2020-06-01 "));
    EDGE.put(Kind.OPT_DATE, List.of("1900-01-01", "2100-12-31", "2024-12-31", "2016-02-29"));
    EDGE.put(Kind.DOB, List.of("1904-12-31", "2024-12-31", "2024-12-30", "1999-02-28"));
    List<String> points = List.of("+407000", "4.07e5", "407000.", "287000.000", " 287000 ", "0407000");
    EDGE.put(Kind.POINT, points);
    EDGE.put(Kind.OPT_POINT, points);
    EDGE.put(Kind.FLAG, List.of("yes", "FALSE", "1", "0", "n", "True", "NO"));
    EDGE.put(Kind.OPT_CODE, List.of("knife or sharp", "imitation-firearm", "f", "m", "u", "Air Weapon", "fired"));
    EDGE.put(Kind.GRADE, List.of("1", "3", "a", "E", "5"));
    EDGE.put(Kind.SYSTEM, List.of("5x5x5", "3X5X2", "5 x 5 x 5", ""));
    EDGE.put(Kind.HANDLING, List.of("p", "c", "1", "5", ""));
    EDGE.put(Kind.CODE, List.of("008N", "34b", "4/1", "4.10", "1", "105a", "8 N", "999Z"));
    EDGE.put(Kind.NAME, List.of("S", "\u00C9cole \u2603", "x".repeat(10_000)));
  }

  /**
   * Valid coordinates far from Birmingham, at the edges of the National Grid: used in one round in
   * three, since one of them spreads the grid statistics over the whole country (tens of thousands
   * of cells, for each of ten years), which is right but slow.
   */
  static final List<String> FAR_POINTS = List.of("0", "700000", "1300000", "0.0001", ".5", "1300000.0", "699999.99");

  /** Garbage for any column; its fate follows from the blank, control-character and length rules. */
  static final List<String> ANY =
      List.of("=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "=HYPERLINK(\"http://example.invalid\",\"x\")",
          "\"quoted\", with, commas", "a,b", "a\nb", "\r\n", "x\ry", "line one\r\nline two",
          "Zo\u00EB \u00DCn\u00EFc\u00F6d\u00E9",
          "\u2603\uD83D\uDD2A\uD83D\uDE00", "\u202Eevil", "\u200B", "\u65E5\u672C\u8A9E", "\uFEFF", "e\u0301",
          "   ", "", "\t", "\u0000", "\u001B[31mred", "\u007F", "\u001F", "'", "\"", ",", "NULL", "null", "-", "#N/A",
          "<script>alert(1)</script>", "../../etc/passwd", "C:\\con\\aux", "%s%n", "${jndi:ldap://x}");

  /** The fate the contract gives a value, when it is certain. */
  enum Fate { NONE, LISTED, REJECTED }

  static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  /** Surrounding white space removed as the loader does (not control characters). */
  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && Character.isWhitespace(s.charAt(a)) && !hasControl(s.substring(a, a + 1))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1)) && !hasControl(s.substring(b - 1, b))) {
      b--;
    }
    return s.substring(a, b);
  }

  static String stripControls(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (!hasControl(s.substring(i, i + 1))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString().strip();
  }

  /** The certain fate of a value in a column of this kind; {@code invalid} when drawn from {@link #INVALID}. */
  static Fate fate(Kind k, String v, boolean invalid) {
    if (v.codePointCount(0, v.length()) > MAX_FIELD) {
      return Fate.REJECTED;
    }
    String t = trim(v);
    switch (k) {
      case ID, KEY, CODE, DATE, ROLE, GRADE, POINT:
        return t.isEmpty() || hasControl(t) || invalid ? Fate.REJECTED : Fate.NONE;
      case SYSTEM:
        return hasControl(t) || invalid ? Fate.REJECTED : Fate.NONE;
      case NAME:
        return stripControls(v).isEmpty() ? Fate.REJECTED : Fate.NONE;
      case OPT_DATE, DOB, OPT_CODE, FLAG, OPT_ID:
        return hasControl(t) || invalid ? Fate.LISTED : Fate.NONE;
      case OPT_POINT:
        // A bad half drops the pair; a blank half too, unless the other half is blank as well.
        return hasControl(t) || invalid ? Fate.LISTED : Fate.NONE;
      case HANDLING:
        return invalid ? Fate.LISTED : Fate.NONE;
      default:
        return Fate.NONE;
    }
  }

  /** A long field: over the limit, or (emoji) at it in characters though longer in UTF-16 units. */
  static String longField(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return "x".repeat(MAX_FIELD + 1 + r.nextInt(2_000));
      case 1:
        return "\uD83D\uDD2A".repeat(MAX_FIELD + 1);
      default:
        return "\uD83D\uDD2A".repeat(MAX_FIELD); // 10,000 characters: at the limit, accepted
    }
  }

  /** Garbage for a cell, never its own value and never a generated id. */
  static String garbage(Random r, Kind k, String original, int serial, boolean far, boolean[] invalid) {
    boolean id = k == Kind.ID || k == Kind.KEY || k == Kind.OPT_ID;
    while (true) {
      invalid[0] = false;
      String g;
      int roll = r.nextInt(1_000);
      if (roll < 2) {
        g = longField(r);
      } else if (roll < 400 && INVALID.containsKey(k)) {
        List<String> pool = INVALID.get(k);
        g = pool.get(r.nextInt(pool.size()));
        invalid[0] = true;
      } else if (roll < 550 && EDGE.containsKey(k)) {
        List<String> pool = far && (k == Kind.POINT || k == Kind.OPT_POINT) && r.nextBoolean() ? FAR_POINTS : EDGE.get(k);
        g = pool.get(r.nextInt(pool.size()));
      } else if (roll < 750) {
        g = aimed(r, k, original, serial);
      } else {
        g = ANY.get(r.nextInt(ANY.size()));
      }
      if (!g.equals(original) && !trim(g).equals(original) && !(id && GENERATED_ID.matcher(trim(g)).matches())) {
        return g;
      }
    }
  }

  /** Garbage made from the original value. */
  static String aimed(Random r, Kind k, String original, int serial) {
    switch (r.nextInt(7)) {
      case 0:
        return original + MARK + serial;
      case 1:
        return MARK + serial + original;
      case 2:
        return original.isEmpty() ? "\u0007" : original.substring(0, original.length() / 2) + "\u001B"
            + original.substring(original.length() / 2);
      case 3:
        return original.toLowerCase(Locale.ROOT) + (k.required ? MARK + serial : "");
      case 4:
        return original + "\n" + MARK + serial;
      case 5:
        return "\"" + original + "\"" + MARK;
      default:
        return " " + original + ", " + MARK + serial + " ";
    }
  }

  /** What one round did to the package. */
  static final class Damage {
    /** Per file, the rows (and for areas the features) corrupted. */
    final Map<String, BitSet> corrupted = new HashMap<>();
    /** Per file, the corrupted rows whose role column was corrupted (involvements). */
    final Map<String, BitSet> roleCorrupted = new HashMap<>();
    /** Per file, the line each row starts on. */
    final Map<String, long[]> lines = new HashMap<>();
    /** Per file, each row's certain fate. */
    final Map<String, Fate[]> fates = new HashMap<>();
    /** Per file, its corrupted feature rows / row lines. */
    final Map<String, Map<Long, Integer>> rowAtLine = new HashMap<>();
    /** Per file and row, what was done to it (column and escaped garbage), for failure messages. */
    final Map<String, Map<Integer, List<String>>> notes = new HashMap<>();
    /** Whether the area file was tipped into British National Grid (then every feature is rejected). */
    boolean areasAllRejected;
    long fields;
    long cells;
    long rows;
    long shapes;

    boolean isCorrupted(String file, int row) {
      return corrupted.get(file).get(row);
    }

    void note(String file, int row, String what) {
      notes.computeIfAbsent(file, k -> new HashMap<>()).computeIfAbsent(row, k -> new ArrayList<>()).add(what);
    }

    String notes(String file, int row) {
      return String.valueOf(notes.getOrDefault(file, Map.of()).get(row));
    }
  }

  /** Writes a corrupted copy of the clean package into {@code dir}. */
  static Damage corrupt(Clean base, Path dir, Random r) throws IOException {
    Files.createDirectories(dir);
    Damage d = new Damage();
    int serial = 0;
    boolean[] invalid = new boolean[1];
    boolean far = r.nextInt(3) == 0;
    CsvMapper minimal = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    CsvMapper quoted = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build();
    for (Table t : base.tables.values()) {
      int n = t.rows().size();
      int cols = t.header().length;
      double rate = MIN_RATE + r.nextDouble() * (MAX_RATE - MIN_RATE);
      long cells = (long) n * cols;
      int target = (int) Math.ceil(rate * cells);
      Set<Long> picked = new HashSet<>();
      while (picked.size() < target) {
        picked.add((long) (r.nextDouble() * cells));
      }
      String[][] rows = new String[n][];
      for (int i = 0; i < n; i++) {
        rows[i] = t.rows().get(i);
      }
      BitSet corrupted = new BitSet(n);
      BitSet role = new BitSet(n);
      Fate[] fates = new Fate[n];
      Arrays.fill(fates, Fate.NONE);
      Kind[] kinds = new Kind[cols];
      for (int c = 0; c < cols; c++) {
        kinds[c] = kind(t.name(), t.header()[c]);
      }
      for (long cell : picked.stream().sorted().toList()) {
        int i = (int) (cell / cols);
        int c = (int) (cell % cols);
        if (!corrupted.get(i)) {
          rows[i] = rows[i].clone();
          corrupted.set(i);
        }
        String g = garbage(r, kinds[c], t.rows().get(i)[c], serial++, far, invalid);
        rows[i][c] = g;
        Fate fate = fate(kinds[c], g, invalid[0]);
        fates[i] = worse(fates[i], fate);
        d.note(t.name(), i, t.header()[c] + " (" + kinds[c] + ") = '" + shown(g) + "' " + fate);
        if (t.header()[c].equals("role") && t.name().equals("involvements.csv")) {
          role.set(i);
        }
      }
      // A field more or one less in about 0.25 % of the rows (at least one per file).
      int shapes = n == 0 ? 0 : Math.max(1, (int) Math.round(n * 0.0025));
      for (int s = 0; s < shapes; s++) {
        int i = r.nextInt(n);
        if (!corrupted.get(i)) {
          rows[i] = rows[i].clone();
          corrupted.set(i);
        }
        if (rows[i].length != cols) {
          continue; // already reshaped
        }
        List<String> f = new ArrayList<>(Arrays.asList(rows[i]));
        if (r.nextBoolean()) {
          f.add(r.nextInt(f.size() + 1), r.nextBoolean() ? "extra" : ANY.get(r.nextInt(ANY.size())));
        } else {
          f.remove(r.nextInt(f.size()));
          if (f.size() == 1 && f.get(0).isBlank()) {
            f.add("extra"); // a lone blank field would be a blank line, not a row
          }
        }
        rows[i] = f.toArray(new String[0]);
        fates[i] = Fate.REJECTED;
        d.note(t.name(), i, f.size() + " fields");
        d.shapes++;
      }
      // Written through a CSV writer: fields with commas, quotes or line breaks are quoted. The file's
      // layout varies as spreadsheet exports do: every field quoted, CRLF line ends, a byte-order mark,
      // header names in other cases or padded, the columns in another order, a column the contract does
      // not know (each in about one file in five).
      int[] order = new int[cols];
      for (int c = 0; c < cols; c++) {
        order[c] = c;
      }
      if (r.nextInt(5) == 0) {
        for (int c = cols - 1; c > 0; c--) {
          int o = r.nextInt(c + 1);
          int x = order[c];
          order[c] = order[o];
          order[o] = x;
        }
      }
      boolean unknown = r.nextInt(5) == 0;
      boolean renamed = r.nextInt(5) == 0;
      String[] header = new String[cols + (unknown ? 1 : 0)];
      for (int c = 0; c < cols; c++) {
        String h = t.header()[order[c]];
        header[c] = !renamed ? h : switch (c % 3) {
          case 0 -> h.toUpperCase(Locale.ROOT);
          case 1 -> " " + h + "\t";
          default -> Character.toUpperCase(h.charAt(0)) + h.substring(1);
        };
      }
      if (unknown) {
        header[cols] = "fuzz_unknown";
      }
      long[] lines = new long[n];
      Map<Long, Integer> at = new HashMap<>();
      long line = 2;
      CsvSchema schema = CsvSchema.emptySchema().withLineSeparator(r.nextInt(4) == 0 ? "\r\n" : "\n");
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(t.name()), StandardCharsets.UTF_8)) {
        if (r.nextInt(5) == 0) {
          w.write('\uFEFF');
        }
        try (SequenceWriter out = (r.nextInt(5) == 0 ? quoted : minimal).writer(schema).writeValues(w)) {
          out.write(header);
          for (int i = 0; i < n; i++) {
            String[] row = rows[i];
            if (row.length == cols) {
              row = new String[cols];
              for (int c = 0; c < cols; c++) {
                row[c] = rows[i][order[c]];
              }
            }
            if (unknown) {
              row = Arrays.copyOf(row, row.length + 1);
              row[row.length - 1] = ANY.get(r.nextInt(ANY.size()));
            }
            out.write(row);
            lines[i] = line;
            at.put(line, i);
            line += 1 + breaks(row);
          }
        }
      }
      long fields = picked.size();
      d.fields += fields;
      d.cells += cells;
      d.rows += corrupted.cardinality();
      d.corrupted.put(t.name(), corrupted);
      d.roleCorrupted.put(t.name(), role);
      d.lines.put(t.name(), lines);
      d.rowAtLine.put(t.name(), at);
      d.fates.put(t.name(), fates);
      assertThat(fields).as("%s: at least 1 %% of its %d fields corrupted", t.name(), cells)
          .isGreaterThanOrEqualTo((long) Math.ceil(cells * 0.01));
    }
    corruptAreas(base, dir, r, d);
    return d;
  }

  static Fate worse(Fate a, Fate b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** Line breaks in a written row: CRLF, CR and LF each end a line. */
  static int breaks(String[] row) {
    int n = 0;
    for (String f : row) {
      for (int i = 0; i < f.length(); i++) {
        char c = f.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == f.length() || f.charAt(i + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The area file with 1.2–2 % of its feature fields (level, id, name, population, geometry)
   * corrupted, one feature per line as generated. One round in ten also puts one position in
   * National Grid metres into this degrees file, which makes the file read as National Grid and
   * every feature outside Great Britain: the data contract's rule, rejecting them all.
   */
  static void corruptAreas(Clean base, Path dir, Random r, Damage d) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = base.areaLines;
    int n = lines.size() - 2; // the first and the last line open and close the collection
    String[] fields = {"level", "id", "name", "population", "geometry"};
    int target = (int) Math.ceil((MIN_RATE + r.nextDouble() * (MAX_RATE - MIN_RATE)) * n * fields.length);
    Set<Integer> picked = new HashSet<>();
    while (picked.size() < target) {
      picked.add(r.nextInt(n * fields.length));
    }
    BitSet corrupted = new BitSet(n);
    Fate[] fates = new Fate[n];
    Arrays.fill(fates, Fate.NONE);
    List<String> out = new ArrayList<>(lines);
    JsonNode[] features = new JsonNode[n];
    for (int i = 0; i < n; i++) {
      String l = lines.get(i + 1);
      features[i] = json.readTree(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    for (int cell : picked.stream().sorted().toList()) {
      int i = cell / fields.length;
      String field = fields[cell % fields.length];
      corrupted.set(i);
      if (!features[i].isObject()) {
        continue;
      }
      ObjectNode feature = (ObjectNode) features[i];
      ObjectNode props = (ObjectNode) feature.get("properties");
      String id = props.path("id").asText();
      switch (field) {
        case "level" -> {
          String[] bad = {"", "   ", "lsoa\u0000", "\u001B", "NPU", "Ward \u2603", "../../x", "=1+1", "a".repeat(300),
              "neighbourhood"};
          String v = bad[r.nextInt(bad.length)];
          props.put("level", v);
          if (trim(v).isEmpty() || hasControl(v)) {
            fates[i] = Fate.REJECTED;
          }
        }
        case "id" -> {
          String[] bad = {"", "  ", id + MARK + cell, "E01\u0000" + cell, MARK + "\n" + cell, "=1+1" + MARK + cell};
          String v = bad[r.nextInt(bad.length)];
          if (r.nextInt(10) == 0) {
            props.putNull("id");
            fates[i] = Fate.REJECTED;
          } else {
            props.put("id", v);
            if (trim(v).isEmpty() || hasControl(v)) {
              fates[i] = Fate.REJECTED;
            }
          }
        }
        case "name" -> {
          String[] bad = {"", "\u0007", "Birmingham\n067A", "=1+1", "\u202E\u2603", "n".repeat(20_000), "\"q\", c"};
          props.put("name", bad[r.nextInt(bad.length)]);
        }
        case "population" -> {
          switch (r.nextInt(5)) {
            case 0 -> props.put("population", "12.5");
            case 1 -> props.put("population", -3);
            case 2 -> props.put("population", "lots");
            case 3 -> props.put("population", 1.5e300);
            default -> props.put("population", "1\u0000");
          }
          fates[i] = worse(fates[i], Fate.LISTED);
        }
        default -> {
          ObjectNode geometry = (ObjectNode) feature.get("geometry");
          int how = r.nextInt(12);
          switch (how) {
            case 0 -> geometry.put("type", "Point");
            case 1 -> geometry.put("type", "Polygonz");
            case 2 -> geometry.putArray("coordinates");
            case 3 -> {
              ArrayNode ring = (ArrayNode) geometry.get("coordinates").get(0);
              while (ring.size() > 3) {
                ring.remove(ring.size() - 1);
              }
            }
            case 4 -> ((ArrayNode) geometry.get("coordinates").get(0)).set(0, f.arrayNode().add("a").add(1));
            case 5 -> ((ArrayNode) geometry.get("coordinates").get(0)).set(0, f.arrayNode().add(-74.0).add(40.7));
            case 6 -> feature.remove("geometry");
            case 7 -> feature.putNull("geometry");
            case 8, 9, 10 -> {
              // Kept: inside the degrees box the contract accepts, but off the National Grid (south-west
              // of Cornwall, Shetland's corner) or far from Birmingham: a self-crossing spike.
              double[][] far = {{-8.9, 49.1}, {2.9, 60.9}, {-3.0, 55.0}, {-1.9, 52.5}};
              double[] v = far[r.nextInt(far.length)];
              ArrayNode ring = (ArrayNode) geometry.get("coordinates").get(0);
              ring.set(1 + r.nextInt(ring.size() - 2), f.arrayNode().add(v[0]).add(v[1]));
            }
            default -> features[i] = r.nextBoolean() ? f.textNode("not a feature") : f.objectNode().put("type", "Featur");
          }
          if (how < 8 || how > 10) {
            fates[i] = Fate.REJECTED;
          }
        }
      }
    }
    if (r.nextInt(10) == 0) {
      int i = r.nextInt(n);
      if (features[i].isObject() && features[i].path("geometry").path("coordinates").path(0).isArray()) {
        ((ArrayNode) features[i].get("geometry").get("coordinates").get(0))
            .set(0, f.arrayNode().add(407_000).add(287_000));
        d.areasAllRejected = true;
        corrupted.set(i);
      }
    }
    long[] at = new long[n];
    Map<Long, Integer> rowAt = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.set(i + 1, json.writeValueAsString(features[i]) + (i + 1 < n ? "," : ""));
      at[i] = i + 2;
      rowAt.put((long) i + 2, i);
      if (d.areasAllRejected) {
        fates[i] = Fate.REJECTED;
      }
    }
    Files.write(dir.resolve(AREAS), out, StandardCharsets.UTF_8);
    d.fields += picked.size();
    d.cells += (long) n * fields.length;
    d.rows += corrupted.cardinality();
    d.corrupted.put(AREAS, corrupted);
    d.lines.put(AREAS, at);
    d.rowAtLine.put(AREAS, rowAt);
    d.fates.put(AREAS, fates);
  }

  // ---------------------------------------------------------------------------------------------
  // Check 2: the account of the load.

  static final Pattern REFERENCE =
      Pattern.compile("names (.*), (?:which is not in (\\S+)|whose row in (\\S+) \\(line (\\d+)\\) was rejected)");

  static void checkAccount(Clean base, Damage d, LoadReport report, String where) {
    List<String> order = new ArrayList<>(CSV_FILES);
    order.add(AREAS);
    Map<String, List<Rejection>> byFile = new HashMap<>();
    int lastFile = -1;
    long lastLine = 0;
    for (Rejection x : report.rejections()) {
      int fi = order.indexOf(x.file());
      assertThat(fi).as("%s: a rejection names a file of the package: %s", where, x).isGreaterThanOrEqualTo(0);
      assertThat(fi).as("%s: rejections in file order: %s", where, x).isGreaterThanOrEqualTo(lastFile);
      if (fi != lastFile) {
        lastLine = 0;
      }
      assertThat(x.line()).as("%s: rejections in line order: %s", where, x).isGreaterThanOrEqualTo(lastLine);
      lastFile = fi;
      lastLine = x.line();
      byFile.computeIfAbsent(x.file(), k -> new ArrayList<>()).add(x);
      assertThat(x.line()).as("%s: a rejection's line is a row's: %s", where, x).isGreaterThanOrEqualTo(2);
      assertThat(x.column()).as("%s: a rejection names its column: %s", where, x).isNotBlank();
      if (!x.column().equals(Rejection.WHOLE_ROW)) {
        Set<String> columns =
            x.file().equals(AREAS)
                ? Set.of("level", "id", "name", "population", "geometry")
                : Set.of(base.t(x.file()).header());
        assertThat(columns).as("%s: a rejection's column is one of its file: %s", where, x).contains(x.column());
      }
      assertThat(x.value()).as("%s: a rejection shows its value: %s", where, x).isNotNull();
      assertThat(hasControl(x.value()) || hasControl(x.reason()))
          .as("%s: a rejection's value and reason hold no control character: %s", where, x).isFalse();
      assertThat(x.value().codePointCount(0, x.value().length()))
          .as("%s: a rejection's value is cut at 200 characters: %s", where, x)
          .isLessThanOrEqualTo(200 + " (12345 characters)".length() + 1);
      assertThat(x.reason()).as("%s: a rejection says why: %s", where, x).isNotBlank();
      assertThat(x.action()).as("%s: a rejection says what was done: %s", where, x).isNotNull();
    }
    for (String file : order) {
      FileReport fr = report.file(file);
      int written = file.equals(AREAS) ? base.areaLines.size() - 2 : base.t(file).rows().size();
      List<Rejection> listed = byFile.getOrDefault(file, List.of());
      long rejected = listed.stream().filter(Rejection::rowRejected).count();
      String what = where + ", " + file;
      assertThat(fr.present()).as("%s: present", what).isTrue();
      assertThat(fr.rowsRead()).as("%s: rows read = rows written", what).isEqualTo(written);
      assertThat(fr.accepted() + fr.rejected()).as("%s: accepted + rejected = read", what).isEqualTo(fr.rowsRead());
      assertThat(rejected).as("%s: every rejected row is listed", what).isEqualTo(fr.rejected());
      assertThat(listed.size() - rejected).as("%s: every dropped value is listed", what).isEqualTo(fr.valuesDropped());
      // A row is rejected once: one entry, whatever else is wrong with it.
      Map<Long, Long> rejectionsPerLine = new HashMap<>();
      listed.stream().filter(Rejection::rowRejected).forEach(x -> rejectionsPerLine.merge(x.line(), 1L, Long::sum));
      rejectionsPerLine.forEach((line, k) ->
          assertThat(k).as("%s line %d: a rejected row is listed once", what, line).isEqualTo(1));
      Map<Long, Integer> rowAt = d.rowAtLine.get(file);
      BitSet corrupted = d.corrupted.get(file);
      Set<Long> linesListed = new HashSet<>();
      Set<Long> linesRejected = new HashSet<>();
      for (Rejection x : listed) {
        Integer row = rowAt.get(x.line());
        assertThat(row).as("%s: a rejection's line is where a row starts: %s", what, x).isNotNull();
        linesListed.add(x.line());
        if (x.rowRejected()) {
          linesRejected.add(x.line());
        }
        if (corrupted.get(row) || (file.equals(AREAS) && d.areasAllRejected)) {
          continue;
        }
        // An untouched row is listed only for naming a corrupted one.
        Matcher m = REFERENCE.matcher(x.reason());
        assertThat(x.rowRejected() && m.matches())
            .as("%s: an uncorrupted row is listed only when it names a corrupted row: %s", what, x).isTrue();
        String named = m.group(1);
        String target = m.group(2) != null ? m.group(2) : m.group(3);
        assertThat(base.cell(file, row, x.column())).as("%s: the row names what the reason says: %s", what, x)
            .isEqualTo(named);
        Integer targetRow = idRow(base, target, named);
        assertThat(targetRow).as("%s: the named row exists in the clean package: %s", what, x).isNotNull();
        assertThat(d.isCorrupted(target, targetRow))
            .as("%s: the named row in %s is corrupted: %s", what, target, x).isTrue();
        if (m.group(4) != null) {
          assertThat(d.lines.get(target)[targetRow]).as("%s: the rejected row's line is given: %s", what, x)
              .isEqualTo(Long.parseLong(m.group(4)));
        }
      }
      // A rejected row is listed with why it is rejected; its other bad values are not listed.
      for (Rejection x : listed) {
        assertThat(!x.rowRejected() && linesRejected.contains(x.line()))
            .as("%s: a value of a rejected row is not listed as dropped: %s", what, x).isFalse();
      }
      Fate[] fates = d.fates.get(file);
      long[] lines = d.lines.get(file);
      for (int i = 0; i < fates.length; i++) {
        if (fates[i] == Fate.REJECTED) {
          assertThat(linesRejected.contains(lines[i]))
              .as("%s: the corrupted row on line %d must be rejected: %s; listed there: %s", what, lines[i],
                  d.notes(file, i), at(listed, lines[i]))
              .isTrue();
        } else if (fates[i] == Fate.LISTED) {
          assertThat(linesListed.contains(lines[i]))
              .as("%s: the bad value on line %d must be listed (dropped, or its row rejected): %s", what, lines[i],
                  d.notes(file, i))
              .isTrue();
        }
      }
    }
    Totals.rounds++;
    Totals.rowsRead += report.files().stream().mapToLong(FileReport::rowsRead).sum();
    Totals.fields += d.fields;
    Totals.cells += d.cells;
    Totals.rows += d.rows;
    Totals.shapes += d.shapes;
    Totals.rejected += report.rejectedCount();
    Totals.dropped += report.droppedCount();
  }

  static List<Rejection> at(List<Rejection> listed, long line) {
    return listed.stream().filter(x -> x.line() == line).toList();
  }

  /** A value as a failure message shows it: control characters escaped, cut at 60 characters. */
  static String shown(String v) {
    StringBuilder b = new StringBuilder();
    v.codePoints().limit(60).forEach(cp -> {
      if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x202E || cp == 0x200B || cp == 0xFEFF) {
        b.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    int n = v.codePointCount(0, v.length());
    return n > 60 ? b + "… (" + n + " characters)" : b.toString();
  }

  static Integer idRow(Clean base, String file, String id) {
    return switch (file) {
      case "people.csv" -> base.personRow.get(id);
      case "crimes.csv" -> base.crimeRow.get(id);
      case "intel.csv" -> base.intelRow.get(id);
      default -> null;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Check 3: nothing untouched changes.

  static final Set<Role> TYPOLOGY_ROLES = typologyRoles();

  /** The roles whose rows the typology rules read: YOUTH's, the victims (VAW, DOMESTIC), offenders and suspects. */
  static Set<Role> typologyRoles() {
    Set<Role> roles = EnumSet.copyOf(TypologyOptions.defaults().youthRoles());
    roles.add(Role.VICTIM);
    for (Role r : Role.values()) {
      if (r.isOffenderOrSuspect()) {
        roles.add(r);
      }
    }
    return roles;
  }

  static void checkUntouched(
      Clean base, Damage d, Map<String, List<String>> cleanEvents, Map<String, List<String>> cleanPeople, Path out,
      String where) throws IOException {
    Map<String, List<String>> events = table(out.resolve("events.csv"), "crime_id");
    Map<String, List<String>> people = table(out.resolve("people.csv"), "person_id");
    Table crimes = base.t("crimes.csv");
    Table inv = base.t("involvements.csv");
    Table mentions = base.t("intel_people.csv");
    int invPerson = inv.column("person_id");
    int invRole = inv.column("role");
    int mentionLog = mentions.column("intel_id");
    int mentionPerson = mentions.column("person_id");
    BitSet badInv = d.corrupted.get("involvements.csv");
    BitSet badInvRole = d.roleCorrupted.get("involvements.csv");
    BitSet badPeople = d.corrupted.get("people.csv");
    BitSet badCrimes = d.corrupted.get("crimes.csv");
    BitSet badOcg = d.corrupted.get("ocg.csv");
    BitSet badIntel = d.corrupted.get("intel.csv");
    BitSet badMentions = d.corrupted.get("intel_people.csv");

    long crimesCompared = 0;
    long differ = 0;
    String firstDiffer = null;
    int idCol = crimes.column("crime_id");
    for (int c = 0; c < crimes.rows().size(); c++) {
      String crime = crimes.rows().get(c)[idCol];
      if (badCrimes.get(c) || !cleanEvents.containsKey(crime)) {
        continue;
      }
      boolean touched = false;
      Set<String> victims = new HashSet<>();
      Set<String> involved = new HashSet<>();
      for (int i : base.involvementsOfCrime.getOrDefault(crime, List.of())) {
        String[] row = inv.rows().get(i);
        Role role = Role.valueOf(row[invRole]);
        if (!TYPOLOGY_ROLES.contains(role) && !badInvRole.get(i)) {
          continue;
        }
        String person = row[invPerson];
        involved.add(person);
        if (role == Role.VICTIM) {
          victims.add(person);
        }
        touched |= badInv.get(i) || badPeople.get(base.personRow.get(person));
        if (role.isOffenderOrSuspect()) {
          for (int o : base.ocgOfPerson.getOrDefault(person, List.of())) {
            touched |= badOcg.get(o);
          }
        }
      }
      for (String v : victims) {
        for (int m : base.mentionsOfPerson.getOrDefault(v, List.of())) {
          String log = mentions.rows().get(m)[mentionLog];
          touched |= badMentions.get(m) || badIntel.get(base.intelRow.get(log));
          for (int other : base.mentionsInLog.get(log)) {
            if (involved.contains(mentions.rows().get(other)[mentionPerson])) {
              touched |= badMentions.get(other);
            }
          }
        }
      }
      if (touched) {
        continue;
      }
      crimesCompared++;
      if (!cleanEvents.get(crime).equals(events.get(crime))) {
        differ++;
        if (firstDiffer == null) {
          firstDiffer = "crimes.csv line " + d.lines.get("crimes.csv")[c] + ": " + cleanEvents.get(crime) + " became "
              + events.get(crime);
        }
      }
    }
    assertThat(differ)
        .as("%s: %d of %d untouched crimes have another events.csv row than in the clean run; the first: %s", where,
            differ, crimesCompared, firstDiffer)
        .isZero();
    boolean big = MAX_RATE <= 0.02 && crimes.rows().size() >= 1_000;
    if (big) { // at the default rates most crimes of a large package are untouched: the check is not empty
      assertThat(crimesCompared).as("%s: untouched crimes compared", where).isGreaterThan(crimes.rows().size() / 5);
    }

    List<String> header = cleanPeople.get("");
    int[] harmCols = {
      header.indexOf("vc_events"), header.indexOf("harm"), header.indexOf("harm_recency"), header.indexOf("last_vc_on")
    };
    Table ppl = base.t("people.csv");
    int pid = ppl.column("person_id");
    int invCrime = inv.column("crime_id");
    long peopleCompared = 0;
    long withHarm = 0;
    differ = 0;
    firstDiffer = null;
    for (int p = 0; p < ppl.rows().size(); p++) {
      String person = ppl.rows().get(p)[pid];
      if (badPeople.get(p)) {
        continue;
      }
      boolean touched = false;
      for (int i : base.involvementsOfPerson.getOrDefault(person, List.of())) {
        String[] row = inv.rows().get(i);
        if (Role.valueOf(row[invRole]).isOffenderOrSuspect() || badInvRole.get(i)) {
          touched |= badInv.get(i) || badCrimes.get(base.crimeRow.get(row[invCrime]));
        }
      }
      if (touched) {
        continue;
      }
      peopleCompared++;
      List<String> was = cleanPeople.get(person);
      List<String> now = people.get(person);
      if (!"0".equals(was.get(harmCols[0]))) {
        withHarm++;
      }
      for (int col : harmCols) {
        if (now == null || !was.get(col).equals(now.get(col))) {
          differ++;
          if (firstDiffer == null) {
            // By line and column, not by id or value: no person-level data in the test's output.
            firstDiffer = "people.csv line " + d.lines.get("people.csv")[p] + ", column " + header.get(col);
          }
          break;
        }
      }
    }
    assertThat(differ)
        .as("%s: %d of %d people with untouched harm have other harm than in the clean run; the first: %s", where,
            differ, peopleCompared, firstDiffer)
        .isZero();
    if (big) {
      assertThat(peopleCompared).as("%s: people with untouched harm compared", where).isGreaterThan(ppl.rows().size() / 5);
      assertThat(withHarm).as("%s: people with untouched harm and some harm compared", where).isGreaterThan(50);
    }
    Totals.crimes += crimesCompared;
    Totals.people += peopleCompared;
  }
}
