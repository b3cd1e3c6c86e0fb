package org.vcanalytics.core;

/**
 * A person named in an intelligence log: a row of {@code intel_people.csv}.
 *
 * @param intelId the log
 * @param personId the person named
 */
public record IntelMention(String intelId, String personId) {

  /** Checks no part is missing. */
  public IntelMention {
    Ids.requireId(intelId, "intel id");
    Ids.requireId(personId, "person id");
  }

  /**
   * Creates a mention.
   *
   * @param intelId the log
   * @param personId the person named
   * @return the mention
   */
  public static IntelMention of(String intelId, String personId) {
    return new IntelMention(intelId, personId);
  }
}
