package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.PersonLinks;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;

/** Harm reads links made for the classification's as-of date only. */
class AsOfDateTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final VcDataset DATA =
      VcDataset.builder()
          .addCrime(Crime.builder().id("C1").hoCode("008N").committedOn(LocalDate.of(2024, 3, 1)).build())
          .addInvolvement("C1", "P1", Role.OFFENDER)
          .build();

  private static PersonLinks linksAsOf(LocalDate date) {
    return new PersonLinks() {
      @Override
      public List<Link> linksOf(String personId) {
        return List.of();
      }

      @Override
      public Optional<LocalDate> asOf() {
        return Optional.of(date);
      }
    };
  }

  @Test
  void refusesLinksOfAnotherDateNamingBoth() {
    Classification c = VcClassifier.classify(DATA, AS_OF);
    assertThatThrownBy(
            () -> HarmCalculator.calculate(DATA, c, linksAsOf(LocalDate.of(2023, 6, 30)), HarmOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-06-30")
        .hasMessageContaining("2024-12-31");
  }

  @Test
  void acceptsLinksOfTheSameDateOrOfNoDate() {
    Classification c = VcClassifier.classify(DATA, AS_OF);
    HarmResult same = HarmCalculator.calculate(DATA, c, linksAsOf(AS_OF), HarmOptions.defaults());
    HarmResult none = HarmCalculator.calculate(DATA, c, PersonLinks.none(), HarmOptions.defaults());
    assertThat(same.category("P1")).isEqualTo(none.category("P1"));
  }
}
