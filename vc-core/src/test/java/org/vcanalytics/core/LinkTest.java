package org.vcanalytics.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkTest {

  static LinkEvidence e(String id, double w) {
    return new LinkEvidence(LinkEvidence.Type.INTELLIGENCE, id, LocalDate.of(2024, 1, 1), Optional.empty(), w);
  }

  @Test
  void theSameEvidenceInAnyOrderGivesTheSameLink() {
    // 0.18, 0.48, 0.16000000000000003, 0.3 combined in the given order and reversed differ in the last bit.
    List<LinkEvidence> ev = List.of(e("I1", 0.18), e("I2", 0.48), e("I3", 0.16000000000000003), e("I4", 0.3));
    List<LinkEvidence> reversed = new ArrayList<>(ev);
    Collections.reverse(reversed);
    assertThat(Link.of("B", "A", reversed)).isEqualTo(Link.of("A", "B", ev));
    // 1 - 0.82 x 0.52 x 0.84 x 0.7 = 1 - 0.2507232 = 0.7492768
    assertThat(Link.of("A", "B", ev).weight()).isCloseTo(0.7492768, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void rules() {
    assertThatThrownBy(() -> Link.of("A", "A", List.of(e("I1", 0.5)))).hasMessageContaining("own link");
    assertThatThrownBy(() -> Link.of("A", "B", List.of())).hasMessageContaining("needs evidence");
    assertThat(Link.combine()).isZero();
    assertThat(Link.of("B", "A", List.of(e("I1", 0.5))).personA()).isEqualTo("A");
  }
}
