package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

  /** A code already in normal form is returned as it is; every code as the character-by-character rules give. */
  @Test
  void theShortCutAgreesWithTheRules() {
    Random r = new Random(7);
    String alphabet = "0123456789ABNZabnz./ \u00a0";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(6); n > 0; n--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String code = b.toString();
      assertThat(OffenceCodes.normalise(code)).as(code).isEqualTo(byTheRules(code));
    }
    String plain = "34B";
    assertThat(OffenceCodes.normalise(plain)).isSameAs(plain);
  }

  /** The rules one character at a time: no spaces, / as a dot, capitals, no leading zero before a digit. */
  private static String byTheRules(String code) {
    StringBuilder s = new StringBuilder();
    for (char ch : code.toCharArray()) {
      if (!Character.isWhitespace(ch) && ch != '\u00a0') {
        s.append(ch == '/' ? '.' : ch);
      }
    }
    String upper = s.toString().toUpperCase(Locale.ROOT);
    int start = 0;
    while (start < upper.length() - 1 && upper.charAt(start) == '0' && Character.isDigit(upper.charAt(start + 1))) {
      start++;
    }
    return upper.substring(start);
  }
}
