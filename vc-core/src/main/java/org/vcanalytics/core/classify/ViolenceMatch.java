package org.vcanalytics.core.classify;

/**
 * Why a crime is violent: what of it matched the definition.
 *
 * @param by whether its offence code or its offence title matched
 * @param matched the code, or the normalised title, that matched
 * @param definition the definition's name
 */
public record ViolenceMatch(By by, String matched, String definition) {

  /** What matched. */
  public enum By {
    /** The Home Office offence code. */
    CODE,
    /** The force's offence title. */
    TITLE
  }

  /** @return a plain-English reason, e.g. {@code offence code 8N is in PHYSICAL_VIOLENCE} */
  public String describe() {
    return (by == By.CODE ? "offence code " : "offence title '") + matched
        + (by == By.CODE ? "" : "'") + " is in " + definition;
  }
}
