package org.vcanalytics.examples.cli;

import org.vcanalytics.examples.internal.Terminal;
import org.vcanalytics.examples.internal.OutputFolder;
import org.vcanalytics.examples.output.Outputs;
import org.vcanalytics.examples.share.SharedOutputs;
import org.vcanalytics.examples.pipeline.ExportOptions;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.PipelineOptions;
import org.vcanalytics.examples.policeuk.PoliceUkFormat;
import org.vcanalytics.examples.policeuk.PoliceUkLoad;
import org.vcanalytics.examples.policeuk.PoliceUkOutputs;
import org.vcanalytics.examples.policeuk.PoliceUkReader;
import org.vcanalytics.examples.policeuk.PoliceUkRules;
import org.vcanalytics.examples.share.ShareOptions;
import org.vcanalytics.examples.synthetic.SyntheticForce;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vcanalytics.core.load.BrokenFileException;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.core.load.LoadOptions;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.Rejection;
import org.vcanalytics.core.load.VcPackage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code vc} command line. Exit codes: 0 success; 1 rows were rejected ({@code validate}); 2 a
 * broken file, a missing folder, bad arguments or options, or an output folder that cannot be used;
 * 3 out of memory. Whatever goes wrong, the user sees one line starting {@code vc:}, never a stack
 * trace.
 */
@Command(
    name = "vc",
    mixinStandardHelpOptions = true,
    version = "vc 0.1.0",
    description =
        "Violent-crime analytics for UK police data. Informs people; never predicts, never decides.",
    subcommands = {VcCommand.Analyse.class, VcCommand.Validate.class, VcCommand.Generate.class, VcCommand.Demo.class, BenchCommand.class})
public final class VcCommand implements Runnable {

  /** Exit code when rows were rejected. */
  public static final int EXIT_REJECTED = 1;
  /** Exit code for a broken file, a missing folder or bad arguments. */
  public static final int EXIT_BROKEN = 2;
  /** Exit code when the run needed more memory than the heap has. */
  public static final int EXIT_OUT_OF_MEMORY = 3;
  /** The first and last as-of dates the rules handle: the date window of the data contract. */
  static final java.time.LocalDate FIRST_AS_OF = java.time.LocalDate.of(1900, 1, 1);

  static final java.time.LocalDate LAST_AS_OF = java.time.LocalDate.of(2100, 12, 31);

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say which command: analyse, validate, generate, demo or bench");
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /**
   * Runs the command line without exiting, writing to the given streams.
   *
   * @param out where results go ({@code validate}'s table)
   * @param err where progress and errors go
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new VcCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.registerConverter(java.time.LocalDate.class, VcCommand::date);
    cl.setExitCodeExceptionMapper(e -> EXIT_BROKEN);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter e2 = commandLine.getErr();
          e2.println("vc: " + Terminal.safe(message(e)));
          e2.flush();
          return EXIT_BROKEN;
        });
    // Bad arguments exit 2, like a broken file: one line, and where to look for the options.
    cl.setParameterExceptionHandler(
        (e, a) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println(
              "vc: " + Terminal.safe(e.getMessage()) + " (vc " + (c.getParent() == null ? "" : c.getCommandName() + " ")
                  + "--help lists the options)");
          c.getErr().flush();
          return EXIT_BROKEN;
        });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      return outOfMemory(cl.getErr());
    }
  }

  /** The one line of an exception a user can cause. */
  private static String message(Exception e) {
    if (e instanceof BrokenFileException || e instanceof OutputFolder.Refused
        || e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    if (e instanceof java.io.UncheckedIOException u) {
      return "cannot write the results: " + u.getCause().getMessage();
    }
    if (e instanceof java.io.IOException) {
      return "cannot read or write a file: " + e.getMessage();
    }
    return "stopped by an unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
        + " (please report this, with the command you ran)";
  }

  /** Heap exhausted: say how much there was and how to give more, with an exit code of its own. */
  static int outOfMemory(PrintWriter err) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    err.println(
        "vc: out of memory: this run had a heap of " + mb + " MB and needed more; run java with a larger"
            + " heap, e.g. java -Xmx8g -jar vc.jar ... (a large force needs about 6 GB)");
    err.flush();
    return EXIT_OUT_OF_MEMORY;
  }

  /** Writes an output folder's manifest; a failure here must not hide the run's own error. */
  static void manifest(Path out) {
    try {
      OutputFolder.manifest(out);
    } catch (java.io.IOException | RuntimeException e) {
      // The run's own outcome is reported; the folder is then refused next time, never overwritten.
    }
  }

  /** A {@code YYYY-MM-DD} argument, strictly. */
  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(
          text,
          java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd", java.util.Locale.ROOT)
              .withResolverStyle(java.time.format.ResolverStyle.STRICT));
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + Terminal.clip(text) + "' is not a day in YYYY-MM-DD form");
    }
  }

  /** Refuses an as-of date outside the window the rules handle. */
  static void checkAsOf(java.time.LocalDate asOf) {
    if (asOf.isBefore(FIRST_AS_OF) || asOf.isAfter(LAST_AS_OF)) {
      throw new IllegalArgumentException(
          "--as-of " + asOf + " is outside the dates the rules handle, " + FIRST_AS_OF + " to " + LAST_AS_OF);
    }
  }

  /** {@code vc analyse --data DIR --as-of DATE --out DIR [--options FILE]}: every pillar. */
  @Command(
      name = "analyse",
      mixinStandardHelpOptions = true,
      description = {
        "Runs every pillar on a VC data package (or a police.uk download, see --format) as of a date and"
            + " writes the results into OUT:"
            + " events.csv, people.csv, links.csv, rejections.csv, hotspots.csv, grid.csv, travel.csv,"
            + " schools.csv, factors.csv, bias.csv, bias-areas.csv, summary.json, options.json, hotspots.geojson,"
            + " network.graphml, network.gexf, network.cyjs and report.html;"
            + " with --share-key also OUT/share/, for sharing outside the force.",
        "Exit 0 on success (rows rejected on load are reported in rejections.csv), 2 for a broken"
            + " file, a missing folder or bad arguments."
      })
  static final class Analyse implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the package folder")
    Path data;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "auto",
        description = "what --data holds: vc (a VC data package), police-uk (a data.police.uk download of"
            + " monthly *-street.csv files), police-uk-api (CSV extracts of the police.uk API) or auto (the"
            + " default: police-uk when the folder has *-street.csv files with the police.uk header, else vc);"
            + " see docs/open-data.md")
    String format;

    @Option(
        names = "--as-of",
        required = true,
        paramLabel = "YYYY-MM-DD",
        description = "the date the analysis is as of; nothing after it is used")
    java.time.LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the results")
    Path out;

    @Option(
        names = "--options",
        paramLabel = "FILE.json",
        description = "options in JSON; any option left out takes its default (see docs)")
    Path options;

    @Option(
        names = "--export-network",
        paramLabel = "SCOPE",
        description = "the people and links of network.graphml, .gexf and .cyjs: high-harm (the High Harm"
            + " people, every link touching one and its other end; the default), category (the same around"
            + " everyone in a category) or whole (everyone, every link); overrides exports.network of --options")
    String exportNetwork;

    @Option(
        names = "--share-key",
        paramLabel = "FILE",
        description = "a file holding a secret key (16 bytes or more): also write OUT/share/ with person"
            + " ids pseudonymised by it and small counts suppressed. Keep the key apart from the files.")
    Path shareKey;

    @Option(
        names = "--round-to",
        paramLabel = "N",
        defaultValue = "1",
        description = "in OUT/share/, round every count shown to the nearest N: 1 (no rounding, the default) or 5")
    int roundTo;

    @Option(
        names = "--dominance",
        paramLabel = "K",
        defaultValue = "" + ShareOptions.DEFAULT_DOMINANCE,
        description = "in OUT/share/, withhold an area cell whose harm comes for more than this fraction from one"
            + " crime (default: ${DEFAULT-VALUE})")
    double dominance;

    @Option(
        names = "--suppress-below",
        paramLabel = "N",
        defaultValue = "5",
        description = "in OUT/share/, counts below N are shown as <N (default: ${DEFAULT-VALUE})")
    int suppressBelow;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isDirectory(data)) {
        err.println("vc: " + Terminal.safe(data.toString()) + " is not a folder");
        return EXIT_BROKEN;
      }
      // Everything a user gives is checked before any data is read or anything written.
      checkAsOf(asOf);
      ShareOptions share = shareOptions(suppressBelow, roundTo, dominance);
      PipelineOptions o = options == null ? PipelineOptions.defaults() : PipelineOptions.read(options);
      if (exportNetwork != null) {
        try {
          o = o.withExports(o.exports().withNetwork(ExportOptions.Scope.parse(exportNetwork)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "--export-network must be " + ExportOptions.Scope.ALLOWED + ", was " + exportNetwork, e);
        }
      }
      org.vcanalytics.network.Pseudonymiser pseudonyms = null;
      if (shareKey != null) {
        if (!Files.isRegularFile(shareKey)) {
          throw new IllegalArgumentException("--share-key " + shareKey + " is not a file");
        }
        try {
          pseudonyms = org.vcanalytics.network.Pseudonymiser.hmacSha256(Files.readAllBytes(shareKey));
        } catch (java.io.IOException | IllegalArgumentException e) {
          throw new IllegalArgumentException("--share-key " + shareKey + ": " + e.getMessage());
        }
      }
      java.util.Optional<PoliceUkFormat> source = source(format, data);
      if (source.isPresent()) {
        // police.uk rows carry the synthetic codes of the police.uk definition and its weights only.
        o = o.withDefinition(PoliceUkRules.definition())
            .withHarm(o.harmOptions().withWeights(PoliceUkRules.weights()));
      }
      OutputFolder.prepare("--out", out, List.of(data));
      List<Path> written = new java.util.ArrayList<>();
      try {
        err.println("loading " + Terminal.safe(data.toString()) + " ...");
        long t0 = System.nanoTime();
        org.vcanalytics.core.StageListener stages = Pipeline.printing(line -> err.println(line));
        java.util.Optional<PoliceUkLoad> policeUk = source.map(f -> PoliceUkReader.read(data, f));
        LoadResult loaded =
            policeUk.isPresent()
                ? new LoadResult(policeUk.get().dataset(), policeUk.get().report())
                : VcPackage.load(data, LoadOptions.defaults().withAsOf(asOf), stages);
        err.printf(java.util.Locale.ROOT, "load: %d rows rejected, %d values dropped in %.1f s%n",
            loaded.report().rejectedCount(), loaded.report().droppedCount(), (System.nanoTime() - t0) / 1e9);
        Pipeline.PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), asOf, o, stages);
        long w0 = System.nanoTime();
        written.addAll(Outputs.write(r, out, stages, Runtime.getRuntime().availableProcessors()));
        if (policeUk.isPresent()) {
          written.addAll(PoliceUkOutputs.write(policeUk.get(), out));
        }
        err.printf(java.util.Locale.ROOT, "write: %d files in %.1f s%n", written.size(), (System.nanoTime() - w0) / 1e9);
        if (pseudonyms != null) {
          written.addAll(SharedOutputs.write(r, out.resolve("share"), pseudonyms, share));
        }
      } finally {
        manifest(out); // also when the run failed: the folder stays known as vc's
      }
      for (Path f : written) {
        err.println("wrote " + f);
      }
      err.flush();
      return 0;
    }
  }

  /**
   * The police.uk variant {@code --format} names, or that {@code auto} finds; empty for a VC package.
   */
  static java.util.Optional<PoliceUkFormat> source(String format, Path data) {
    switch (format) {
      case "vc":
        return java.util.Optional.empty();
      case "auto":
        return PoliceUkReader.isStreetDownload(data)
            ? java.util.Optional.of(PoliceUkFormat.STREET) : java.util.Optional.empty();
      default:
        return java.util.Optional.of(PoliceUkFormat.parse(format));
    }
  }

  /** The share options of {@code analyse}'s flags, each refused naming its flag. */
  private static ShareOptions shareOptions(int suppressBelow, int roundTo, double dominance) {
    try {
      return new ShareOptions(suppressBelow, roundTo, dominance);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--suppress-below, --round-to or --dominance: " + e.getMessage(), e);
    }
  }

  /** {@code vc generate --out DIR [--people N] [--years N] [--seed N]}: a synthetic package. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description = {
        "Writes a synthetic VC data package on real Birmingham geography: invented people, crimes,"
            + " intelligence, custody, OCGs and schools. Seeded: the same options write the same files."
      })
  static final class Generate implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the package")
    Path out;

    @Option(names = "--people", defaultValue = "5000", description = "how many people (default: ${DEFAULT-VALUE})")
    int people;

    @Option(names = "--years", defaultValue = "10", description = "years of crime (default: ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--seed", defaultValue = "1", description = "the random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
        names = "--end",
        defaultValue = "2024-12-31",
        paramLabel = "YYYY-MM-DD",
        description = "the last day with crimes (default: ${DEFAULT-VALUE})")
    java.time.LocalDate end;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter err = spec.commandLine().getErr();
      SyntheticForce.Settings settings;
      try {
        settings = new SyntheticForce.Settings(people, years, seed, end);
      } catch (IllegalArgumentException e) {
        err.println("vc: " + e.getMessage());
        return EXIT_BROKEN;
      }
      OutputFolder.prepare("--out", out, List.of());
      err.println("generating " + people + " people over " + years + " years into " + out + " ...");
      long t0 = System.nanoTime();
      SyntheticForce.Summary s;
      try {
        s = SyntheticForce.generate(out, settings);
      } finally {
        manifest(out);
      }
      err.printf(java.util.Locale.ROOT,
          "wrote %d people, %d crimes, %d involvements, %d intelligence logs naming %d people, %d custody records in %.1f s%n",
          s.people(), s.crimes(), s.involvements(), s.intel(), s.mentions(), s.custody(), (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }

  /** {@code vc demo --out DIR}: generate the bundled default force and analyse it. */
  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = {
        "Generates the default synthetic force into OUT/data and analyses it as of 2024-12-31 into"
            + " OUT/results; open OUT/results/report.html."
      })
  static final class Demo implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write")
    Path out;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      CommandLine root = spec.commandLine().getParent();
      int rc = root.execute("generate", "--out", out.resolve("data").toString());
      if (rc != 0) {
        return rc;
      }
      rc = root.execute(
          "analyse", "--data", out.resolve("data").toString(), "--as-of", "2024-12-31",
          "--out", out.resolve("results").toString());
      if (rc == 0) {
        spec.commandLine().getErr().println("open " + out.resolve("results").resolve("report.html").toAbsolutePath());
      }
      return rc;
    }
  }

  /** {@code vc validate --data DIR}: loads a package and reports every rejected row. */
  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      description = {
        "Checks a VC data package (or a police.uk download, see --format): per-file counts and every"
            + " rejected row with its file, line, column, value and reason.",
        "Exit 0 when no row was rejected (dropped values are listed), 1 when rows were rejected, 2 for a broken file, a missing"
            + " folder or bad arguments."
      })
  static final class Validate implements Callable<Integer> {

    @Option(
        names = "--data",
        required = true,
        paramLabel = "DIR",
        description = "the package folder (people.csv, crimes.csv, ...)")
    Path data;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "auto",
        description = "what --data holds, as for analyse: auto (the default), vc, police-uk or police-uk-api")
    String format;

    @Option(
        names = "--max-field-length",
        paramLabel = "N",
        defaultValue = "" + LoadOptions.DEFAULT_MAX_FIELD_LENGTH,
        description = "the longest field accepted, in characters (default: ${DEFAULT-VALUE})")
    int maxFieldLength;

    @Option(
        names = "--as-of",
        paramLabel = "YYYY-MM-DD",
        description = "also check dates of birth against this date (after it, or over 120 years before"
            + " it, a date of birth is dropped), as analyse does")
    java.time.LocalDate asOf;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isDirectory(data)) {
        spec.commandLine().getErr().println("vc: " + Terminal.safe(data.toString()) + " is not a folder");
        return EXIT_BROKEN;
      }
      if (maxFieldLength < 1) {
        throw new IllegalArgumentException("--max-field-length must be 1 or more, was " + maxFieldLength);
      }
      LoadOptions options = LoadOptions.defaults().withMaxFieldLength(maxFieldLength);
      if (asOf != null) {
        checkAsOf(asOf);
        options = options.withAsOf(asOf);
      }
      java.util.Optional<PoliceUkFormat> source = source(format, data);
      LoadOptions load = options;
      LoadResult r = source
          .map(f -> PoliceUkReader.read(data, f))
          .map(p -> new LoadResult(p.dataset(), p.report()))
          .orElseGet(() -> VcPackage.load(data, load));
      out.printf("%-18s %8s %10s %10s %10s%n", "file", "read", "accepted", "rejected", "dropped");
      for (FileReport f : r.report().files()) {
        if (f.present()) {
          out.printf("%-18s %8d %10d %10d %10d%n", f.file(), f.rowsRead(), f.accepted(), f.rejected(), f.valuesDropped());
        } else {
          out.printf("%-18s %8s %10s %10s %10s%n", f.file(), "absent", "", "", "");
        }
      }
      for (String w : r.report().warnings()) {
        out.println("warning: " + Terminal.safe(w));
      }
      list(out, r.report().rejectedRows(), " rejected (each row left out):", "row");
      list(out, r.report().droppedValues(), " dropped (read as not recorded; their rows kept):", "value");
      if (!r.report().hasRejections()) {
        out.println("every row accepted");
      }
      out.flush();
      return r.report().hasRejections() ? EXIT_REJECTED : 0;
    }

    private static void list(PrintWriter out, List<Rejection> xs, String what, String noun) {
      if (!xs.isEmpty()) {
        out.println();
        out.println(xs.size() + " " + noun + (xs.size() == 1 ? "" : "s") + what);
        for (Rejection x : xs) {
          out.println("  " + shown(x));
        }
      }
    }

    /** One problem on one terminal line: the value cut to 80 characters, control characters escaped. */
    static String shown(Rejection x) {
      return Terminal.safe(x.file()) + " line " + x.line() + ", column " + Terminal.safe(x.column())
          + ", value '" + Terminal.clip(x.value()) + "': " + Terminal.safe(x.reason());
    }
  }
}
