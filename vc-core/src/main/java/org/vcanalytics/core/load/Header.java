package org.vcanalytics.core.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The header row of a CSV file, checked against the file's columns: names matched ignoring case and
 * surrounding spaces, a column named twice or a required one missing is a broken file, unknown
 * columns are ignored with one warning that counts them.
 */
final class Header {

  /** How many ignored column names a warning shows: {@value}. */
  static final int SHOWN_COLUMNS = 10;

  /** What a column name plausibly looks like: letters, digits and a little punctuation. */
  private static final Pattern NAME_LIKE = Pattern.compile("[\\p{L}\\p{N}_ .()\\-#%&+/']*");

  private Header() {}

  /**
   * @param file the file's name
   * @param header the header's fields
   * @param columns the file's columns
   * @param warnings where the ignored-columns warning goes
   * @return the field index of each column by {@link Column#ordinal()}, -1 when absent
   * @throws BrokenFileException for a column named twice or a required column missing
   */
  static int[] read(
      String file, String[] header, List<? extends Column> columns, List<String> warnings) {
    Map<String, Column> byLabel = new HashMap<>();
    for (Column c : columns) {
      byLabel.put(c.label(), c);
    }
    int[] index = new int[columns.size()];
    Arrays.fill(index, -1);
    List<String> ignored = new ArrayList<>();
    long ignoredCount = 0;
    for (int i = 0; i < header.length; i++) {
      String name = header[i].strip();
      Column c = byLabel.get(name.toLowerCase(Locale.ROOT));
      if (c == null) {
        ignoredCount++;
        if (ignored.size() < SHOWN_COLUMNS) {
          ignored.add(name.isEmpty() ? "(blank column " + (i + 1) + ")" : SafeText.echo(name));
        }
        continue;
      }
      if (index[c.ordinal()] >= 0) {
        throw new BrokenFileException(
            file, 1, "the header names column '" + c.label() + "' twice (columns "
                + (index[c.ordinal()] + 1) + " and " + (i + 1) + ")", null);
      }
      index[c.ordinal()] = i;
    }
    List<String> missing = new ArrayList<>();
    for (Column c : columns) {
      if (c.required() && index[c.ordinal()] < 0) {
        missing.add(c.label());
      }
    }
    if (!missing.isEmpty()) {
      throw new BrokenFileException(file, 1, wrongHeader(header, missing, byLabel), null);
    }
    if (ignoredCount > 0) {
      warnings.add(ignoredWarning(file, ignored, ignoredCount));
    }
    return index;
  }

  /**
   * One warning for every unknown column of a file, however many: {@code crimes.csv: 100000 columns
   * are not in the data contract and were ignored: 'a', 'b', …, 'j', … (first 10 shown)}.
   */
  static String ignoredWarning(String file, List<String> shown, long count) {
    if (count == 1) {
      return file + ": column '" + shown.get(0) + "' is not in the data contract and was ignored";
    }
    StringBuilder s =
        new StringBuilder(file)
            .append(": ")
            .append(count)
            .append(" columns are not in the data contract and were ignored: ");
    for (int i = 0; i < shown.size(); i++) {
      s.append(i == 0 ? "" : ", ").append('\'').append(shown.get(i)).append('\'');
    }
    if (count > shown.size()) {
      s.append(", … (first ").append(shown.size()).append(" shown)");
    }
    return s.toString();
  }

  private static String wrongHeader(String[] header, List<String> missing, Map<String, Column> known) {
    String what =
        "wrong header: required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
            + (missing.size() > 1 ? " are" : " is") + " missing; ";
    String seen =
        plausible(header, known)
            ? "the header reads '" + SafeText.echo(String.join(",", header)) + "'"
            : "the first line does not look like a CSV header (not shown)";
    return what + seen + ". Is this the right file, and is it CSV?";
  }

  /**
   * Whether the first line plausibly is a CSV header, and so may be echoed: every field looks like
   * a column name (no control characters, no {@code :} or {@code =} or braces), and there are
   * several fields or the one field names a column of the file. The first line of a password file,
   * a key, a JSON document or a binary is none of these, and is not echoed.
   */
  static boolean plausible(String[] header, Map<String, Column> known) {
    if (header.length == 0) {
      return false;
    }
    for (String f : header) {
      if (!NAME_LIKE.matcher(f).matches()) {
        return false;
      }
    }
    return header.length > 1 || known.containsKey(header[0].strip().toLowerCase(Locale.ROOT));
  }
}
