package org.vcanalytics.core;

import java.util.Locale;

/**
 * The grade of an intelligence log: how reliable its source is and how the intelligence itself is
 * assessed, in one of the two {@link GradingSystem}s. A grade is a type, never a string: a 3x5x2
 * grade cannot hold a 5x5x5 code.
 *
 * <pre>{@code
 * IntelGrade g = IntelGrade.of("3x5x2", "2", "C");   // Grade3x5x2[UNTESTED, C]
 * IntelGrade h = IntelGrade.of("5x5x5", "B", "2");   // Grade5x5x5[B, KNOWN_TO_SOURCE]
 * }</pre>
 */
public sealed interface IntelGrade permits Grade3x5x2, Grade5x5x5 {

  /** @return the grading system */
  GradingSystem system();

  /** @return the source evaluation as written in data ({@code 1}–{@code 3} or {@code A}–{@code E}) */
  String sourceCode();

  /** @return the intelligence assessment as written in data ({@code A}–{@code E} or {@code 1}–{@code 5}) */
  String assessmentCode();

  /** @return the plain-English meaning of the source evaluation */
  String sourceMeaning();

  /** @return the plain-English meaning of the intelligence assessment */
  String assessmentMeaning();

  /**
   * Whether a handling code belongs to this grade's system ({@code P}/{@code C} for 3x5x2,
   * {@code 1}–{@code 5} for 5x5x5).
   *
   * @param code the handling code, normalised to upper case
   * @return true when valid
   */
  boolean isValidHandlingCode(String code);

  /**
   * Parses a grade.
   *
   * @param system {@code 3x5x2} or {@code 5x5x5} (case and spaces ignored)
   * @param source the source evaluation
   * @param assessment the intelligence assessment (3x5x2) or evaluation (5x5x5)
   * @return the grade
   * @throws IllegalArgumentException naming what is outside the system
   */
  static IntelGrade of(String system, String source, String assessment) {
    GradingSystem g =
        GradingSystem.fromLabel(system)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown grading system '" + system + "'; expected 3x5x2 or 5x5x5"));
    return of(g, source, assessment);
  }

  /**
   * Parses a grade in a known system.
   *
   * @param system the system
   * @param source the source evaluation
   * @param assessment the intelligence assessment
   * @return the grade
   * @throws IllegalArgumentException naming what is outside the system
   */
  static IntelGrade of(GradingSystem system, String source, String assessment) {
    String s = source.strip().toUpperCase(Locale.ROOT);
    String a = assessment.strip().toUpperCase(Locale.ROOT);
    return switch (system) {
      case THREE_BY_FIVE_BY_TWO -> new Grade3x5x2(
          find(Grade3x5x2.Source.values(), s, system, "source evaluation", system.sourceCodes()),
          find(Grade3x5x2.Assessment.values(), a, system, "intelligence assessment",
              system.assessmentCodes()));
      case FIVE_BY_FIVE_BY_FIVE -> new Grade5x5x5(
          find(Grade5x5x5.Source.values(), s, system, "source evaluation", system.sourceCodes()),
          find(Grade5x5x5.Intelligence.values(), a, system, "intelligence evaluation",
              system.assessmentCodes()));
    };
  }

  private static <E extends Enum<E> & Coded> E find(
      E[] values, String code, GradingSystem system, String what, String expected) {
    return Coded.find(values, code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    system + " " + what + " '" + code + "' is outside the system; expected "
                        + expected));
  }
}
