package org.example.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vcanalytics.core.PersonLinks;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.HarmCalculator;
import org.vcanalytics.harm.HarmOptions;
import org.vcanalytics.harm.HarmResult;

/** A research team takes the harm module alone: vc-core comes with it, nothing else. */
class HarmAloneTest {

  @Test
  void harmWithoutTheNetworkModule() {
    VcDataset data = VcPackage.load(Path.of("../../sample-package")).dataset();
    Classification c = VcClassifier.classify(data, LocalDate.of(2024, 12, 31));
    HarmResult h = HarmCalculator.calculate(data, c, PersonLinks.none(), HarmOptions.defaults());
    assertEquals(1, h.counts().get(Category.HIGH_HARM));
    // Nothing of the other pillars or the SDK is on the class path.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.vcanalytics.network.PersonNetwork"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.vcanalytics.geo.Coordinates"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.vcanalytics.examples.pipeline.Pipeline"));
  }
}
