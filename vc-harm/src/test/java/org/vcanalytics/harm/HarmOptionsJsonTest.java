package org.vcanalytics.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** HarmOptions reads and writes JSON itself, with its own defaults. */
class HarmOptionsJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anEmptyObjectIsTheDefaultsAndTheWrittenJsonReadsBack() throws Exception {
    assertThat(JSON.readValue("{}", HarmOptions.class)).isEqualTo(HarmOptions.defaults());
    HarmOptions o = HarmOptions.defaults().withRecency(new RecencyScaling.Exponential(100)).withHighHarmFraction(0.2);
    assertThat(JSON.readValue(JSON.writeValueAsString(o), HarmOptions.class)).isEqualTo(o);
    assertThat(JSON.readValue("{\"recency\": \"linear\", \"windowDays\": 400}", HarmOptions.class).recency())
        .isEqualTo(new RecencyScaling.Linear(400));
  }

  @Test
  void unknownFieldsAndBadValuesAreRefused() {
    assertThatThrownBy(() -> JSON.readValue("{\"windowdays\": 3}", HarmOptions.class)).hasMessageContaining("windowdays");
    assertThatThrownBy(() -> JSON.readValue("{\"highHarmFraction\": 2}", HarmOptions.class))
        .hasRootCauseMessage("highHarmFraction must be in (0, 1], was 2.0");
  }
}
