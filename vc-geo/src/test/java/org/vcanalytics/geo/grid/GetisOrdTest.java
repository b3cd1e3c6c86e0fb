package org.vcanalytics.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GetisOrdTest {

  /**
   * The esda (PySAL) docstring vector, recomputed in ../shared/notes/anchors.md §A1.2 with two
   * formulas that agree to 8 decimals: points (10,10),(20,10),(40,10),(15,20),(30,20),(30,30),
   * binary distance band 15, y = 2, 3, 3.2, 5, 8, 7.
   */
  @Test
  void giStarMatchesPySal() {
    double[] x = {10, 20, 40, 15, 30, 30};
    double[] y = {10, 10, 10, 20, 20, 30};
    double[] v = {2, 3, 3.2, 5, 8, 7};
    double[] z = GetisOrd.giStar(x, y, v, 15);
    double[] expected = {-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331};
    for (int i = 0; i < z.length; i++) {
      assertThat(z[i]).as("point %d", i).isCloseTo(expected[i], within(1e-8));
    }
  }

  @Test
  void pValues() {
    // Two-sided: z = 1.959964 gives 0.05, z = 0 gives 1, z = 2.575829 gives 0.01.
    assertThat(GetisOrd.pValue(1.959964)).isCloseTo(0.05, within(1e-6));
    assertThat(GetisOrd.pValue(0)).isCloseTo(1.0, within(1e-12));
    assertThat(GetisOrd.pValue(-2.575829)).isCloseTo(0.01, within(1e-6));
    assertThat(GetisOrd.pValue(0.3)).isCloseTo(0.7641771556, within(1e-7));
  }
}
