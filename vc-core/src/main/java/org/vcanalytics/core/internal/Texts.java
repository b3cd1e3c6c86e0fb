package org.vcanalytics.core.internal;

import java.util.Locale;

/** Text normal forms shared by the modules. For the project's own use; not API. */
public final class Texts {
  private Texts() {}

  /**
   * Trimmed, with every run of white space as one space: {@code "  domestic \t abuse "} → {@code
   * "domestic abuse"}.
   *
   * @param s text
   * @return its spaced form
   */
  public static String spaced(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** @param s text @return {@link #spaced} and upper case, e.g. headers and postcodes */
  public static String upper(String s) {
    return spaced(s).toUpperCase(Locale.ROOT);
  }

  /** @param s text @return {@link #spaced} and lower case, e.g. offence titles */
  public static String lower(String s) {
    return spaced(s).toLowerCase(Locale.ROOT);
  }
}
