package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.hotspot.HotspotOptions;

/** The grid's and the hotspots' options read and write JSON themselves, with their own defaults. */
class GridOptionsJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void emptyObjectsAreTheDefaultsAndTheWrittenJsonReadsBack() throws Exception {
    assertThat(JSON.readValue("{}", GridHotspots.Options.class)).isEqualTo(GridHotspots.Options.defaults());
    GridHotspots.Options g = new GridHotspots.Options(200, 500, true, 0.01);
    assertThat(JSON.readValue(JSON.writeValueAsString(g), GridHotspots.Options.class)).isEqualTo(g);
    assertThat(JSON.readValue("{}", HotspotOptions.class)).isEqualTo(HotspotOptions.defaults());
    HotspotOptions h = HotspotOptions.defaults().withTrendPeriod(PeriodType.FINANCIAL_YEAR).withLevels(List.of("lsoa"));
    assertThat(JSON.readValue(JSON.writeValueAsString(h), HotspotOptions.class)).isEqualTo(h);
  }

  @Test
  void unknownFieldsAndBadValuesAreRefused() {
    assertThatThrownBy(() -> JSON.readValue("{\"cellsize\": 3}", GridHotspots.Options.class)).hasMessageContaining("cellsize");
    assertThatThrownBy(() -> JSON.readValue("{\"cellSize\": -1}", GridHotspots.Options.class))
        .hasRootCauseMessage("cellSize must be 0 (automatic) or more metres, was -1.0");
    assertThatThrownBy(() -> JSON.readValue("{\"periods\": []}", HotspotOptions.class))
        .hasRootCauseMessage("periods needs at least one period type, was []");
  }
}
