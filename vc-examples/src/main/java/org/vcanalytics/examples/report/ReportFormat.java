package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.ReportCharts.*;

import static org.vcanalytics.examples.report.Report.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** How the report writes numbers and text: escaped, with a dot, whatever the locale. */
final class ReportFormat {
  private ReportFormat() {}

  /**
   * Escapes text for HTML element content and attribute values.
   *
   * @param s the text
   * @return the escaped text
   */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static void kv(StringBuilder h, String key, String valueHtml) {
    h.append("<tr><th>").append(esc(key)).append("</th><td class=\"n\">").append(valueHtml).append("</td></tr>\n");
  }

  static String num(String s) {
    return "<td class=\"n\">" + s + "</td>";
  }

  static String numTh(String s) {
    return "<th class=\"n\">" + s + "</th>";
  }

  static String swatch(String colour) {
    return "<span class=\"sw\" style=\"background:" + colour + "\"></span>";
  }

  static String dot(String colour, boolean outlined) {
    return "<svg width=\"14\" height=\"14\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><circle cx=\"7\" cy=\"7\""
        + " r=\"5\" fill=\"" + colour + "\"" + (outlined ? " stroke=\"#111111\" stroke-width=\"2\"" : "")
        + "/></svg> ";
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String fixed4(double v) {
    return org.vcanalytics.core.Decimals.fixed4(v);
  }

  static String fixed2(double v) {
    return org.vcanalytics.core.Decimals.fixed(v, 2);
  }

  static String fixed1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String f1(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals("-0") ? "0" : s;
  }

  static String percent(long n, long of) {
    return of == 0 ? "—" : fixed1(100.0 * n / of) + "%";
  }

  static String plain(double v) {
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  static String plainPercent(double fraction) {
    return new java.math.BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros()
        .toPlainString() + " %";
  }

  /** @return a text resource of this package, e.g. {@code report.css} */
  static String resource(String name) {
    try (java.io.InputStream in = Report.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the report resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
