package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of evidence that two people are linked: a crime they were both on, or an intelligence log
 * that names them both.
 *
 * @param type crime or intelligence
 * @param id the crime or log id
 * @param date the crime's committed date or the log's recorded date
 * @param grade the log's grade; empty for a crime
 * @param weight how much the evidence is worth, in [0, 1]: 1.0 for a crime, the grade's reliability
 *     weight for intelligence
 */
public record LinkEvidence(Type type, String id, LocalDate date, Optional<IntelGrade> grade, double weight) {

  /** The kinds of evidence. */
  public enum Type {
    /** Both people on the same crime. */
    CRIME,
    /** Both people named in the same intelligence log. */
    INTELLIGENCE
  }

  /** Checks the parts. */
  public LinkEvidence {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(grade, "grade");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("evidence weight must be in [0, 1], was " + weight);
    }
  }

  /**
   * Crime evidence, weight 1.0.
   *
   * @param crimeId the crime
   * @param committedOn its date
   * @return the evidence
   */
  public static LinkEvidence crime(String crimeId, LocalDate committedOn) {
    return new LinkEvidence(Type.CRIME, crimeId, committedOn, Optional.empty(), 1.0);
  }

  /**
   * Intelligence evidence.
   *
   * @param log the log
   * @param weight the reliability weight of its grade
   * @return the evidence
   */
  public static LinkEvidence intelligence(IntelLog log, double weight) {
    return new LinkEvidence(Type.INTELLIGENCE, log.id(), log.recordedOn(), Optional.of(log.grade()), weight);
  }
}
