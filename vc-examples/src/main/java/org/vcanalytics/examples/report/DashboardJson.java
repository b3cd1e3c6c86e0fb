package org.vcanalytics.examples.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.vcanalytics.core.Decimals;

/**
 * The JSON of the dashboard, written as it is made (a force's figures do not fit in a tree). Safe to
 * put inside a {@code <script>} element: every {@code <}, {@code >} and {@code &}, and the line
 * separators U+2028 and U+2029, are written as {@code \}{@code uXXXX}, so no value can close the
 * element or start a comment; JSON.parse gives the same text back.
 */
final class DashboardJson {
  private DashboardJson() {}

  /** The escapes: JSON's own, plus the characters that matter inside an HTML script element. */
  static final class ScriptSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    ScriptSafe() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(ch == 0x2028 ? "\\u2028" : "\\u2029");
      }
      return null;
    }
  }

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A generator writing script-safe JSON to a writer, which it does not close. */
  static JsonGenerator generator(Writer w) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(w);
    g.setCharacterEscapes(new ScriptSafe());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /** A number with four decimals, written exactly as the CSV files write it. */
  static void fixed4(JsonGenerator g, double v) throws IOException {
    g.writeNumber(Decimals.fixed4(v));
  }

  static void fixed4(JsonGenerator g, OptionalDouble v) throws IOException {
    if (v.isPresent()) {
      fixed4(g, v.getAsDouble());
    } else {
      g.writeNull();
    }
  }

  static void number(JsonGenerator g, OptionalLong v) throws IOException {
    if (v.isPresent()) {
      g.writeNumber(v.getAsLong());
    } else {
      g.writeNull();
    }
  }

  static void number(JsonGenerator g, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumber(v.getAsInt());
    } else {
      g.writeNull();
    }
  }

  static void strings(JsonGenerator g, String field, Collection<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
