package org.vcanalytics.examples.internal;

/**
 * Text made safe to print on a terminal: control characters (which could move the cursor, clear
 * the screen or rewrite a line) are shown as <code>&#92;uNNNN</code>, as the loader's reports show them, and a value is
 * echoed to at most {@value #MAX_ECHO} characters.
 */
public final class Terminal {
  private Terminal() {}

  /** The most characters of a value echoed: {@value}. */
  public static final int MAX_ECHO = 80;

  /**
   * @param text any text
   * @return it with every control character escaped (tab included; line breaks too, so one message
   *     stays one line)
   */
  public static String safe(String text) {
    return text == null ? "" : org.vcanalytics.core.load.SafeText.escaped(text);
  }


  /**
   * @param value a value from a file
   * @return it escaped and cut to {@value #MAX_ECHO} characters, saying how long it was
   */
  public static String clip(String value) {
    String v = value == null ? "" : value;
    int n = v.codePointCount(0, v.length());
    // A value the loader already shortened says its full length: keep that length.
    java.util.regex.Matcher m = SHORTENED.matcher(v);
    if (m.find()) {
      v = v.substring(0, m.start());
      n = Integer.parseInt(m.group(1));
    }
    int shownLength = v.codePointCount(0, v.length());
    String shown = shownLength <= MAX_ECHO ? v : v.substring(0, v.offsetByCodePoints(0, MAX_ECHO));
    return safe(shown) + (n <= MAX_ECHO ? "" : "… (" + n + " characters)");
  }

  private static final java.util.regex.Pattern SHORTENED =
      java.util.regex.Pattern.compile("… \\((\\d{1,9}) characters\\)$");
}
