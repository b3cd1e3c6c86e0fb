package org.vcanalytics.examples.pipeline;

import org.vcanalytics.examples.output.BiasTables;
import org.vcanalytics.examples.cli.VcCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Sex;
import org.vcanalytics.examples.pipeline.Bias.Subject;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.harm.Category;

/** bias.csv and bias-areas.csv: worked examples, the file format, the same bytes whatever the order. */
class BiasTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @TempDir Path tmp;

  /**
   * Ten people as of 2024-12-31 (age = completed years on that day), two areas of level npu:
   * X1 = [0, 1000] × [0, 1000] m with 2,000 residents, X2 = [1000, 2000] × [0, 1000] m with 500.
   *
   * <pre>
   * id category  sex      born        age  band     home
   * A  HIGH_HARM F        2007-01-01  17   0-17     (100, 100)   X1
   * B  HIGH_HARM M        2006-12-31  18   18-25    (1000, 500)  X1: on the X1|X2 edge, smaller id
   * C  INVOLVED  U        1999-01-01  25   18-25    (1500, 500)  X2
   * D  INVOLVED  -        1998-12-31  26   26-35    none         NO_HOME
   * E  CONNECTED F        1989-01-01  35   26-35    (5000, 5000) UNASSIGNED
   * F  CONNECTED M        1988-12-31  36   36-50    (1500, 500)  X2
   * G  NONE      F        1974-01-01  50   36-50    (200, 200)   X1
   * H  NONE      -        1973-12-31  51   51+      none         NO_HOME
   * I  NONE      F        2025-03-01  -    unknown  (300, 300)   X1  (born after the as-of date)
   * J  NONE      M        -           -    unknown  none         NO_HOME
   * </pre>
   */
  static List<Subject> tenPeople() {
    return List.of(
        subject("A", Category.HIGH_HARM, Sex.F, "2007-01-01", 100, 100),
        subject("B", Category.HIGH_HARM, Sex.M, "2006-12-31", 1000, 500),
        subject("C", Category.INVOLVED, Sex.U, "1999-01-01", 1500, 500),
        subject("D", Category.INVOLVED, null, "1998-12-31", -1, -1),
        subject("E", Category.CONNECTED, Sex.F, "1989-01-01", 5000, 5000),
        subject("F", Category.CONNECTED, Sex.M, "1988-12-31", 1500, 500),
        subject("G", Category.NONE, Sex.F, "1974-01-01", 200, 200),
        subject("H", Category.NONE, null, "1973-12-31", -1, -1),
        subject("I", Category.NONE, Sex.F, "2025-03-01", 300, 300),
        subject("J", Category.NONE, Sex.M, null, -1, -1));
  }

  static Subject subject(String id, Category c, Sex sex, String born, double e, double n) {
    Person.Builder b = Person.builder().id(id);
    if (sex != null) {
      b.sex(sex);
    }
    if (born != null) {
      b.dateOfBirth(LocalDate.parse(born));
    }
    if (e >= 0) {
      b.home(GridPoint.of(e, n));
    }
    return new Subject(c, b.build());
  }

  static SortedMap<String, AreaLayer> twoAreas() {
    return AreaLayer.byLevel(List.of(square("X1", 0, 2000), square("X2", 1000, 500)));
  }

  static Area square(String id, double x0, long population) {
    String g = "{\"type\":\"Polygon\",\"coordinates\":[[[" + x0 + ",0],[" + (x0 + 1000) + ",0],[" + (x0 + 1000)
        + ",1000],[" + x0 + ",1000],[" + x0 + ",0]]]}";
    return new Area("npu", id, "Area " + id, OptionalLong.of(population), Area.Crs.BRITISH_NATIONAL_GRID, g);
  }

  @Test
  void tenPeopleBySexAndAgeBand() {
    Bias bias = Bias.of(AS_OF, tenPeople());
    // 2 dimensions x 4 categories x their values (4 sexes, 6 bands) = 4 x (4 + 6) = 40 rows.
    assertThat(bias.rows()).hasSize(40);
    // Sex. HIGH_HARM: A (F), B (M): 1 of 2 each = 0.5. ALL: F = A, E, G, I = 4 of 10 = 0.4;
    // M = B, F, J = 3 (0.3); U = C = 1 (0.1); not recorded = D, H = 2 (0.2).
    assertThat(cells(bias, Bias.SEX, "HIGH_HARM")).containsExactly(1L, 1L, 0L, 0L);
    assertThat(cells(bias, Bias.SEX, "INVOLVED")).containsExactly(0L, 0L, 1L, 1L);
    assertThat(cells(bias, Bias.SEX, "CONNECTED")).containsExactly(1L, 1L, 0L, 0L);
    assertThat(cells(bias, Bias.SEX, Bias.ALL)).containsExactly(4L, 3L, 1L, 2L);
    Bias.Row hhF = bias.rows(Bias.SEX, "HIGH_HARM").get(0);
    assertThat(hhF).isEqualTo(new Bias.Row("sex", "F", "HIGH_HARM", 1, 2, 4, 10));
    assertThat(hhF.shareOfCategory()).hasValue(0.5);
    assertThat(hhF.shareOfData()).hasValue(0.4);
    // Age bands: 17 -> 0-17, 18 and 25 -> 18-25, 26 and 35 -> 26-35, 36 and 50 -> 36-50, 51 -> 51+;
    // I (born after the as-of date) and J (no date of birth) -> unknown.
    assertThat(cells(bias, Bias.AGE_BAND, "HIGH_HARM")).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
    assertThat(cells(bias, Bias.AGE_BAND, "INVOLVED")).containsExactly(0L, 1L, 1L, 0L, 0L, 0L);
    assertThat(cells(bias, Bias.AGE_BAND, "CONNECTED")).containsExactly(0L, 0L, 1L, 1L, 0L, 0L);
    assertThat(cells(bias, Bias.AGE_BAND, Bias.ALL)).containsExactly(1L, 2L, 2L, 2L, 1L, 2L);
    assertThat(bias.total("HIGH_HARM")).isEqualTo(2);
    assertThat(bias.total(Bias.ALL)).isEqualTo(10);
    assertThat(bias.people(Bias.AGE_BAND, "51+", Bias.ALL)).isEqualTo(1);
  }

  static List<Long> cells(Bias b, String dimension, String category) {
    return b.rows(dimension, category).stream().map(Bias.Row::people).toList();
  }

  @Test
  void tenPeopleByArea() {
    BiasAreas areas = BiasAreas.of(tenPeople(), twoAreas());
    // X1 (2,000 residents): A, B (HIGH_HARM), G, I -> high harm 2 = 2 / 2000 x 1000 = 1.0 per 1,000;
    //   all 4 = 2.0 per 1,000.
    // X2 (500): C (INVOLVED), F (CONNECTED) -> 1 = 1 / 500 x 1000 = 2.0 per 1,000 each; all 2 = 4.0.
    // UNASSIGNED: E. NO_HOME: D, H, J. All: 4 + 2 + 1 + 3 = 10.
    assertThat(areas.rows()).extracting(r -> r.areaId() + " " + r.highHarm() + " " + r.involved() + " "
            + r.connected() + " " + r.all())
        .containsExactly("X1 2 0 0 4", "X2 0 1 1 2", "UNASSIGNED 0 0 1 1", "NO_HOME 0 1 0 3");
    BiasAreas.Row x1 = areas.rows("npu").get(0);
    assertThat(x1.per1000("HIGH_HARM")).hasValue(1.0);
    assertThat(x1.per1000(Bias.ALL)).hasValue(2.0);
    assertThat(areas.rows("npu").get(1).per1000("INVOLVED")).hasValue(2.0);
    assertThat(areas.rows("npu").get(2).per1000(Bias.ALL)).isEmpty();
    assertThatThrownBy(() -> x1.people("NONE")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFilesOfTenPeople() throws IOException {
    Path bias = BiasTables.write(Bias.of(AS_OF, tenPeople()), tmp.resolve("bias.csv"));
    List<String> lines = Files.readAllLines(bias);
    assertThat(lines.get(0)).startsWith("dimension,value,category,people,share_of_category,people_in_data,share_of_data");
    assertThat(lines).hasSize(41)
        .contains("sex,F,HIGH_HARM,1,0.5000,4,0.4000,2,10", "sex,unknown,ALL,2,0.2000,2,0.2000,10,10",
            "age_band,51+,CONNECTED,0,0.0000,1,0.1000,2,10");
    Path areas = BiasTables.writeAreas(BiasAreas.of(tenPeople(), twoAreas()), tmp.resolve("bias-areas.csv"));
    assertThat(Files.readAllLines(areas)).containsExactly(
        "level,area_id,population,high_harm,high_harm_per_1000,involved,involved_per_1000,connected,"
            + "connected_per_1000,all,all_per_1000",
        "npu,X1,2000,2,1.0000,0,0.0000,0,0.0000,4,2.0000",
        "npu,X2,500,0,0.0000,1,2.0000,1,2.0000,2,4.0000",
        "npu,UNASSIGNED,,0,,0,,1,,1,",
        "npu,NO_HOME,,0,,1,,0,,3,");
  }

  @Test
  void anEmptyCategoryHasBlankShares() throws IOException {
    // Only NONE people: HIGH_HARM, INVOLVED and CONNECTED are empty, so 0 / 0 is written blank.
    List<Subject> none = tenPeople().stream().map(s -> new Subject(Category.NONE, s.person())).toList();
    Bias bias = Bias.of(AS_OF, none);
    assertThat(bias.rows(Bias.SEX, "HIGH_HARM")).allSatisfy(r -> assertThat(r.shareOfCategory()).isEmpty());
    List<String> lines = Files.readAllLines(BiasTables.write(bias, tmp.resolve("bias.csv")));
    assertThat(lines).contains("sex,F,HIGH_HARM,0,,4,0.4000,0,10");
    // Nobody at all: every row is there, every share blank.
    List<String> empty = Files.readAllLines(BiasTables.write(Bias.of(AS_OF, List.of()), tmp.resolve("e.csv")));
    assertThat(empty).hasSize(41).contains("age_band,0-17,ALL,0,,0,,0,0");
  }

  /**
   * The worked example of docs/bias.md is the sample package as of 2024-12-31: every line of the
   * document's csv blocks is a line of the files vc analyse writes.
   */
  @Test
  void theWorkedExampleOfTheDocsIsWhatVcAnalyseWrites() throws IOException {
    Path out = tmp.resolve("out");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31",
        "--out", out.toString())).isZero();
    String doc = Files.readString(Path.of("../docs/bias.md"));
    Matcher m = Pattern.compile("```csv\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(2);
    List<String> bias = Files.readAllLines(out.resolve("bias.csv"));
    List<String> areas = Files.readAllLines(out.resolve("bias-areas.csv"));
    assertThat(blocks.get(0).lines().toList()).hasSizeGreaterThan(10).isSubsetOf(bias);
    assertThat(blocks.get(1).lines().toList()).containsExactlyElementsOf(areas);
    // The points the document makes in words.
    assertThat(bias).contains("sex,F,CONNECTED,0,,2,0.4000,0,5", "age_band,36-50,HIGH_HARM,1,1.0000,1,0.2000,1,5");
  }

  @Test
  void sameBytesForAnyRowOrderAndLocale() throws IOException {
    Path shuffled = tmp.resolve("shuffled");
    Files.createDirectories(shuffled);
    Random r = new Random(7);
    try (Stream<Path> files = Files.list(Path.of("../examples/sample-package"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (f.toString().endsWith(".csv") && lines.size() > 2) {
          List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
          Collections.shuffle(rows, r);
          rows.add(0, lines.get(0));
          lines = rows;
        }
        Files.write(shuffled.resolve(f.getFileName()), lines, StandardCharsets.UTF_8);
      }
    }
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(VcCommand.execute("analyse", "--data", "../examples/sample-package", "--as-of", "2024-12-31", "--out",
        a.toString())).isZero();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(VcCommand.execute("analyse", "--data", shuffled.toString(), "--as-of", "2024-12-31", "--out",
          b.toString())).isZero();
    } finally {
      Locale.setDefault(before);
    }
    for (String f : List.of("bias.csv", "bias-areas.csv", "summary.json", "report.html")) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
    // And the same people handed over in any order give equal values.
    List<Subject> people = new ArrayList<>(tenPeople());
    Collections.shuffle(people, new Random(3));
    assertThat(Bias.of(AS_OF, people)).isEqualTo(Bias.of(AS_OF, tenPeople()));
    assertThat(BiasAreas.of(people, twoAreas())).isEqualTo(BiasAreas.of(tenPeople(), twoAreas()));
  }
}
