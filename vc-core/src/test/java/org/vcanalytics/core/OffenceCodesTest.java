package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffenceCodesTest {

  @ParameterizedTest(name = "''{0}'' -> ''{1}''")
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "008N, 8N",
        "8n, 8N",
        "\" 8 N \", 8N",
        "4/1, 4.1",
        "004/10, 4.10",
        "4.10, 4.10",
        "05A, 5A",
        "34b, 34B",
        "195, 195",
        "0, 0",
        "00, 0",
        "\"\", \"\""
      })
  void normalises(String raw, String expected) {
    assertThat(OffenceCodes.normalise(raw)).isEqualTo(expected);
  }
}
