package org.vcanalytics.core.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffenceTableTest {

  @Test
  void bundledTableWithItsProfiles() {
    OffenceTable t = OffenceTable.bundled();
    assertThat(t.offences()).hasSize(150);
    // Counted in the source table's columns (docs/definitions.md lists every code).
    assertThat(VcDefinition.of(VcProfile.PHYSICAL_VIOLENCE).codes()).hasSize(29);
    assertThat(VcDefinition.of(VcProfile.PHYSICAL_AND_SEXUAL).codes()).hasSize(42);
    assertThat(VcDefinition.of(VcProfile.VIOLENCE_AGAINST_THE_PERSON).codes()).hasSize(48);
    assertThat(VcDefinition.defaults().name()).isEqualTo("PHYSICAL_VIOLENCE");
  }

  @Test
  void looksUpAnyFormOfACode() {
    Offence o = OffenceTable.bundled().find("008n").orElseThrow();
    assertThat(o.code()).isEqualTo("8N");
    assertThat(o.title()).isEqualTo("Assault with injury");
    assertThat(o.group()).isEqualTo("Violence against the person");
    assertThat(o.subgroup()).isEqualTo("Violence with injury");
    assertThat(o.legacy()).isFalse();
    assertThat(o.knifeCollection()).isTrue();
    assertThat(OffenceTable.bundled().find("4/1").orElseThrow().title()).isEqualTo("Manslaughter");
    assertThat(OffenceTable.bundled().find("4.10").orElseThrow().title()).isEqualTo("Corporate manslaughter");
    assertThat(OffenceTable.bundled().find("05A").orElseThrow().legacy()).isTrue();
    assertThat(OffenceTable.bundled().find("4.4/6/8").orElseThrow().legacy()).isTrue();
    assertThat(OffenceTable.bundled().find("195")).isEmpty();
  }

  @Test
  void definitionsAddAndRemoveCodesAndTitles() {
    VcDefinition d =
        VcDefinition.defaults().plusCodes("008L").minusCodes("34a").plusTitles("  Assault  by BEATING ");
    assertThat(d.name()).isEqualTo("PHYSICAL_VIOLENCE (modified)");
    assertThat(d.codes()).contains("8L").doesNotContain("34A").hasSize(29);
    assertThat(d.titles()).containsExactly("assault by beating");
    assertThat(d.minusTitles("ASSAULT BY BEATING").titles()).isEmpty();
    assertThatThrownBy(() -> VcDefinition.defaults().plusCodes(" ")).hasMessageContaining("blank code");
  }
}
