package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.ReportCharts.*;
import static org.vcanalytics.examples.report.ReportFormat.*;
import static org.vcanalytics.examples.report.Report.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vcanalytics.core.Link;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.PersonHarm;
import org.vcanalytics.network.PersonNetwork;
import org.vcanalytics.network.Structure;
import org.vcanalytics.network.SubNetwork;

/** The report's network section: the people around High Harm people, laid out as a picture. */
final class ReportNetwork {
  private ReportNetwork() {}

  static void network(StringBuilder h, PipelineResult r) {
    h.append("<section id=\"network\">\n<h2>6. Network around High Harm people</h2>\n");
    PersonNetwork net = r.network();
    Set<String> high = new TreeSet<>();
    for (PersonHarm p : r.harm().people()) {
      if (p.category() == Category.HIGH_HARM) {
        high.add(p.personId());
      }
    }
    if (high.isEmpty()) {
      h.append("<p>No picture: nobody is High Harm as of the date.</p>\n</section>\n");
      return;
    }
    // The largest component (largest first, ties by first id) holding a High Harm person and a link.
    List<String> component = null;
    for (List<String> comp : Structure.components(net)) {
      if (comp.size() < 2) {
        break;
      }
      if (comp.stream().anyMatch(high::contains)) {
        component = comp;
        break;
      }
    }
    if (component == null) {
      h.append("<p>No picture: no High Harm person has a link to anyone in the network as of the date.</p>\n"
          + "</section>\n");
      return;
    }
    List<PersonHarm> seeds = new ArrayList<>();
    long highInComponent = 0;
    for (String id : component) {
      if (high.contains(id)) {
        highInComponent++;
        seeds.add(r.harm().person(id).orElseThrow());
      }
    }
    seeds.sort(byHarm());
    if (seeds.size() > NETWORK_SEEDS) {
      seeds = new ArrayList<>(seeds.subList(0, NETWORK_SEEDS));
    }
    // Breadth first from the seeds, strongest links first, until the cap.
    Map<String, Integer> hops = new LinkedHashMap<>();
    List<String> frontier = new ArrayList<>();
    for (PersonHarm p : seeds) {
      hops.put(p.personId(), 0);
      frontier.add(p.personId());
    }
    int reached = 0;
    for (int d = 1; d <= NETWORK_DEPTH && hops.size() < NETWORK_CAP; d++) {
      List<String> next = new ArrayList<>();
      for (String u : frontier) {
        List<Link> links = new ArrayList<>(net.linksOf(u));
        links.sort(Comparator.comparingDouble(Link::weight).reversed().thenComparing(l -> l.other(u)));
        for (Link l : links) {
          String v = l.other(u);
          if (!hops.containsKey(v) && hops.size() < NETWORK_CAP) {
            hops.put(v, d);
            next.add(v);
          }
        }
      }
      frontier = next;
      reached = d;
    }
    SubNetwork sub = net.around(new TreeSet<>(hops.keySet()));
    h.append("<p class=\"note\">The largest connected group of people (component) that holds a High Harm"
        + " person has ").append(count(component.size())).append(" people, ").append(count(highInComponent))
        .append(" of them High Harm. Drawing all of it would be unreadable, so the picture starts from the ")
        .append(seeds.size() == 1 ? "highest-harm person" : count(seeds.size()) + " highest-harm people")
        .append(" in it (black outline) and adds the people up to ").append(reached)
        .append(reached == 1 ? " link" : " links").append(" away, strongest links first, at most ")
        .append(NETWORK_CAP).append(" people: it shows ").append(count(sub.people().size()))
        .append(" people and ").append(count(sub.links().size())).append(" links; ")
        .append(count(sub.leaving().size())).append(" further links lead out of the picture. A link means"
            + " the two were recorded on a crime together or named together in intelligence; its width"
            + " is its weight (1 = a crime together, less for lower-graded intelligence). A link is not"
            + " evidence of a relationship. The layout is arranged for legibility: distance on the"
            + " picture means nothing. network.graphml holds the network for Gephi, yEd or i2.</p>\n");
    networkSvg(h, r, sub, hops, seeds);
    h.append("</section>\n");
  }


  // ---------------------------------------------------------------------------------------------
  // Network picture

  static final int NW = 1000;
  static final int NH = 720;

  static void networkSvg(
      StringBuilder h, PipelineResult r, SubNetwork sub, Map<String, Integer> hops, List<PersonHarm> seeds) {
    List<String> people = sub.people();
    int n = people.size();
    Map<String, Integer> index = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      index.put(people.get(i), i);
    }
    double[][] xy = layout(people, sub.links(), index, hops);
    Set<String> seedIds = new TreeSet<>();
    seeds.forEach(p -> seedIds.add(p.personId()));

    int height = 0;
    for (double[] q : xy) {
      height = Math.max(height, (int) Math.ceil(q[1] + 40));
    }
    height = Math.max(240, Math.min(NH, height));
    h.append("<figure>\n<svg role=\"img\" aria-label=\"Network around"
        + " High Harm people\" viewBox=\"0 0 ").append(NW).append(' ').append(height).append("\" width=\"")
        .append(NW).append("\" height=\"").append(height).append("\">\n")
        .append("<rect x=\"0\" y=\"0\" width=\"").append(NW).append("\" height=\"").append(height)
        .append("\" fill=\"#fbfcfd\" stroke=\"#d9e2ec\"/>\n<g stroke=\"#7b8794\" stroke-opacity=\"0.55\""
            + " stroke-linecap=\"round\">\n");
    for (Link l : sub.links()) {
      double[] a = xy[index.get(l.personA())];
      double[] b = xy[index.get(l.personB())];
      h.append("<line x1=\"").append(f1(a[0])).append("\" y1=\"").append(f1(a[1])).append("\" x2=\"")
          .append(f1(b[0])).append("\" y2=\"").append(f1(b[1])).append("\" stroke-width=\"")
          .append(f1(0.6 + 3.4 * l.weight())).append("\"><title>").append(esc(l.personA())).append(" – ")
          .append(esc(l.personB())).append(": weight ").append(fixed4(l.weight())).append(", ")
          .append(l.crimeEvidence()).append(l.crimeEvidence() == 1 ? " crime, " : " crimes, ")
          .append(l.intelEvidence()).append(l.intelEvidence() == 1 ? " intelligence log" : " intelligence logs")
          .append("</title></line>\n");
    }
    h.append("</g>\n<g stroke=\"#ffffff\" stroke-width=\"1\">\n");
    // Draw the categories from NONE up, so High Harm people are on top.
    Category[] order = {Category.NONE, Category.CONNECTED, Category.INVOLVED, Category.HIGH_HARM};
    for (Category cat : order) {
      for (int i = 0; i < n; i++) {
        String id = people.get(i);
        PersonHarm p = r.harm().person(id).orElse(null);
        Category c = p == null ? Category.NONE : p.category();
        if (c != cat) {
          continue;
        }
        double radius = switch (c) {
          case HIGH_HARM -> 8;
          case INVOLVED -> 6;
          case CONNECTED -> 5;
          case NONE -> 4;
        };
        boolean seed = seedIds.contains(id);
        h.append("<circle cx=\"").append(f1(xy[i][0])).append("\" cy=\"").append(f1(xy[i][1]))
            .append("\" r=\"").append(f1(radius)).append("\" fill=\"").append(CATEGORY_COLOURS[c.ordinal()])
            .append('"').append(seed ? " stroke=\"#111111\" stroke-width=\"2.5\"" : "").append("><title>")
            .append(esc(id)).append(": ").append(c.name());
        if (p != null && p.vcEvents() > 0) {
          h.append(", harm with recency ").append(fixed4(p.harmRecency()));
        }
        h.append(", ").append(hops.get(id)).append(hops.get(id) == 1 ? " link" : " links")
            .append(" from the starting people</title></circle>\n");
      }
    }
    h.append("</g>\n<g font-size=\"10.5\" fill=\"#1f2933\" font-weight=\"600\">\n");
    for (int i = 0; i < n; i++) {
      String id = people.get(i);
      if (r.harm().category(id) == Category.HIGH_HARM) {
        h.append("<text x=\"").append(f1(xy[i][0] + 10)).append("\" y=\"").append(f1(xy[i][1] + 4))
            .append("\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\">").append(esc(id))
            .append("</text>\n");
      }
    }
    h.append("</g>\n</svg>\n<figcaption><div class=\"legend\">");
    for (Category c : Category.values()) {
      h.append("<span class=\"li\">").append(dot(CATEGORY_COLOURS[c.ordinal()], false)).append(c.name())
          .append("</span>");
    }
    h.append("<span class=\"li\">").append(dot("#c0392b", true)).append("starting person (highest harm)</span>")
        .append("<span class=\"li\"><svg width=\"90\" height=\"12\" viewBox=\"0 0 90 12\" aria-hidden=\"true\">")
        .append("<line x1=\"2\" y1=\"6\" x2=\"26\" y2=\"6\" stroke=\"#7b8794\" stroke-width=\"1.5\"/>")
        .append("<line x1=\"32\" y1=\"6\" x2=\"56\" y2=\"6\" stroke=\"#7b8794\" stroke-width=\"2.3\"/>")
        .append("<line x1=\"62\" y1=\"6\" x2=\"88\" y2=\"6\" stroke=\"#7b8794\" stroke-width=\"4\"/></svg>")
        .append(" link weight 0.25, 0.5, 1</span>")
        .append("</div><div class=\"note\">Labels name the High Harm people. Hover over a person or link"
            + " for details.</div></figcaption>\n</figure>\n");
  }

  /**
   * A deterministic force-directed layout (Fruchterman–Reingold): starts from rings by distance from
   * the starting people, then 300 iterations in strict arithmetic; scaled into the picture.
   */
  static double[][] layout(List<String> people, List<Link> links, Map<String, Integer> index,
      Map<String, Integer> hops) {
    int n = people.size();
    double[][] p = new double[n][2];
    // Initial rings, by hop distance, in id order within a ring.
    Map<Integer, List<Integer>> rings = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      rings.computeIfAbsent(hops.getOrDefault(people.get(i), 0), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<Integer, List<Integer>> e : rings.entrySet()) {
      List<Integer> ring = e.getValue();
      double radius = e.getKey() == 0 && ring.size() == 1 ? 0 : 80 + 160 * e.getKey();
      for (int k = 0; k < ring.size(); k++) {
        double a = 2 * StrictMath.PI * k / ring.size() + 0.37 * e.getKey();
        p[ring.get(k)][0] = radius * StrictMath.cos(a);
        p[ring.get(k)][1] = radius * StrictMath.sin(a);
      }
    }
    int[][] edges = new int[links.size()][];
    double[] weights = new double[links.size()];
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      edges[k] = new int[] {index.get(l.personA()), index.get(l.personB())};
      weights[k] = l.weight();
    }
    double area = 1000.0 * 720.0;
    double kk = Math.max(28, Math.min(90, StrictMath.sqrt(area / Math.max(1, n)) * 0.6));
    double temp = 100;
    int iterations = 300;
    double[][] disp = new double[n][2];
    for (int it = 0; it < iterations; it++) {
      for (double[] d : disp) {
        d[0] = 0;
        d[1] = 0;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = p[i][0] - p[j][0];
          double dy = p[i][1] - p[j][1];
          double d2 = dx * dx + dy * dy;
          if (d2 < 1e-4) {
            dx = 0.01 * (1 + (i % 7));
            dy = 0.01 * (1 + (j % 5));
            d2 = dx * dx + dy * dy;
          }
          double f = kk * kk / d2;
          disp[i][0] += dx * f;
          disp[i][1] += dy * f;
          disp[j][0] -= dx * f;
          disp[j][1] -= dy * f;
        }
      }
      for (int k = 0; k < edges.length; k++) {
        int i = edges[k][0];
        int j = edges[k][1];
        double dx = p[i][0] - p[j][0];
        double dy = p[i][1] - p[j][1];
        double d = StrictMath.sqrt(dx * dx + dy * dy);
        double f = d / kk * (0.5 + weights[k]);
        disp[i][0] -= dx * f;
        disp[i][1] -= dy * f;
        disp[j][0] += dx * f;
        disp[j][1] += dy * f;
      }
      for (int i = 0; i < n; i++) {
        // Gentle gravity keeps loosely joined parts on the picture.
        disp[i][0] -= 0.02 * p[i][0] * kk / 10;
        disp[i][1] -= 0.02 * p[i][1] * kk / 10;
        double d = StrictMath.sqrt(disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]);
        if (d > 0) {
          double m = Math.min(d, temp) / d;
          p[i][0] += disp[i][0] * m;
          p[i][1] += disp[i][1] * m;
        }
      }
      temp = Math.max(1, temp * 0.985);
    }
    // Scale into the picture, keeping the aspect ratio, with a margin for labels.
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (double[] q : p) {
      minX = Math.min(minX, q[0]);
      minY = Math.min(minY, q[1]);
      maxX = Math.max(maxX, q[0]);
      maxY = Math.max(maxY, q[1]);
    }
    double margin = 40;
    double sx = maxX > minX ? (NW - 2 * margin - 40) / (maxX - minX) : 1;
    double sy = maxY > minY ? (NH - 2 * margin) / (maxY - minY) : 1;
    double s = Math.min(1.5, Math.min(sx, sy));
    double ox = (NW - 40 - (maxX - minX) * s) / 2;
    double height = pictureHeight(p);
    double oy = (height - (maxY - minY) * s) / 2;
    for (double[] q : p) {
      q[0] = ox + (q[0] - minX) * s;
      q[1] = oy + (q[1] - minY) * s;
    }
    return p;
  }

  /** The picture's height: the layout's with a margin, between 240 and the full height. */
  static double pictureHeight(double[][] p) {
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    for (double[] q : p) {
      minX = Math.min(minX, q[0]);
      maxX = Math.max(maxX, q[0]);
      minY = Math.min(minY, q[1]);
      maxY = Math.max(maxY, q[1]);
    }
    double sx = maxX > minX ? (NW - 2 * 40 - 40) / (maxX - minX) : 1;
    double sy = maxY > minY ? (NH - 2 * 40) / (maxY - minY) : 1;
    double s = Math.min(1.5, Math.min(sx, sy));
    return Math.max(240, Math.min(NH, Math.ceil((maxY - minY) * s + 2 * 40)));
  }

  // ---------------------------------------------------------------------------------------------
  // Words

}
