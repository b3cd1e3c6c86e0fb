package org.vcanalytics.core;

import java.util.Locale;
import java.util.Optional;

/** The UK police intelligence grading systems a log may be graded in. */
public enum GradingSystem {
  /**
   * 3x5x2 (College of Policing APP, Intelligence management; current since 2016): source evaluation
   * {@code 1}–{@code 3}, intelligence assessment {@code A}–{@code E}, handling code {@code P} or
   * {@code C}.
   */
  THREE_BY_FIVE_BY_TWO("3x5x2"),
  /**
   * The historic 5x5x5: source evaluation {@code A}–{@code E}, intelligence evaluation {@code 1}–{@code
   * 5}, handling code {@code 1}–{@code 5}.
   */
  FIVE_BY_FIVE_BY_FIVE("5x5x5");

  private final String label;

  GradingSystem(String label) {
    this.label = label;
  }

  /** @return the name as written in data, {@code 3x5x2} or {@code 5x5x5} */
  public String label() {
    return label;
  }

  /**
   * Finds a system by its label, ignoring case and spaces ({@code 3X5X2}, {@code 5x5x5}).
   *
   * @param text the label
   * @return the system, empty when unknown
   */
  public static Optional<GradingSystem> fromLabel(String text) {
    String t = text.replace(" ", "").toLowerCase(Locale.ROOT);
    for (GradingSystem g : values()) {
      if (g.label.equals(t)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a code is a source evaluation of this system ({@code 1}–{@code 3} for 3x5x2, {@code
   * A}–{@code E} for 5x5x5).
   *
   * @param code the code, upper case
   * @return true when valid
   */
  public boolean isSourceCode(String code) {
    return this == THREE_BY_FIVE_BY_TWO
        ? Coded.find(Grade3x5x2.Source.values(), code).isPresent()
        : Coded.find(Grade5x5x5.Source.values(), code).isPresent();
  }

  /**
   * Whether a code is an intelligence assessment of this system ({@code A}–{@code E} for 3x5x2,
   * {@code 1}–{@code 5} for 5x5x5).
   *
   * @param code the code, upper case
   * @return true when valid
   */
  public boolean isAssessmentCode(String code) {
    return this == THREE_BY_FIVE_BY_TWO
        ? Coded.find(Grade3x5x2.Assessment.values(), code).isPresent()
        : Coded.find(Grade5x5x5.Intelligence.values(), code).isPresent();
  }

  /** @return the valid source evaluation codes, for messages */
  public String sourceCodes() {
    return this == THREE_BY_FIVE_BY_TWO ? "1, 2 or 3" : "A to E";
  }

  /** @return the valid handling codes, for messages */
  public String handlingCodes() {
    return this == THREE_BY_FIVE_BY_TWO ? "P or C" : "1 to 5";
  }

  /** @return the valid intelligence assessment codes, for messages */
  public String assessmentCodes() {
    return this == THREE_BY_FIVE_BY_TWO ? "A to E" : "1 to 5";
  }

  @Override
  public String toString() {
    return label;
  }
}
