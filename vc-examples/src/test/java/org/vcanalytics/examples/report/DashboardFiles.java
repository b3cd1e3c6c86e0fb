package org.vcanalytics.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the data a dashboard holds, for tests. */
public final class DashboardFiles {
  private DashboardFiles() {}

  static final String OPEN = "<script type=\"application/json\" id=\"vc-data\">";

  /** The embedded JSON, as text. */
  public static String json(String html) {
    int i = html.indexOf(OPEN);
    if (i < 0) {
      throw new AssertionError("no vc-data script in the page");
    }
    i += OPEN.length();
    return html.substring(i, html.indexOf("</script>", i));
  }

  /** The embedded data. */
  public static JsonNode data(String html) {
    try {
      return new ObjectMapper().readTree(json(html));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data of a report file. */
  public static JsonNode data(Path file) {
    try {
      return data(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
