package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.network.PersonNetwork;

/**
 * Which people and links the network files hold.
 *
 * <p>Worked example: A and B are in a category; the links are A–B, A–C, B–D, C–D and D–E; F is in
 * the data with no link. The neighbourhood: A and B, the other ends C (of A–C) and D (of B–D); the
 * links touching A or B: A–B, A–C, B–D. C–D joins two people of the file but neither is in a
 * category, so it is left out; D–E and E too. 4 people (2 in a category), 3 links. The whole
 * network: A to F, 6 people (2 in a category), all 5 links.
 */
class NetworkSelectionTest {

  static final LocalDate D = LocalDate.of(2024, 6, 1);

  static Link link(String a, String b) {
    return Link.of(a, b, List.of(LinkEvidence.crime("C" + a + b, D)));
  }

  static final PersonNetwork NET =
      PersonNetwork.of(
          Set.of("F"), List.of(link("D", "E"), link("C", "D"), link("B", "D"), link("A", "C"), link("A", "B")));

  private static List<String> ends(NetworkSelection s) {
    return s.links().stream().map(l -> l.personA() + "-" + l.personB()).toList();
  }

  @Test
  void theCategoryScopeIsTheNeighbourhoodOfTheCategorisedPeople() {
    NetworkSelection s = NetworkSelection.of(NET, Set.of("B", "A"), ExportOptions.Scope.CATEGORY);
    assertThat(s.people()).containsExactly("A", "B", "C", "D");
    assertThat(ends(s)).containsExactly("A-B", "A-C", "B-D");
    assertThat(s.inCategory()).isEqualTo(2);
    assertThat(s.scope().label()).isEqualTo("category");
  }

  @Test
  void theWholeScopeIsEveryoneAndEveryLink() {
    NetworkSelection s = NetworkSelection.of(NET, Set.of("A", "B"), ExportOptions.Scope.WHOLE);
    assertThat(s.people()).containsExactly("A", "B", "C", "D", "E", "F");
    assertThat(ends(s)).containsExactly("A-B", "A-C", "B-D", "C-D", "D-E");
    assertThat(s.inCategory()).isEqualTo(2);
  }

  @Test
  void noOneInACategoryGivesAnEmptyNeighbourhood() {
    NetworkSelection s = NetworkSelection.of(NET, Set.of(), ExportOptions.Scope.CATEGORY);
    assertThat(s.people()).isEmpty();
    assertThat(s.links()).isEmpty();
  }

  @Test
  void theScopeReadsFromJsonAndTheFlagNames() {
    assertThat(ExportOptions.fromJson(null)).isEqualTo(ExportOptions.defaults());
    assertThat(ExportOptions.fromJson("WHOLE").network()).isEqualTo(ExportOptions.Scope.WHOLE);
    assertThat(ExportOptions.defaults().json()).containsEntry("network", "category");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.fromJson("all"))
        .hasMessage("network must be category or whole, was all");
  }
}
