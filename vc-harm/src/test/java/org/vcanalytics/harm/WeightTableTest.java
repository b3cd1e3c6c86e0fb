package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.core.classify.VcProfile;

class WeightTableTest {

  /** The spec: every code of the default VC definition has a weight; here, of every profile. */
  @ParameterizedTest
  @EnumSource(VcProfile.class)
  void everyCodeOfEveryProfileHasADefaultWeight(VcProfile profile) {
    for (String code : VcDefinition.of(profile).codes()) {
      assertThat(WeightTable.defaults().find(code)).as(profile + " " + code).isPresent();
    }
  }

  @Test
  void edition2020FirstThenLegacyCodesFrom2016() {
    WeightTable t = WeightTable.defaults();
    assertThat(t.name()).isEqualTo("ONS CSS 2020, else ONS CSS 2016, else proxies");
    assertThat(t.find("008N")).hasValue(new Weight(189.1538871, "ONS CSS 2020"));
    // 2 (attempted murder) is in both editions: 2020 wins.
    assertThat(t.find("2")).hasValue(new Weight(4654.298133, "ONS CSS 2020"));
    // 5A (legacy wounding) is only in 2016.
    assertThat(t.find("05A")).hasValue(new Weight(1965.33792360212, "ONS CSS 2016"));
    assertThat(t.find("4/1").orElseThrow().value()).isEqualTo(7973.393423);
    assertThat(t.find("ZZZ")).isEmpty();
    // The three "Violence against the person" codes neither edition weighs take a stated proxy.
    assertThat(t.find("8U")).hasValue(new Weight(56.34970967, "ONS CSS 2020 weight of 8Q as a proxy"));
    assertThat(t.find("11")).hasValue(new Weight(138.7163315, "ONS CSS 2020 weight of 11A as a proxy"));
    assertThat(t.find("12").orElseThrow().value()).isEqualTo(138.7163315);
    assertThat(WeightTable.onsCss("2016").find("8N").orElseThrow().value()).isEqualTo(184.094705907588);
    assertThatThrownBy(() -> WeightTable.onsCss("2019")).hasMessageContaining("no ONS CSS edition 2019");
  }

  @Test
  void aForcesOwnTableFromCsvWithTheDefaultsBehind() {
    WeightTable own =
        WeightTable.fromCsv(new StringReader("HO_Code,Weight,notes\n008N,365,local\n34B,100.5,\n"), "Force table")
            .orElse(WeightTable.defaults());
    assertThat(own.find("8N")).hasValue(new Weight(365, "Force table"));
    assertThat(own.find("34B").orElseThrow().value()).isEqualTo(100.5);
    assertThat(own.find("3B")).hasValue(new Weight(275.308777, "ONS CSS 2020"));
    assertThat(own.name()).isEqualTo("Force table, else ONS CSS 2020, else ONS CSS 2016, else proxies");
  }

  @Test
  void aBadTableSaysWhichLine() {
    assertThatThrownBy(() -> WeightTable.fromCsv(new StringReader("ho_code,weight\n8N,1\n8N,2\n"), "T"))
        .hasMessage("T line 3: code 8N appears twice");
    assertThatThrownBy(() -> WeightTable.fromCsv(new StringReader("ho_code,weight\n8N,heavy\n"), "T"))
        .hasMessage("T line 2: weight 'heavy' is not a number");
    assertThatThrownBy(() -> WeightTable.fromCsv(new StringReader("ho_code,weight\n8N,-1\n"), "T"))
        .hasMessageContaining("finite number >= 0");
  }
}
