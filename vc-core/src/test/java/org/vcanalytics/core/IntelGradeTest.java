package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntelGradeTest {

  @Test
  void parsesBothSystems() {
    assertThat(IntelGrade.of("3x5x2", "2", "c"))
        .isEqualTo(new Grade3x5x2(Grade3x5x2.Source.UNTESTED, Grade3x5x2.Assessment.C));
    assertThat(IntelGrade.of("5X5X5", "b", "2"))
        .isEqualTo(new Grade5x5x5(Grade5x5x5.Source.B, Grade5x5x5.Intelligence.KNOWN_TO_SOURCE));
  }

  @Test
  void rejectsGradesOutsideTheSystem() {
    assertThatThrownBy(() -> IntelGrade.of("3x5x2", "A", "1"))
        .hasMessage("3x5x2 source evaluation 'A' is outside the system; expected 1, 2 or 3");
    assertThatThrownBy(() -> IntelGrade.of("5x5x5", "A", "6"))
        .hasMessage("5x5x5 intelligence evaluation '6' is outside the system; expected 1 to 5");
    assertThatThrownBy(() -> IntelGrade.of("4x4", "A", "1"))
        .hasMessage("unknown grading system '4x4'; expected 3x5x2 or 5x5x5");
  }

  @Test
  void handlingCodesBelongToTheirSystem() {
    IntelGrade g = IntelGrade.of("3x5x2", "1", "A");
    assertThat(g.isValidHandlingCode("P")).isTrue();
    assertThat(g.isValidHandlingCode("C")).isTrue();
    assertThat(g.isValidHandlingCode("3")).isFalse();
    IntelGrade h = IntelGrade.of("5x5x5", "A", "1");
    assertThat(h.isValidHandlingCode("5")).isTrue();
    assertThat(h.isValidHandlingCode("P")).isFalse();
  }

  /** Every grade of the bundled reference table is a value of the types, with the same meaning. */
  @Test
  void typesAgreeWithTheBundledReferenceTable() throws IOException {
    List<String> seen = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                IntelGrade.class.getResourceAsStream("intel_grading.csv"), StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", -1);
        GradingSystem system = GradingSystem.fromLabel(f[0]).orElseThrow();
        String dimension = f[1];
        String code = f[2];
        String meaning = f[3];
        if (dimension.equals("source_evaluation")) {
          IntelGrade g = IntelGrade.of(system, code, system == GradingSystem.THREE_BY_FIVE_BY_TWO ? "A" : "1");
          assertThat(g.sourceMeaning()).isEqualTo(meaning);
        } else if (dimension.equals("handling_code")) {
          assertThat(IntelGrade.of(system, system == GradingSystem.THREE_BY_FIVE_BY_TWO ? "1" : "A",
              system == GradingSystem.THREE_BY_FIVE_BY_TWO ? "A" : "1").isValidHandlingCode(code)).isTrue();
        } else {
          IntelGrade g = IntelGrade.of(system, system == GradingSystem.THREE_BY_FIVE_BY_TWO ? "1" : "A", code);
          assertThat(g.assessmentMeaning()).isEqualTo(meaning);
        }
        seen.add(f[0] + f[1] + f[2]);
      }
    }
    // 3x5x2: 3 + 5 + 2; 5x5x5: 5 + 5 + 5.
    assertThat(seen).hasSize(25);
  }
}
