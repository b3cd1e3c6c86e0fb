package org.vcanalytics.examples.report;


import static org.vcanalytics.examples.report.ReportFormat.*;
import static org.vcanalytics.examples.report.Report.*;

import org.vcanalytics.core.classify.Typology;

/** The report's charts: bars and lines as inline SVG. */
final class ReportCharts {
  private ReportCharts() {}

  // ---------------------------------------------------------------------------------------------
  // Charts

  static final int CW = 860;
  static final int CH = 260;
  static final int ML = 56;
  static final int MR = 16;
  static final int MT = 18;
  static final int MB = 30;

  static void barChart(StringBuilder h, String[] labels, long[] values, boolean lastPartial) {
    long max = 0;
    for (long v : values) {
      max = Math.max(max, v);
    }
    long step = niceStep(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    svgOpen(h, CW, CH, "Violent crimes per year");
    axes(h, top, step);
    double slot = (double) (CW - ML - MR) / labels.length;
    double bw = Math.min(60, slot * 0.7);
    for (int i = 0; i < labels.length; i++) {
      double x = ML + slot * i + (slot - bw) / 2;
      double y = yOf(values[i], top);
      boolean pale = lastPartial && i == labels.length - 1;
      h.append("<rect x=\"").append(f1(x)).append("\" y=\"").append(f1(y)).append("\" width=\"").append(f1(bw))
          .append("\" height=\"").append(f1(CH - MB - y)).append("\" fill=\"").append(pale ? "#9fb3c8" : "#243b53")
          .append("\"><title>").append(labels[i]).append(": ").append(count(values[i]))
          .append(pale ? " (partial year)" : "").append("</title></rect>\n");
      h.append("<text x=\"").append(f1(x + bw / 2)).append("\" y=\"").append(f1(y - 4))
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1f2933\">").append(count(values[i]))
          .append("</text>\n");
      h.append("<text x=\"").append(f1(ML + slot * i + slot / 2)).append("\" y=\"").append(CH - MB + 16)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#52606d\">").append(labels[i])
          .append(pale ? "*" : "").append("</text>\n");
    }
    h.append("</svg>\n");
  }

  static void lineChart(StringBuilder h, String[] labels, long[][] series, boolean lastPartial) {
    long max = 0;
    for (long[] s : series) {
      for (long v : s) {
        max = Math.max(max, v);
      }
    }
    long step = niceStep(max);
    long top = Math.max(step, (max + step - 1) / step * step);
    int legendW = 150;
    int width = CW;
    svgOpen(h, width, CH, "Violent crimes per year by typology");
    int plotRight = width - MR - legendW;
    axesTo(h, top, step, plotRight);
    double slot = (double) (plotRight - ML) / labels.length;
    for (int i = 0; i < labels.length; i++) {
      h.append("<text x=\"").append(f1(ML + slot * i + slot / 2)).append("\" y=\"").append(CH - MB + 16)
          .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#52606d\">").append(labels[i])
          .append(lastPartial && i == labels.length - 1 ? "*" : "").append("</text>\n");
    }
    for (Typology t : Typology.values()) {
      long[] s = series[t.ordinal()];
      String colour = TYPOLOGY_COLOURS[t.ordinal()];
      h.append("<g fill=\"").append(colour).append("\" stroke=\"").append(colour).append("\">");
      if (labels.length > 1) {
        h.append("<polyline fill=\"none\" stroke-width=\"2\" points=\"");
        for (int i = 0; i < labels.length; i++) {
          h.append(i == 0 ? "" : " ").append(f1(ML + slot * i + slot / 2)).append(',').append(f1(yOf(s[i], top)));
        }
        h.append("\"/>");
      }
      for (int i = 0; i < labels.length; i++) {
        h.append("<circle cx=\"").append(f1(ML + slot * i + slot / 2)).append("\" cy=\"")
            .append(f1(yOf(s[i], top))).append("\" r=\"3\"><title>").append(t.name()).append(' ')
            .append(labels[i]).append(": ").append(count(s[i])).append("</title></circle>");
      }
      h.append("</g>\n");
      int ly = MT + 8 + 20 * t.ordinal();
      h.append("<line x1=\"").append(plotRight + 16).append("\" y1=\"").append(ly).append("\" x2=\"")
          .append(plotRight + 36).append("\" y2=\"").append(ly).append("\" stroke=\"").append(colour)
          .append("\" stroke-width=\"3\"/><text x=\"").append(plotRight + 42).append("\" y=\"").append(ly + 4)
          .append("\" font-size=\"11\" fill=\"#1f2933\">").append(t.name()).append("</text>\n");
    }
    h.append("</svg>\n");
  }

  static void svgOpen(StringBuilder h, int w, int ht, String label) {
    h.append("<svg role=\"img\" aria-label=\"").append(esc(label))
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(ht).append("\" width=\"").append(w)
        .append("\" height=\"").append(ht).append("\">\n");
  }

  static void axes(StringBuilder h, long top, long step) {
    axesTo(h, top, step, CW - MR);
  }

  static void axesTo(StringBuilder h, long top, long step, int right) {
    for (long v = 0; v <= top; v += step) {
      double y = yOf(v, top);
      h.append("<line x1=\"").append(ML).append("\" y1=\"").append(f1(y)).append("\" x2=\"").append(right)
          .append("\" y2=\"").append(f1(y)).append("\" stroke=\"").append(v == 0 ? "#7b8794" : "#e4e7eb")
          .append("\" stroke-width=\"1\"/>")
          .append("<text x=\"").append(ML - 6).append("\" y=\"").append(f1(y + 4))
          .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#52606d\">").append(count(v)).append("</text>\n");
    }
  }

  static double yOf(long v, long top) {
    return MT + (CH - MT - MB) * (1 - (double) v / top);
  }

  /** A step of 1, 2 or 5 × 10^n giving about five gridlines; at least 1. */
  static long niceStep(long max) {
    if (max <= 5) {
      return 1;
    }
    double raw = max / 5.0;
    long mag = 1;
    while (mag * 10 <= raw) {
      mag *= 10;
    }
    for (long m : new long[] {1, 2, 5, 10}) {
      if (m * mag >= raw) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

}
