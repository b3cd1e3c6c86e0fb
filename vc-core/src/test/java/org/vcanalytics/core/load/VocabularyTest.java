package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.VcDataset;

/**
 * {@link LoadState#term}: the values of a small vocabulary (handling codes, headers, school URNs,
 * postcodes, offence titles) are held once each, up to {@link LoadState#VOCABULARY} distinct values;
 * past that a value is kept as read. Either way the value is the one read.
 */
class VocabularyTest {
  @TempDir Path dir;

  @Test
  void equalValuesAreOneInstanceUpToTheVocabularyAndEqualPastIt() {
    LoadState state = new LoadState(LoadOptions.defaults());
    String first = state.term(new String("DRUGS"));
    assertThat(state.term(new String("DRUGS"))).isSameAs(first);
    for (int i = 1; i < LoadState.VOCABULARY; i++) {
      state.term("T" + i);
    }
    // The vocabulary is full: a new value is kept as read, one already held is still shared.
    String late = new String("LATE");
    assertThat(state.term(late)).isSameAs(late);
    assertThat(state.term(new String("LATE"))).isEqualTo("LATE").isNotSameAs(late);
    assertThat(state.term(new String("DRUGS"))).isSameAs(first);
  }

  /**
   * Two logs of a package with the headers {@code DRUGS;WEAPONS} and {@code DRUGS} and the handling
   * code {@code P}: each header and the code held once, the headers in the order written.
   */
  @Test
  void logsOfAPackageShareTheirHeadersAndHandlingCodes() throws IOException {
    Files.writeString(dir.resolve("people.csv"), "person_id\nP1\nP2\n");
    Files.writeString(dir.resolve("crimes.csv"), "crime_id,ho_code,committed_on\nC1,8N,2024-01-01\n");
    Files.writeString(
        dir.resolve("intel.csv"),
        "intel_id,recorded_on,grading_system,source_evaluation,intelligence_assessment,handling_code,headers\n"
            + "I1,2024-01-02,3x5x2,1,A,P,DRUGS;WEAPONS\n"
            + "I2,2024-01-03,3x5x2,2,B,P,DRUGS\n");
    Files.writeString(dir.resolve("intel_people.csv"), "intel_id,person_id\nI1,P1\nI1,P2\n");
    VcDataset d = VcPackage.load(dir).dataset();
    IntelLog one = d.intelLog("I1").orElseThrow();
    IntelLog two = d.intelLog("I2").orElseThrow();
    assertThat(one.headers()).containsExactly("DRUGS", "WEAPONS");
    assertThat(two.headers()).containsExactly("DRUGS");
    assertThat(two.headers().get(0)).isSameAs(one.headers().get(0));
    assertThat(two.handlingCode().orElseThrow()).isSameAs(one.handlingCode().orElseThrow()).isEqualTo("P");
  }
}
