package org.vcanalytics.core.load;

import java.util.Locale;

/**
 * Text from input files made safe: the control-character rule of the data contract, and values
 * shown in rejections, warnings and error messages escaped and capped so that hostile input can
 * neither flood a report nor steer a terminal.
 *
 * <p>A <em>control character</em> is U+0000 to U+001F except tab, or U+007F. Shown text
 * additionally escapes tab, the C1 controls U+0080 to U+009F, the line and paragraph separators and
 * the bidirectional-override characters, as <code>&#92;u001B</code> and so on.
 *
 * <p>Public for the other modules and the command: one rule for every text vc shows or writes from
 * data (terminal lines, log lines, CSV cells), so that the loader, the network exports and the
 * outputs cannot drift apart.
 */
public final class SafeText {

  /** The longest value a rejection shows, in characters: {@value}. */
  static final int SHOWN_VALUE_LENGTH = 200;

  /** The longest text a warning or an error message echoes from a file, in characters: {@value}. */
  static final int ECHO_LENGTH = 80;

  private SafeText() {}

  /**
   * @param cp a code point
   * @return whether it is a control character of the data contract (U+0000–U+001F but tab, U+007F)
   */
  static boolean isControl(int cp) {
    return (cp < 0x20 && cp != '\t') || cp == 0x7F;
  }

  /**
   * @param s text
   * @return the index of its first control character, or -1 when it has none
   */
  static int firstControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param s text holding a control character at {@code i}
   * @param i its index
   * @return the character in {@code U+001B} form
   */
  static String codeOf(String s, int i) {
    return String.format(Locale.ROOT, "U+%04X", (int) s.charAt(i));
  }

  /**
   * Removes the control characters of free text, keeping tabs. A line break (CR, LF or CRLF)
   * becomes one space, so that the words either side stay apart: {@code "line one\nline two"} →
   * {@code "line one line two"}, <code>"a&#92;u0000b"</code> (a NUL inside) → {@code "ab"}.
   *
   * @param s text
   * @return the text without control characters
   */
  static String stripControls(String s) {
    if (firstControl(s) < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        out.append(' ');
      } else if (!isControl(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A value as a rejection shows it: at most {@value #SHOWN_VALUE_LENGTH} characters (Unicode
   * characters, never a split one), then {@code "… (N characters)"}; unsafe characters escaped.
   *
   * @param value the value as read
   * @return the value to show
   */
  static String shown(String value) {
    return capped(value, SHOWN_VALUE_LENGTH, true);
  }

  /**
   * Text from a file as a warning or error message echoes it: at most {@value #ECHO_LENGTH}
   * characters, then {@code "…"}; unsafe characters escaped.
   *
   * @param text the text as read
   * @return the text to echo
   */
  static String echo(String text) {
    return capped(text, ECHO_LENGTH, false);
  }

  /**
   * @param text any text, e.g. an error message holding a file's path
   * @return the text with every unsafe character escaped, not capped
   */
  public static String escaped(String text) {
    return capped(text, Integer.MAX_VALUE, false);
  }

  /**
   * @param text any text
   * @param max the most characters shown (an escape counts its six)
   * @return the text escaped, ending in {@code …} where it was cut
   */
  public static String escaped(String text, int max) {
    return capped(text, max, false);
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /**
   * A CSV cell made safe to open in a spreadsheet (OWASP CSV injection): a text that begins with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single
   * quote; a number such as {@code -0.4902} is left as it is.
   *
   * @param v the cell
   * @return the cell as written
   */
  public static String spreadsheetCell(String v) {
    if (v.isEmpty()) {
      return v;
    }
    char c = v.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !NUMBER.matcher(v).matches() ? "'" + v : v;
  }

  /** Escapes, and stops when the shown text would pass {@code max} characters. */
  private static String capped(String s, int max, boolean sayLength) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), max) + 24);
    int shown = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean escape = unsafeToShow(cp);
      String piece =
          escape ? String.format(Locale.ROOT, "\\u%04X", cp) : new String(Character.toChars(cp));
      // Characters, not UTF-16 units: an emoji counts once; an escape counts its six.
      int width = escape ? piece.length() : 1;
      if (shown + width > max) {
        out.append('…');
        if (sayLength) {
          out.append(" (").append(s.codePointCount(0, s.length())).append(" characters)");
        }
        return out.toString();
      }
      out.append(piece);
      shown += width;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean unsafeToShow(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x2028
        || cp == 0x2029
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }
}
