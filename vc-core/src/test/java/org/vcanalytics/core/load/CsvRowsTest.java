package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {
  @TempDir Path dir;

  private List<String> read(byte[] bytes) throws IOException {
    Path f = dir.resolve("x.csv");
    Files.write(f, bytes);
    List<String> out = new ArrayList<>();
    try (CsvRows rows = CsvRows.open(f)) {
      String[] r;
      while ((r = rows.next()) != null) {
        out.add(rows.line() + ":" + String.join("|", r));
      }
    }
    return out;
  }

  @Test
  void bomCrlfQuotedNewlinesAndBlankLinesKeepTheirLineNumbers() throws IOException {
    String text = "\uFEFFa,b\r\n1,\"x\r\ny\"\r\n\r\n2,\"he said \"\"hi\"\"\"\r\n3,\r\n";
    assertThat(read(text.getBytes(StandardCharsets.UTF_8)))
        .containsExactly("1:a|b", "2:1|x\r\ny", "5:2|he said \"hi\"", "6:3|");
  }

  @Test
  void notUtf8IsABrokenFileNamingTheLine() {
    byte[] bytes = "a,b\n1,2\n3,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("x.csv line 3")
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void unterminatedQuoteIsABrokenFile() {
    byte[] bytes = "a,b\n1,\"2\n3,4\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(BrokenFileException.class)
        .hasMessageContaining("x.csv line");
  }

  @Test
  void bomBeforeAQuotedHeaderAndLinesOfOnlyWhiteSpace() throws IOException {
    String text = "\uFEFF\"a\",b\n1,2\n\t\n  \n3,4\n";
    assertThat(read(text.getBytes(StandardCharsets.UTF_8))).containsExactly("1:a|b", "2:1|2", "5:3|4");
  }

  @Test
  void aFileOfOnlyAByteOrderMarkHasNoRecords() throws IOException {
    assertThat(read("\uFEFF".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
