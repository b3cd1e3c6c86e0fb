package org.vcanalytics.examples.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vcanalytics.core.load.LoadOptions;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.bench.BenchTable;
import org.vcanalytics.examples.bench.Meter;
import org.vcanalytics.examples.internal.OutputFolder;
import org.vcanalytics.examples.internal.Terminal;
import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vc bench --data DIR --as-of DATE [--out DIR] [--options FILE]}: the analysis of {@code vc
 * analyse}, each stage timed on its own — the load of each file, each pillar, each output file, one
 * after another — with CPU time, allocation and peak heap; one table on standard output, then one
 * JSON line.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the analysis of vc analyse with each stage timed on its own: the load of each file, each"
          + " pillar and each output file, one after another. Prints a table (wall and CPU seconds,"
          + " megabytes allocated, peak heap) and, as its last line, the same figures as one JSON line.",
      "The output files are written one at a time (vc analyse writes them side by side), so the total"
          + " is above vc analyse's wall time. See docs/performance.md."
    })
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "the package folder")
  Path data;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "the as-of date")
  java.time.LocalDate asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "where to write the results (default: a temporary folder, removed at the end)")
  Path out;

  @Option(names = "--options", paramLabel = "FILE.json", description = "options in JSON, as for vc analyse")
  Path options;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(data)) {
      err.println("vc: " + Terminal.safe(data.toString()) + " is not a folder");
      return VcCommand.EXIT_BROKEN;
    }
    VcCommand.checkAsOf(asOf);
    PipelineOptions o = options == null ? PipelineOptions.defaults() : PipelineOptions.read(options);
    boolean temporary = out == null;
    Path dir = temporary ? Files.createTempDirectory("vc-bench-") : out;
    if (!temporary) {
      OutputFolder.prepare("--out", dir, List.of(data));
    }
    Meter meter = new Meter();
    try {
      err.println("bench: loading " + Terminal.safe(data.toString()) + " ...");
      LoadResult loaded = VcPackage.load(data, LoadOptions.defaults().withAsOf(asOf).withThreads(1), meter);
      err.println("bench: running the pillars ...");
      Pipeline.PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), asOf, o, meter);
      err.println("bench: writing the outputs one at a time ...");
      Outputs.write(r, dir, meter, 1);
    } finally {
      if (temporary) {
        deleteTree(dir);
      } else {
        VcCommand.manifest(dir);
      }
    }
    List<Meter.Stage> stages = meter.stages();
    stdout.print(BenchTable.table(stages));
    stdout.println(
        BenchTable.json(
            data.toString(),
            asOf,
            Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / 1e6,
            stages));
    stdout.flush();
    return 0;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
