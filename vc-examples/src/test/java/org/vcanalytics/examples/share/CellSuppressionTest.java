package org.vcanalytics.examples.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The suppression engine on small tables whose arithmetic can be followed by hand. */
class CellSuppressionTest {

  /**
   * The worked example of docs/sharing.md. Two areas, three months of one quarter, each area's
   * quarter and the force's month and quarter totals published beside them:
   *
   * <pre>
   *            Jan  Feb  Mar | Q1
   *   A          3    6    7 | 16
   *   B          8    9    2 | 19
   *   force     11   15    9 | 35
   * </pre>
   *
   * Primary: A-Jan (3 &lt; 5) and B-Mar (2 &lt; 5). Alone they give themselves away: A-Jan = 16 − 6 −
   * 7 = 3 and B-Mar = 19 − 8 − 9 = 2. The engine's first witness for A-Jan is the rectangle A-Jan
   * +1, B-Jan −1, A-Feb −1, B-Feb +1 (every row and column still adds up: 4 + 5 + 7 = 16, 7 + 10 + 2
   * = 19, 4 + 7 = 11, 5 + 10 = 15), so B-Jan, A-Feb and B-Feb are suppressed; its witness for B-Mar
   * is B-Mar +1, A-Mar −1, A-Feb +1, B-Feb −1 (A: 3 + 7 + 6 = 16, B: 8 + 8 + 3 = 19, Feb: 7 + 8 =
   * 15, Mar: 6 + 3 = 9), so A-Mar is suppressed too. Every month is withheld; the quarters and
   * totals stay.
   */
  static CellSuppression.Builder workedExample() {
    CellSuppression.Builder b = CellSuppression.builder(5, 1);
    long[][] v = {{3, 6, 7}, {8, 9, 2}};
    String[] area = {"A", "B"};
    String[] month = {"Jan", "Feb", "Mar"};
    for (int a = 0; a < 2; a++) {
      long q = 0;
      List<String> parts = new ArrayList<>();
      for (int m = 0; m < 3; m++) {
        b.cell(area[a] + "-" + month[m], v[a][m], v[a][m] < 5);
        parts.add(area[a] + "-" + month[m]);
        q += v[a][m];
      }
      b.cell(area[a] + "-Q1", q, false).sum(area[a] + "-Q1", parts);
    }
    for (int m = 0; m < 3; m++) {
      b.cell("force-" + month[m], v[0][m] + v[1][m], false).sum("force-" + month[m], List.of("A-" + month[m], "B-" + month[m]));
    }
    b.cell("force-Q1", 35, false).sum("force-Q1", List.of("A-Q1", "B-Q1"));
    b.sum("force-Q1", List.of("force-Jan", "force-Feb", "force-Mar"));
    return b;
  }

  @Test
  void theWorkedExample() {
    CellSuppression.Result s = workedExample().suppress();
    assertThat(s.primary()).containsExactly("A-Jan", "B-Mar");
    assertThat(s.secondary()).containsExactly("A-Feb", "A-Mar", "B-Feb", "B-Jan");
    assertThat(s.unprotected()).isEmpty();
    assertThat(s.witnesses().get(0)).containsExactlyInAnyOrderEntriesOf(Map.of("A-Jan", 1, "A-Feb", -1, "B-Jan", -1, "B-Feb", 1));
    assertThat(s.witnesses().get(1)).containsExactlyInAnyOrderEntriesOf(Map.of("B-Mar", 1, "A-Mar", -1, "A-Feb", 1, "B-Feb", -1));
    assertThat(s.witnesses()).hasSize(2);
    assertThat(s.attackerKnowsSide()).isFalse();
  }

  /**
   * A bias-shaped table (bias.csv): people per dimension value and category; the values of a
   * dimension add up to the category's total, which both dimensions share; the three categories
   * are at most ALL. Zero rows may be listed, so the floor is 0.
   *
   * <pre>
   *   sex F: HIGH_HARM 2, INVOLVED 30, CONNECTED 12, ALL 400
   *   sex M: HIGH_HARM 9, INVOLVED 61, CONNECTED 20, ALL 520
   *   age 0-17: 1, 9, 4, 150     age 18-24: 4, 40, 9, 300     age 25+: 6, 42, 19, 470
   * </pre>
   *
   * Primary: the four counts below 5. CONNECTED is 32 in both dimensions (12 + 20 = 4 + 9 + 19),
   * so age 0-17 CONNECTED withheld alone is 12 + 20 − 9 − 19 = 4: the engine withholds sex F
   * CONNECTED too (the cheaper of the two sex cells), so that one more connected person aged 0-17
   * and one more woman is as consistent with the table as the truth. HIGH_HARM needs nothing more:
   * its total is not published (two of the three age cells are withheld), so sex F's 2 cannot be
   * worked out from sex M's 9.
   */
  @Test
  void aBiasShapedTable() {
    String[] cats = {"HIGH_HARM", "INVOLVED", "CONNECTED", "ALL"};
    Map<String, long[]> rows = new java.util.LinkedHashMap<>();
    rows.put("sex|F", new long[] {2, 30, 12, 400});
    rows.put("sex|M", new long[] {9, 61, 20, 520});
    rows.put("age_band|0-17", new long[] {1, 9, 4, 150});
    rows.put("age_band|18-24", new long[] {4, 40, 9, 300});
    rows.put("age_band|25+", new long[] {6, 42, 19, 470});
    CellSuppression.Builder b = CellSuppression.builder(5, 0);
    rows.forEach((row, v) -> {
      for (int c = 0; c < 4; c++) {
        b.cell(row + "|" + cats[c], v[c], v[c] < 5);
      }
      b.atMost(List.of(row + "|HIGH_HARM", row + "|INVOLVED", row + "|CONNECTED"), row + "|ALL");
    });
    for (String cat : cats) {
      b.hidden("Σ|" + cat);
      for (String dim : List.of("sex", "age_band")) {
        List<String> parts = new ArrayList<>();
        rows.keySet().stream().filter(k -> k.startsWith(dim + "|")).forEach(k -> parts.add(k + "|" + cat));
        b.sum("Σ|" + cat, parts);
      }
    }
    CellSuppression.Result s = b.suppress();
    assertThat(s.primary()).containsExactly("age_band|0-17|CONNECTED", "age_band|0-17|HIGH_HARM", "age_band|18-24|HIGH_HARM", "sex|F|HIGH_HARM");
    assertThat(s.secondary()).containsExactly("sex|F|CONNECTED");
    assertThat(s.unprotected()).isEmpty();
    for (String k : s.suppressed()) {
      assertThat(s.witnesses().stream().anyMatch(w -> w.getOrDefault(k, 0) != 0)).as(k).isTrue();
    }
  }

  @Test
  void refusesTablesThatDoNotAddUp() {
    assertThatThrownBy(() -> CellSuppression.builder(5, 1).cell("a", 2, true).cell("t", 3, false).sum("t", List.of("a")).suppress())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not add up");
    assertThatThrownBy(() -> CellSuppression.builder(5, 1).cell("a", 2, true).cell("a", 2, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> CellSuppression.builder(0, 1)).hasMessageContaining("threshold");
  }

  /**
   * Invariants on random two-way tables with published row, column and grand totals: every primary
   * cell is suppressed; every suppressed cell is changed by a witness that keeps every total and
   * every bound (checked here, apart from the engine); and the order the table is given in does not
   * change the result.
   */
  @Property(tries = 200)
  void everySuppressedCellHasACheckedWitness(
      @ForAll @IntRange(min = 2, max = 5) int rows, @ForAll @IntRange(min = 2, max = 5) int cols, @ForAll long seed) {
    Random rnd = new Random(seed);
    long[][] v = new long[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        v[i][j] = 1 + rnd.nextInt(12);
      }
    }
    CellSuppression.Result a = twoWay(v, false);
    CellSuppression.Result b = twoWay(v, true);
    assertThat(b).isEqualTo(a);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        if (v[i][j] < 5) {
          assertThat(a.suppressed()).contains(i + "," + j);
        }
      }
    }
    assertThat(a.unprotected()).isEmpty();
    for (String k : a.suppressed()) {
      SortedMap<String, Integer> w = a.witnesses().stream().filter(x -> x.getOrDefault(k, 0) != 0).findFirst().orElseThrow();
      long[] rowD = new long[rows + 1];
      long[] colD = new long[cols + 1];
      w.forEach((cell, d) -> {
        assertThat(a.suppressed()).contains(cell);
        String[] ij = cell.split(",");
        int i = Integer.parseInt(ij[0]);
        int j = Integer.parseInt(ij[1]);
        assertThat(value(v, i, j) + d).isGreaterThanOrEqualTo(1);
        rowD[i] += j < cols ? d : -d; // a part of row i's sum, or its total
        colD[j] += i < rows ? d : -d;
      });
      assertThat(rowD).containsOnly(0);
      assertThat(colD).containsOnly(0);
    }
  }

  private static long value(long[][] v, int i, int j) {
    long s = 0;
    for (int a = 0; a < v.length; a++) {
      for (int b = 0; b < v[0].length; b++) {
        if ((i == v.length || a == i) && (j == v[0].length || b == j)) {
          s += v[a][b];
        }
      }
    }
    return s;
  }

  /** A table with totals in row {@code rows} and column {@code cols}; keys "i,j". */
  private static CellSuppression.Result twoWay(long[][] v, boolean shuffled) {
    int rows = v.length;
    int cols = v[0].length;
    List<Runnable> steps = new ArrayList<>();
    CellSuppression.Builder b = CellSuppression.builder(5, 1);
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= cols; j++) {
        int fi = i;
        int fj = j;
        long x = value(v, i, j);
        steps.add(() -> b.cell(fi + "," + fj, x, fi < rows && fj < cols && x < 5));
      }
    }
    for (int i = 0; i <= rows; i++) {
      List<String> parts = new ArrayList<>();
      for (int j = 0; j < cols; j++) {
        parts.add(i + "," + j);
      }
      int fi = i;
      steps.add(() -> b.sum(fi + "," + cols, parts));
    }
    for (int j = 0; j <= cols; j++) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        parts.add(i + "," + j);
      }
      int fj = j;
      steps.add(() -> b.sum(rows + "," + fj, parts));
    }
    if (shuffled) {
      Collections.shuffle(steps, new Random(7));
      // Cells must exist before the relations that name them only at suppress(), so any order works.
    }
    steps.forEach(Runnable::run);
    return b.suppress();
  }
}
