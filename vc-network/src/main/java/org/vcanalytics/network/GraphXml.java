package org.vcanalytics.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.vcanalytics.core.Link;

/**
 * Writes a network as GraphML or GEXF 1.2 in one pass, node by node and link by link, into a
 * buffer of its own that goes to the writer a block at a time. The bytes are those jgrapht-io's
 * {@code GraphMLExporter} and {@code GEXFExporter} write for the same network (a property test
 * compares them on random networks with every kind of character): the same declaration, keys,
 * four-space indentation, escapes and self-closed empty elements. jgrapht's exporters go through
 * the JDK's XML serializer, which hands the writer one character at a time behind two locks and
 * needs a graph object and a map per node first; at the size of a force this writer takes a few
 * seconds where they took a quarter of a minute each (docs/performance.md).
 *
 * <p>Escapes, as the JDK serializer writes them: in an attribute value {@code & < > "}, tab, line
 * feed and carriage return; in element text {@code & < >}, carriage return and the C1 controls
 * U+007F–U+009F; in both a character beyond U+FFFF as a numeric reference. Text has already been
 * made XML-safe by {@link NetworkExport#xml}. Lines end with a line feed on every system.
 *
 * <p>Cost: O(size of the file), one pass; memory: one 64 K-character buffer besides the caller's.
 */
final class GraphXml {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
  private static final String[] INDENT = new String[8];

  static {
    for (int i = 0; i < INDENT.length; i++) {
      INDENT[i] = "\n" + "    ".repeat(i);
    }
  }

  private final Writer out;
  private final char[] buf = new char[1 << 16];
  private int n;

  private GraphXml(Writer out) {
    this.out = out;
  }

  /** What a writer needs of the network: its people, links, node attributes and ids. */
  record Content(
      List<String> people,
      List<Link> links,
      List<NodeAttribute> attributes,
      Function<String, String[]> texts,
      Function<String, String> ids) {}

  /**
   * @param c the network
   * @param out where to write GraphML (flushed, not closed)
   */
  static void graphml(Content c, Writer out) {
    GraphXml x = new GraphXml(out);
    x.raw(DECLARATION).raw("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xsi:schemaLocation=\""
        + "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    x.line(1).raw("<key id=\"edge_weight_key\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\">");
    x.line(2).raw("<default>1.0</default>");
    x.line(1).raw("</key>");
    int k = 0;
    for (NodeAttribute a : c.attributes()) {
      x.line(1).raw("<key id=\"key").raw(Integer.toString(k++)).raw("\" for=\"node\" attr.name=\"")
          .attr(a.name()).raw("\" attr.type=\"").raw(a.type().graphml()).raw("\"/>");
    }
    int edgeKeys = k;
    for (String name : NetworkExport.LINK_ATTRIBUTES.subList(1, 3)) {
      x.line(1).raw("<key id=\"key").raw(Integer.toString(k++)).raw("\" for=\"edge\" attr.name=\"")
          .raw(name).raw("\" attr.type=\"long\"/>");
    }
    if (c.people().isEmpty() && c.links().isEmpty()) {
      x.line(1).raw("<graph edgedefault=\"undirected\"/>");
    } else {
      x.line(1).raw("<graph edgedefault=\"undirected\">");
      for (String p : c.people()) {
        x.line(2).raw("<node id=\"").attr(c.ids().apply(p)).raw("\"");
        String[] texts = c.texts().apply(p);
        boolean open = false;
        for (int a = 0; a < texts.length; a++) {
          if (texts[a] != null) {
            if (!open) {
              x.raw(">");
              open = true;
            }
            x.line(3).raw("<data key=\"key").raw(Integer.toString(a)).raw("\"");
            if (texts[a].isEmpty()) {
              x.raw("/>");
            } else {
              x.raw(">").text(texts[a]).raw("</data>");
            }
          }
        }
        if (open) {
          x.line(2).raw("</node>");
        } else {
          x.raw("/>");
        }
      }
      for (int i = 0; i < c.links().size(); i++) {
        Link l = c.links().get(i);
        x.line(2).raw("<edge id=\"e").raw(Integer.toString(i)).raw("\" source=\"").attr(c.ids().apply(l.personA()))
            .raw("\" target=\"").attr(c.ids().apply(l.personB())).raw("\">");
        double w = NetworkExport.weight(l);
        if (w != 1.0) {
          x.line(3).raw("<data key=\"edge_weight_key\">").raw(Double.toString(w)).raw("</data>");
        }
        x.line(3).raw("<data key=\"key").raw(Integer.toString(edgeKeys)).raw("\">")
            .raw(Long.toString(l.crimeEvidence())).raw("</data>");
        x.line(3).raw("<data key=\"key").raw(Integer.toString(edgeKeys + 1)).raw("\">")
            .raw(Long.toString(l.intelEvidence())).raw("</data>");
        x.line(2).raw("</edge>");
      }
      x.line(1).raw("</graph>");
    }
    x.line(0).raw("</graphml>").line(0).flush();
  }

  /**
   * @param c the network
   * @param creator the meta creator
   * @param out where to write GEXF 1.2 (flushed, not closed)
   */
  static void gexf(Content c, String creator, Writer out) {
    GraphXml x = new GraphXml(out);
    x.raw(DECLARATION).raw("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xsi:schemaLocation=\""
        + "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    x.line(1).raw("<meta>");
    x.line(2).raw("<creator>").text(creator).raw("</creator>");
    x.line(1).raw("</meta>");
    x.line(1).raw("<graph defaultedgetype=\"undirected\">");
    if (!c.attributes().isEmpty()) {
      x.line(2).raw("<attributes class=\"node\">");
      for (int a = 0; a < c.attributes().size(); a++) {
        NodeAttribute na = c.attributes().get(a);
        x.line(3).raw("<attribute id=\"").raw(Integer.toString(a)).raw("\" title=\"").attr(na.name())
            .raw("\" type=\"").raw(na.type().gexf()).raw("\"/>");
      }
      x.line(2).raw("</attributes>");
    }
    x.line(2).raw("<attributes class=\"edge\">");
    x.line(3).raw("<attribute id=\"0\" title=\"crime_evidence\" type=\"long\"/>");
    x.line(3).raw("<attribute id=\"1\" title=\"intel_evidence\" type=\"long\"/>");
    x.line(2).raw("</attributes>");
    if (c.people().isEmpty()) {
      x.line(2).raw("<nodes/>");
    } else {
      x.line(2).raw("<nodes>");
      for (String p : c.people()) {
        String id = c.ids().apply(p);
        x.line(3).raw("<node id=\"").attr(id).raw("\" label=\"").attr(id).raw("\"");
        String[] texts = c.texts().apply(p);
        boolean open = false;
        for (int a = 0; a < texts.length; a++) {
          if (texts[a] != null) {
            if (!open) {
              x.raw(">").line(4).raw("<attvalues>");
              open = true;
            }
            x.line(5).raw("<attvalue for=\"").raw(Integer.toString(a)).raw("\" value=\"").attr(texts[a])
                .raw("\"/>");
          }
        }
        if (open) {
          x.line(4).raw("</attvalues>").line(3).raw("</node>");
        } else {
          x.raw("/>");
        }
      }
      x.line(2).raw("</nodes>");
    }
    if (c.links().isEmpty()) {
      x.line(2).raw("<edges/>");
    } else {
      x.line(2).raw("<edges>");
      for (int i = 0; i < c.links().size(); i++) {
        Link l = c.links().get(i);
        x.line(3).raw("<edge id=\"e").raw(Integer.toString(i)).raw("\" source=\"").attr(c.ids().apply(l.personA()))
            .raw("\" target=\"").attr(c.ids().apply(l.personB())).raw("\" weight=\"")
            .raw(Double.toString(NetworkExport.weight(l))).raw("\">");
        x.line(4).raw("<attvalues>");
        x.line(5).raw("<attvalue for=\"0\" value=\"").raw(Long.toString(l.crimeEvidence())).raw("\"/>");
        x.line(5).raw("<attvalue for=\"1\" value=\"").raw(Long.toString(l.intelEvidence())).raw("\"/>");
        x.line(4).raw("</attvalues>");
        x.line(3).raw("</edge>");
      }
      x.line(2).raw("</edges>");
    }
    x.line(1).raw("</graph>");
    x.line(0).raw("</gexf>").line(0).flush();
  }

  private GraphXml line(int depth) {
    return raw(INDENT[depth]);
  }

  /** Markup, written as it is. */
  private GraphXml raw(String s) {
    int len = s.length();
    if (n + len > buf.length) {
      drain();
      if (len > buf.length) {
        write(s.toCharArray(), len);
        return this;
      }
    }
    s.getChars(0, len, buf, n);
    n += len;
    return this;
  }

  private GraphXml put(char ch) {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = ch;
    return this;
  }

  /** An attribute value, escaped. */
  private GraphXml attr(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> raw("&amp;");
        case '<' -> raw("&lt;");
        case '>' -> raw("&gt;");
        case '"' -> raw("&quot;");
        case '\t' -> raw("&#9;");
        case '\n' -> raw("&#10;");
        case '\r' -> raw("&#13;");
        default -> i = plain(s, i, ch);
      }
    }
    return this;
  }

  /** Element text, escaped. */
  private GraphXml text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> raw("&amp;");
        case '<' -> raw("&lt;");
        case '>' -> raw("&gt;");
        case '\r' -> raw("&#13;");
        default -> {
          if (ch >= 0x7F && ch <= 0x9F) {
            raw("&#").raw(Integer.toString(ch)).put(';');
          } else {
            i = plain(s, i, ch);
          }
        }
      }
    }
    return this;
  }

  /** A character as it is, or a pair beyond U+FFFF as a numeric reference; the index it ends at. */
  private int plain(String s, int i, char ch) {
    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
      raw("&#").raw(Integer.toString(Character.toCodePoint(ch, s.charAt(i + 1)))).put(';');
      return i + 1;
    }
    put(ch);
    return i;
  }

  private void drain() {
    write(buf, n);
    n = 0;
  }

  private void write(char[] chars, int len) {
    try {
      out.write(chars, 0, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
