package org.vcanalytics.core;

import java.util.Objects;

/**
 * A 5x5x5 grade (the historic national intelligence model grading, before 3x5x2).
 *
 * @param source the source evaluation, A–E
 * @param intelligence the intelligence evaluation, 1–5
 */
public record Grade5x5x5(Source source, Intelligence intelligence) implements IntelGrade {

  /** Checks both parts are present. */
  public Grade5x5x5 {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(intelligence, "intelligence");
  }

  /** 5x5x5 source evaluation. */
  public enum Source implements Coded {
    /** Always reliable. */
    A("Always reliable"),
    /** Mostly reliable. */
    B("Mostly reliable"),
    /** Sometimes reliable. */
    C("Sometimes reliable"),
    /** Unreliable. */
    D("Unreliable"),
    /** Untested source. */
    E("Untested source");

    private final String meaning;

    Source(String meaning) {
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

  /** 5x5x5 intelligence evaluation. */
  public enum Intelligence implements Coded {
    /** 1: Known to be true without reservation. */
    KNOWN_TRUE("1", "Known to be true without reservation"),
    /** 2: Known personally to source but not to officer. */
    KNOWN_TO_SOURCE("2", "Known personally to source but not to officer"),
    /** 3: Not personally known to source but corroborated. */
    CORROBORATED("3", "Not personally known to source but corroborated"),
    /** 4: Cannot be judged. */
    CANNOT_BE_JUDGED("4", "Cannot be judged"),
    /** 5: Suspected to be false or malicious. */
    SUSPECTED_FALSE("5", "Suspected to be false or malicious");

    private final String code;
    private final String meaning;

    Intelligence(String code, String meaning) {
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

  @Override
  public GradingSystem system() {
    return GradingSystem.FIVE_BY_FIVE_BY_FIVE;
  }

  @Override
  public String sourceCode() {
    return source.code();
  }

  @Override
  public String assessmentCode() {
    return intelligence.code();
  }

  @Override
  public String sourceMeaning() {
    return source.meaning();
  }

  @Override
  public String assessmentMeaning() {
    return intelligence.meaning();
  }

  @Override
  public boolean isValidHandlingCode(String code) {
    return code.length() == 1 && code.charAt(0) >= '1' && code.charAt(0) <= '5';
  }

  /** @return the grade as analysts write it, e.g. {@code 5x5x5 B2} */
  @Override
  public String toString() {
    return "5x5x5 " + sourceCode() + assessmentCode();
  }
}
