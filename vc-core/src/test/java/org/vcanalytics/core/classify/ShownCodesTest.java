package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShownCodesTest {

  @Test
  void aLogLineShowsAtMostTenCodesAndNoHiddenCharacters() {
    // A right-to-left override (U+202E) would reverse the rest of the terminal line: it is shown escaped.
    assertThat(VcClassifier.shownCodes(List.of("\u202EEVIL", "195"))).isEqualTo("[\\u202EEVIL, 195]");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 67; i++) {
      many.add("X" + i);
    }
    // 67 codes: ten shown, and how many more.
    assertThat(VcClassifier.shownCodes(many)).startsWith("[X0, X1,").endsWith("X9, … and 57 more]");
    assertThat(VcClassifier.shownCodes(List.of("A".repeat(100)))).isEqualTo("[" + "A".repeat(20) + "…]");
  }
}
