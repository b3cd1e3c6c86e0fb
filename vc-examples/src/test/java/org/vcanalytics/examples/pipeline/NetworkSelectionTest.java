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
 * network: A to F, 6 people (2 in a category), all 5 links. The High Harm scope with A the only
 * High Harm person: A, and the other ends B (of A–B) and C (of A–C); the links touching A: A–B, A–C
 * (B–D does not touch A, so it and D are left out). 3 people (A and B in a category), 2 links.
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
    NetworkSelection s = NetworkSelection.of(NET, Set.of("B", "A"), Set.of("A"), ExportOptions.Scope.CATEGORY);
    assertThat(s.people()).containsExactly("A", "B", "C", "D");
    assertThat(ends(s)).containsExactly("A-B", "A-C", "B-D");
    assertThat(s.inCategory()).isEqualTo(2);
    assertThat(s.scope().label()).isEqualTo("category");
  }

  @Test
  void theHighHarmScopeIsTheNeighbourhoodOfTheHighHarmPeople() {
    NetworkSelection s = NetworkSelection.of(NET, Set.of("B", "A"), Set.of("A"), ExportOptions.Scope.HIGH_HARM);
    assertThat(s.people()).containsExactly("A", "B", "C");
    assertThat(ends(s)).containsExactly("A-B", "A-C");
    assertThat(s.inCategory()).isEqualTo(2);
    assertThat(s.scope().label()).isEqualTo("high-harm");
  }

  @Test
  void theWholeScopeIsEveryoneAndEveryLink() {
    NetworkSelection s = NetworkSelection.of(NET, Set.of("A", "B"), Set.of("A"), ExportOptions.Scope.WHOLE);
    assertThat(s.people()).containsExactly("A", "B", "C", "D", "E", "F");
    assertThat(ends(s)).containsExactly("A-B", "A-C", "B-D", "C-D", "D-E");
    assertThat(s.inCategory()).isEqualTo(2);
  }

  @Test
  void noOneInACategoryGivesAnEmptyNeighbourhood() {
    NetworkSelection s = NetworkSelection.of(NET, Set.of(), Set.of(), ExportOptions.Scope.CATEGORY);
    assertThat(s.people()).isEmpty();
    assertThat(s.links()).isEmpty();
  }

  @Test
  void theScopeReadsFromJsonAndTheFlagNames() {
    assertThat(ExportOptions.fromJson(null)).isEqualTo(ExportOptions.defaults());
    assertThat(ExportOptions.fromJson("WHOLE").network()).isEqualTo(ExportOptions.Scope.WHOLE);
    assertThat(ExportOptions.defaults().json()).containsEntry("network", "high-harm");
    assertThat(ExportOptions.fromJson("High-Harm").network()).isEqualTo(ExportOptions.Scope.HIGH_HARM);
    assertThat(ExportOptions.fromJson("category").network()).isEqualTo(ExportOptions.Scope.CATEGORY);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExportOptions.fromJson("all"))
        .hasMessage("network must be high-harm, category or whole, was all");
  }
}
