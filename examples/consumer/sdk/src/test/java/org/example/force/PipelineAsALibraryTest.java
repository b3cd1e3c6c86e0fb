package org.example.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.load.LoadOptions;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import org.vcanalytics.harm.Category;

/** A force developer adds one dependency and runs the whole analysis in one call. */
class PipelineAsALibraryTest {

  static final Path SAMPLE = Path.of("../../sample-package");
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @TempDir Path tmp;

  @Test
  void theOneCallPipelineRunsOnTheSamplePackage() throws Exception {
    LoadResult loaded = VcPackage.load(SAMPLE, LoadOptions.defaults().withAsOf(AS_OF));
    Pipeline.PipelineResult r =
        Pipeline.run(loaded.dataset(), loaded.report(), AS_OF, PipelineOptions.defaults(), line -> {});
    // The sample package has one High Harm person (docs/harm.md works it out by hand).
    assertEquals(1, r.harm().counts().get(Category.HIGH_HARM));
    Outputs.write(r, tmp);
    assertTrue(Files.readString(tmp.resolve("summary.json")).contains("\"HIGH_HARM\" : 1"));
  }

  @Test
  void noCommandLineOrLoggingBindingComesWithIt() {
    // The vc command's picocli and its SLF4J binding stay out of a consumer's class path.
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.simple.SimpleLogger"));
  }
}
