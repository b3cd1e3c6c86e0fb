package org.vcanalytics.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.StageListener;

/**
 * The files of a package read side by side ({@link LoadOptions#threads()}): each after the files it
 * names, the same load as one after another, and the same broken file reported first.
 */
class SideBySideLoadTest {

  @TempDir Path tmp;

  @Test
  void theSamplePackageLoadsTheSameAtOneAndFourThreads() {
    Path dir = TestPackages.copy("sample", tmp.resolve("p"));
    LoadResult one = VcPackage.load(dir, LoadOptions.defaults().withThreads(1));
    LoadResult four = VcPackage.load(dir, LoadOptions.defaults().withThreads(4));
    assertThat(four.report()).isEqualTo(one.report());
    assertThat(four.dataset().toString()).isEqualTo(one.dataset().toString());
    assertThat(List.copyOf(four.dataset().people())).isEqualTo(List.copyOf(one.dataset().people()));
    assertThat(four.dataset().involvements()).isEqualTo(one.dataset().involvements());
    assertThat(four.dataset().intelMentions()).isEqualTo(one.dataset().intelMentions());
  }

  @Test
  void aFileIsReadOnlyAfterTheFilesItNames() {
    Path dir = TestPackages.copy("sample", tmp.resolve("p"));
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    StageListener order =
        new StageListener() {
          @Override
          public void started(String stage) {
            events.add("start " + stage);
          }

          @Override
          public void finished(String stage, String summary) {
            events.add("end " + stage);
          }
        };
    VcPackage.load(dir, LoadOptions.defaults().withThreads(4), order);
    for (CsvFile f : PackageReader.csvFiles(new LoadState(LoadOptions.defaults()))) {
      for (String need : f.needs()) {
        assertThat(events.indexOf("end load " + need))
            .as(f.name() + " starts after " + need + " ends")
            .isLessThan(events.indexOf("start load " + f.name()));
        assertThat(VcPackage.CSV_FILES.indexOf(need)).isLessThan(VcPackage.CSV_FILES.indexOf(f.name()));
      }
    }
    assertThat(events.get(events.size() - 1)).isEqualTo("end load index");
  }

  @Test
  void whenTwoFilesAreBrokenTheFirstInContractOrderIsReportedAtAnyThreadCount() throws IOException {
    Path dir = TestPackages.copy("sample", tmp.resolve("p"));
    byte[] notUtf8 = {'a', ',', (byte) 0xC3, (byte) 0x28, '\n'};
    Files.write(dir.resolve(VcPackage.CUSTODY), notUtf8);
    Files.write(dir.resolve(VcPackage.INTEL), notUtf8);
    for (int threads : new int[] {1, 2, 4}) {
      assertThatThrownBy(() -> VcPackage.load(dir, LoadOptions.defaults().withThreads(threads)))
          .isInstanceOf(BrokenFileException.class)
          .satisfies(e -> assertThat(((BrokenFileException) e).file()).isEqualTo(VcPackage.INTEL));
    }
  }

  @Test
  void threadsAreZeroForEveryProcessorOrMore() {
    assertThat(LoadOptions.defaults().threads()).isZero();
    assertThat(LoadOptions.defaults().withThreads(1).threads()).isEqualTo(1);
    assertThatThrownBy(() -> LoadOptions.defaults().withThreads(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads");
  }
}
