package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Ids#requireId}: an id is accepted exactly when it is not blank and has no white space at either end. */
class IdsProperties {

  @Property(tries = 3000)
  void acceptedExactlyWhenNotBlankAndNotPadded(@ForAll("ids") String id) {
    if (!id.isBlank() && id.equals(id.strip())) {
      assertThat(Ids.requireId(id, "id")).isSameAs(id);
    } else {
      assertThatThrownBy(() -> Ids.requireId(id, "id")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> ids() {
    // Letters, digits, ASCII and Unicode white space (tab, U+2003, U+3000), a no-break space (not
    // white space to Java), and a character outside the BMP.
    return Arbitraries.strings()
        .withChars("P0 9\t\u2003\u3000\u00A0-")
        .withChars("\uD83D\uDE00".toCharArray())
        .ofMinLength(0)
        .ofMaxLength(6);
  }
}
