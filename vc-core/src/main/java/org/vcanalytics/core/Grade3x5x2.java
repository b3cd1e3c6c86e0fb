package org.vcanalytics.core;

import java.util.Objects;

/**
 * A 3x5x2 grade (College of Policing APP, Intelligence management; current since 2016).
 *
 * @param source the source evaluation, 1–3
 * @param assessment the intelligence assessment, A–E
 */
public record Grade3x5x2(Source source, Assessment assessment) implements IntelGrade {

  /** Checks both parts are present. */
  public Grade3x5x2 {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(assessment, "assessment");
  }

  /** 3x5x2 source evaluation. */
  public enum Source implements Coded {
    /** 1: Reliable. */
    RELIABLE("1", "Reliable"),
    /** 2: Untested. */
    UNTESTED("2", "Untested"),
    /** 3: Not reliable. */
    NOT_RELIABLE("3", "Not reliable");

    private final String code;
    private final String meaning;

    Source(String code, String meaning) {
      this.code = code;
      this.meaning = meaning;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String meaning() {
      return meaning;
    }
  }

  /** 3x5x2 intelligence assessment. */
  public enum Assessment implements Coded {
    /** Known directly to the source. */
    A("Known directly to the source"),
    /** Known indirectly to the source but corroborated. */
    B("Known indirectly to the source but corroborated"),
    /** Known indirectly to the source. */
    C("Known indirectly to the source"),
    /** Not known. */
    D("Not known"),
    /** Suspected to be false. */
    E("Suspected to be false");

    private final String meaning;

    Assessment(String meaning) {
      this.meaning = meaning;
    }

    @Override
    public String code() {
      return name();
    }

    @Override
    public String meaning() {
      return meaning;
    }
  }

  @Override
  public GradingSystem system() {
    return GradingSystem.THREE_BY_FIVE_BY_TWO;
  }

  @Override
  public String sourceCode() {
    return source.code();
  }

  @Override
  public String assessmentCode() {
    return assessment.code();
  }

  @Override
  public String sourceMeaning() {
    return source.meaning();
  }

  @Override
  public String assessmentMeaning() {
    return assessment.meaning();
  }

  @Override
  public boolean isValidHandlingCode(String code) {
    return code.equals("P") || code.equals("C");
  }

  /** @return the grade as analysts write it, e.g. {@code 3x5x2 2/C} */
  @Override
  public String toString() {
    return "3x5x2 " + sourceCode() + "/" + assessmentCode();
  }
}
