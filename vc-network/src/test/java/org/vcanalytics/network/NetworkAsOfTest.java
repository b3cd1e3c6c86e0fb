package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;

/** The network records the as-of date and options it was built with. */
class NetworkAsOfTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final VcDataset DATA =
      VcDataset.builder()
          .addCrime(Crime.builder().id("C1").hoCode("008N").committedOn(LocalDate.of(2024, 3, 1)).build())
          .addInvolvement("C1", "P1", Role.OFFENDER)
          .addInvolvement("C1", "P2", Role.SUSPECT)
          .build();

  @Test
  void recordsTheClassificationsDateAndTheOptions() {
    Classification c = VcClassifier.classify(DATA, AS_OF);
    NetworkOptions options = NetworkOptions.defaults().withMinLinkWeight(0.5);
    PersonNetwork net = PersonNetwork.build(DATA, c, options);
    assertThat(net.asOf()).contains(AS_OF);
    assertThat(net.options()).contains(options);
    assertThat(net.links()).hasSize(1);
  }

  @Test
  void aNetworkMadeElsewhereHasNoDate() {
    PersonNetwork net = PersonNetwork.of(List.of("P1"), List.of());
    assertThat(net.asOf()).isEmpty();
    assertThat(net.options()).isEmpty();
  }

  @Test
  void proximityRefusesANetworkOfAnotherDate() {
    Classification c = VcClassifier.classify(DATA, AS_OF);
    PersonNetwork old = PersonNetwork.build(DATA, VcClassifier.classify(DATA, AS_OF.minusYears(1)), NetworkOptions.defaults());
    assertThatThrownBy(() -> Proximity.toViolence(DATA, c, old, 730))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-12-31")
        .hasMessageContaining("2024-12-31");
  }

  /**
   * Proximity reaches a violent crime's people by its place in the data set, so it refuses the
   * classification of another data set: here C9 is at C1's place.
   */
  @Test
  void proximityRefusesTheClassificationOfAnotherDataSet() {
    VcDataset other =
        VcDataset.builder()
            .addCrime(Crime.builder().id("C9").hoCode("008N").committedOn(LocalDate.of(2024, 3, 1)).build())
            .addInvolvement("C9", "P1", Role.OFFENDER)
            .build();
    Classification c = VcClassifier.classify(other, AS_OF);
    PersonNetwork net = PersonNetwork.build(DATA, VcClassifier.classify(DATA, AS_OF), NetworkOptions.defaults());
    assertThatThrownBy(() -> Proximity.toViolence(DATA, c, net, 730))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not of this data set");
  }
}
