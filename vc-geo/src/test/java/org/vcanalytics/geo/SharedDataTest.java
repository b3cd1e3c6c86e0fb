package org.vcanalytics.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Absent shared data skips a test, or fails it when {@code vc.requireSharedData} is true. */
class SharedDataTest {

  static final Path ABSENT = SharedData.EXTERNAL.resolve("no-such-folder").resolve("absent.geojson");

  @Test
  void absentDataSkipsWhenNotRequired() {
    assertThatThrownBy(() -> SharedData.require(ABSENT, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("absent.geojson");
  }

  @Test
  void absentDataFailsWhenRequiredNamingThePath() {
    assertThatThrownBy(() -> SharedData.require(ABSENT, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(ABSENT.toAbsolutePath().normalize().toString())
        .hasMessageContaining(SharedData.REQUIRED);
  }

  @Test
  void presentDataIsReturned() {
    Path here = Path.of("pom.xml"); // the module's own, always there
    assertThat(SharedData.require(here, true)).isEqualTo(here);
    assertThat(SharedData.require(here, false)).isEqualTo(here);
  }
}
