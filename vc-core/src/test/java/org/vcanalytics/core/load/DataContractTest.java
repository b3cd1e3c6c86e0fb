package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.load.DataContract.ColumnSpec;
import org.vcanalytics.core.load.DataContract.ColumnType;
import org.vcanalytics.core.load.DataContract.FileSpec;

/**
 * {@code docs/data-contract.md} against {@link DataContract}: for every file the doc's column table
 * lists exactly the contract's columns, in its order, with the same required marking and, where
 * the table has a type column, the same type. The contract is built from the loader's column
 * enums, so a column added to an enum and not to the doc (or the other way round) fails here.
 */
class DataContractTest {

  /** The doc, from the module folder (where Maven runs the tests). */
  static final Path DOC = Path.of("../docs/data-contract.md");

  /** The sample package, which has every file and every column. */
  static final Path SAMPLE = Path.of("../examples/sample-package");

  @Test
  void theDocListsExactlyTheContractsColumns() throws IOException {
    check(Files.readString(DOC, StandardCharsets.UTF_8), DataContract.files());
  }

  @Test
  void theContractIsTheFilesOfThePackageInReadingOrder() {
    assertThat(DataContract.files()).extracting(FileSpec::file).isEqualTo(VcPackage.FILES);
    assertThat(VcPackage.FILES)
        .containsExactly(
            "people.csv", "crimes.csv", "involvements.csv", "intel.csv", "intel_people.csv",
            "custody.csv", "ocg.csv", "schools.csv", "areas.geojson");
    assertThat(VcPackage.CSV_FILES).hasSize(8).doesNotContain(VcPackage.AREAS);
    assertThat(DataContract.file(VcPackage.PEOPLE).columns())
        .containsExactly(
            new ColumnSpec("person_id", true, ColumnType.ID),
            new ColumnSpec("date_of_birth", false, ColumnType.DATE),
            new ColumnSpec("sex", false, ColumnType.CODE),
            new ColumnSpec("home_easting", false, ColumnType.METRES),
            new ColumnSpec("home_northing", false, ColumnType.METRES),
            new ColumnSpec("home_postcode", false, ColumnType.TEXT));
    assertThat(DataContract.file(VcPackage.AREAS).names())
        .containsExactly("level", "id", "name", "population");
    assertThat(DataContract.file(VcPackage.CRIMES).column("ho_code"))
        .contains(new ColumnSpec("ho_code", true, ColumnType.OFFENCE_CODE));
    assertThat(DataContract.file(VcPackage.CRIMES).column("nickname")).isEmpty();
  }

  @Test
  void theSamplePackagesHeadersNameEveryColumnInContractOrder() throws IOException {
    for (FileSpec f : DataContract.files()) {
      if (f.file().endsWith(".csv")) {
        String header = Files.readAllLines(SAMPLE.resolve(f.file()), StandardCharsets.UTF_8).get(0);
        assertThat(header).as(f.file()).isEqualTo(String.join(",", f.names()));
      }
    }
  }

  @Test
  void theContractCannotBeChanged() {
    FileSpec people = DataContract.file(VcPackage.PEOPLE);
    assertThatThrownBy(() -> DataContract.files().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> people.columns().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    List<ColumnSpec> mine = new ArrayList<>(people.columns());
    FileSpec copy = new FileSpec("people.csv", mine);
    mine.clear();
    assertThat(copy.columns()).hasSize(6);
    assertThatThrownBy(() -> DataContract.file("nicknames.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("people.csv, crimes.csv");
    assertThatThrownBy(() -> new FileSpec("x.csv", List.of(people.columns().get(0), people.columns().get(0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x.csv names column person_id twice");
  }

  // The check itself fails on each kind of mismatch, so a green run above means something.

  @Test
  void aColumnInTheContractButNotInTheDocFails() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<FileSpec> withNickname = new ArrayList<>(DataContract.files());
    FileSpec people = DataContract.file(VcPackage.PEOPLE);
    List<ColumnSpec> columns = new ArrayList<>(people.columns());
    columns.add(new ColumnSpec("nickname", false, ColumnType.TEXT));
    withNickname.set(0, new FileSpec(people.file(), columns));
    assertThatThrownBy(() -> check(doc, withNickname))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("people.csv")
        .hasMessageContaining("nickname");
  }

  @Test
  void aColumnInTheDocButNotInTheContractFails() throws IOException {
    String doc =
        Files.readString(DOC, StandardCharsets.UTF_8)
            .replace(
                "| `sex` | | `F`, `M`, `U` |",
                "| `nickname` | | text | control characters removed | |\n| `sex` | | `F`, `M`, `U` |");
    assertThatThrownBy(() -> check(doc, DataContract.files()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("people.csv")
        .hasMessageContaining("nickname");
  }

  @Test
  void aDifferentMarkingTypeOrOrderFails() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String optionalId = doc.replace("| `urn` | yes | id |", "| `urn` | | id |");
    assertThatThrownBy(() -> check(optionalId, DataContract.files()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("schools.csv")
        .hasMessageContaining("urn");
    String textDate = doc.replace("| `booked_on` | yes | date |", "| `booked_on` | yes | text |");
    assertThatThrownBy(() -> check(textDate, DataContract.files()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("custody.csv")
        .hasMessageContaining("booked_on");
    String ocgRows = "| `person_id` | yes | id | row rejected | |\n| `ocg_id` | yes | id | row rejected | |";
    String swapped =
        doc.replace(ocgRows, "| `ocg_id` | yes | id | row rejected | |\n| `person_id` | yes | id | row rejected | |");
    assertThat(swapped).isNotEqualTo(doc);
    assertThatThrownBy(() -> check(swapped, DataContract.files()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ocg.csv");
    String unknownType = doc.replace("| `ocg_id` | yes | id |", "| `ocg_id` | yes | identifier |");
    assertThatThrownBy(() -> check(unknownType, DataContract.files()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("identifier");
  }

  // ---------------------------------------------------------------------------------------------

  /** A heading of a file's section: {@code ### people.csv — the people register (optional)}. */
  private static final Pattern SECTION = Pattern.compile("^### (\\S+) — .*$");

  /** A names cell: one or more column names in backquotes, separated by commas. */
  private static final Pattern NAMES = Pattern.compile("`[a-z_]+`(, `[a-z_]+`)*");

  private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");

  /** A list of values in backquotes: {@code `F`, `M`, `U`} or {@code `3x5x2` or `5x5x5`}. */
  private static final Pattern VALUES = Pattern.compile("`[^`]+`((, | or )`[^`]+`)*");

  /** Values per grading system: {@code 3x5x2: `1`–`3`; 5x5x5: `A`–`E`}. */
  private static final Pattern GRADES = Pattern.compile("3x5x2: [^;]+; 5x5x5: .+");

  /**
   * Checks a data-contract page against a contract.
   *
   * @throws AssertionError naming the file and column at fault
   */
  static void check(String doc, List<FileSpec> contract) {
    List<String> lines = doc.lines().toList();
    List<String> sections = new ArrayList<>();
    for (String line : lines) {
      Matcher m = SECTION.matcher(line);
      if (m.matches()) {
        sections.add(m.group(1).replace("`", ""));
      }
    }
    assertThat(sections)
        .as("the doc's file sections (### <file> — …) and the contract's files")
        .isEqualTo(contract.stream().map(FileSpec::file).toList());
    for (FileSpec f : contract) {
      List<Documented> documented = table(lines, f.file());
      assertThat(documented.stream().map(Documented::name).toList())
          .as("%s: the columns the doc lists (actual) and the contract's (expected)", f.file())
          .isEqualTo(f.names());
      for (int i = 0; i < documented.size(); i++) {
        Documented d = documented.get(i);
        ColumnSpec c = f.columns().get(i);
        assertThat(d.required())
            .as("%s: column %s is required in the contract: %s; in the doc", f.file(), c.name(), c.required())
            .isEqualTo(c.required());
        if (d.type() != null) {
          assertThat(d.type())
              .as("%s: column %s's type in the doc, and in the contract", f.file(), c.name())
              .isEqualTo(c.type());
        }
      }
    }
  }

  /** One column as the doc lists it; {@code type} is null when the table has no type column. */
  private record Documented(String name, boolean required, ColumnType type) {}

  /**
   * The column table of a file's section, one entry per name (a row naming {@code `easting`,
   * `northing`} gives two).
   */
  private static List<Documented> table(List<String> lines, String file) {
    int at = 0;
    while (!lines.get(at).matches("^### `?" + Pattern.quote(file) + "`? — .*")) {
      at++;
    }
    at++;
    while (at < lines.size() && !lines.get(at).startsWith("|") && !lines.get(at).startsWith("#")) {
      at++;
    }
    assertThat(at < lines.size() && lines.get(at).startsWith("|"))
        .as("%s: a table follows the section's heading", file)
        .isTrue();
    List<String> head = cells(lines.get(at));
    int required = head.indexOf("required");
    int type = head.indexOf("type");
    assertThat(head.get(0)).as("%s: the table's first column", file).isIn("column", "property");
    assertThat(required).as("%s: the table has a 'required' column", file).isPositive();
    List<Documented> out = new ArrayList<>();
    for (at += 2; at < lines.size() && lines.get(at).startsWith("|"); at++) {
      List<String> row = cells(lines.get(at));
      String names = row.get(0);
      assertThat(names)
          .as("%s: a names cell is `name` or `name`, `name`: %s", file, lines.get(at))
          .matches(NAMES);
      String marking = row.get(required);
      assertThat(marking)
          .as("%s: a required cell is yes or blank: %s", file, lines.get(at))
          .isIn("yes", "");
      ColumnType t = type < 0 ? null : type(row.get(type), file);
      Matcher m = NAME.matcher(names);
      while (m.find()) {
        out.add(new Documented(m.group(1), marking.equals("yes"), t));
      }
    }
    return out;
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  /** A type cell as the doc writes it. */
  private static ColumnType type(String cell, String file) {
    switch (cell.toLowerCase(Locale.ROOT)) {
      case "id":
        return ColumnType.ID;
      case "text":
        return ColumnType.TEXT;
      case "`;`-separated":
        return ColumnType.TEXT_LIST;
      case "date":
        return ColumnType.DATE;
      case "flag":
        return ColumnType.FLAG;
      case "home office offence code":
        return ColumnType.OFFENCE_CODE;
      case "area code":
        return ColumnType.AREA_CODE;
      case "metres":
        return ColumnType.METRES;
      case "number":
      case "whole number":
        return ColumnType.NUMBER;
      default:
        if (VALUES.matcher(cell).matches()) {
          return ColumnType.CODE;
        }
        if (GRADES.matcher(cell).matches()) {
          return ColumnType.GRADE;
        }
        throw new AssertionError(file + ": the doc's type '" + cell + "' is not one the test knows");
    }
  }
}
