package org.vcanalytics.core.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.StageListener;
import org.vcanalytics.core.VcDataset;

/**
 * One load of one package: reads the files (side by side, each after the files it names; or one
 * after another in contract order), each row by its file's {@link CsvFile}, and keeps the account:
 * per-file counts, rejected rows and dropped values in file then line order, warnings — the same
 * whichever way the files were read. Logs counts only, never a value of a row.
 */
final class PackageReader {

  private static final Logger LOG = LoggerFactory.getLogger(PackageReader.class);

  private final Path dir;
  private final LoadOptions options;
  private final StageListener stages;
  private final LoadState state;
  /** Set when a file read side by side has failed: the others stop at their next row. */
  private volatile boolean abandoned;

  PackageReader(Path dir, LoadOptions options, StageListener stages) {
    this.dir = dir;
    this.stages = stages;
    this.options = options;
    this.state = new LoadState(options);
  }

  LoadResult read() {
    if (!present(VcPackage.CRIMES)) {
      throw new BrokenFileException(
          VcPackage.CRIMES,
          0,
          "is missing from " + dir + "; it is the one file every package must have",
          null);
    }
    List<Account> accounts =
        options.effectiveThreads() == 1 ? oneAfterAnother() : sideBySide(options.effectiveThreads());
    // In contract order, whichever finished first: the report is the same at any thread count.
    List<FileReport> files = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Account a : accounts) {
      files.add(a.report);
      rejections.addAll(a.rejections);
      warnings.addAll(a.warnings);
    }
    stages.started("load index");
    VcDataset dataset = state.data.build();
    stages.finished("load index", "");
    LoadReport report = new LoadReport(files, rejections, warnings);
    LOG.info(
        "loaded {} ({} rows rejected, {} values dropped)",
        dataset,
        report.rejectedCount(),
        report.droppedCount());
    return new LoadResult(dataset, report);
  }

  /** The files in contract order, one after another, then the areas. */
  private List<Account> oneAfterAnother() {
    List<Account> out = new ArrayList<>();
    for (CsvFile file : csvFiles(state)) {
      out.add(staged(file));
    }
    out.add(stagedAreas());
    return out;
  }

  /**
   * The files side by side on {@code threads} threads, each once the files it {@link CsvFile#needs()
   * needs} are read; the accounts in contract order. When files fail, the failure of the first of
   * them in contract order is thrown, as one after another would have: a file's result depends only
   * on files before it, and a file whose needs failed is not read.
   *
   * <p>Plain futures on a first-in first-out pool: a task waits only for files submitted before it
   * (the files that need none go first), which have started by then, so no task waits for one that
   * cannot run. A future records whatever its task throws, an {@code OutOfMemoryError} included;
   * an error that kills a pool thread between tasks (out of memory again) is kept too, and ends the
   * wait here, so the load never hangs and the error reaches the caller, which reports it.
   */
  private List<Account> sideBySide(int threads) {
    AtomicReference<Throwable> died = new AtomicReference<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "vc-load");
              t.setDaemon(true);
              t.setUncaughtExceptionHandler((thread, e) -> died.compareAndSet(null, e));
              return t;
            });
    try {
      List<CsvFile> files = csvFiles(state);
      Map<String, Future<Account>> read = new HashMap<>();
      for (CsvFile file : files) {
        if (file.needs().isEmpty()) {
          read.put(file.name(), pool.submit(() -> staged(file)));
        }
      }
      Future<Account> areas = pool.submit(this::stagedAreas);
      for (CsvFile file : files) {
        if (!file.needs().isEmpty()) {
          List<Future<Account>> needs = file.needs().stream().map(read::get).toList();
          read.put(
              file.name(),
              pool.submit(
                  () -> {
                    for (Future<Account> n : needs) {
                      n.get(); // throws when a file it needs failed: then it is not read
                    }
                    return staged(file);
                  }));
        }
      }
      List<Account> out = new ArrayList<>();
      Throwable first = null;
      for (CsvFile file : files) {
        first = collect(read.get(file.name()), out, first, died);
      }
      first = collect(areas, out, first, died);
      if (first instanceof RuntimeException r) {
        throw r;
      }
      if (first instanceof Error e) {
        throw e;
      }
      if (first != null) {
        throw new IllegalStateException(first);
      }
      return out;
    } catch (RuntimeException | Error e) {
      // Stop the files still being read and let them go, so that what failed (out of memory, say,
      // here or in a file) is reported with their memory free.
      abandoned = true;
      pool.shutdownNow();
      awaitQuietly(pool);
      throw e;
    } finally {
      pool.shutdown();
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Thrown in a file's reader when another file read beside it has failed. */
  private static final class Abandoned extends RuntimeException {
    Abandoned() {
      super("another file of the package failed", null, false, false);
    }
  }

  /**
   * Waits for one file: adds its account, or returns the first failure so far (or the error that
   * killed a pool thread, when one did while this file was awaited).
   */
  private static Throwable collect(
      Future<Account> f, List<Account> out, Throwable first, AtomicReference<Throwable> died) {
    try {
      while (true) {
        try {
          out.add(f.get(100, TimeUnit.MILLISECONDS));
          return first;
        } catch (TimeoutException e) {
          if (died.get() != null) {
            f.cancel(true);
            return first != null ? first : died.get();
          }
        }
      }
    } catch (ExecutionException e) {
      // A file whose need failed fails with that need's failure, which comes earlier in order.
      Throwable cause = e.getCause() instanceof ExecutionException n ? n.getCause() : e.getCause();
      return first != null ? first : cause;
    } catch (java.util.concurrent.CancellationException e) {
      return first != null ? first : died.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return first != null ? first : new IllegalStateException("the load was interrupted", e);
    }
  }

  /** One file's load between its stage's start and end; people.csv's tells whether it is the register. */
  private Account staged(CsvFile file) {
    stages.started("load " + file.name());
    Account a = readFile(file);
    stages.finished("load " + file.name(), summary(a.report));
    if (file instanceof PeopleFile) {
      // people.csv is the register when it has a header; absent or empty, people come from the
      // other files.
      state.peopleRegister = a.withHeader;
    }
    return a;
  }

  private Account stagedAreas() {
    stages.started("load " + VcPackage.AREAS);
    Account a = readAreas();
    stages.finished("load " + VcPackage.AREAS, summary(a.report));
    return a;
  }

  /** One file's account: its report, its rejections in line order, its warnings. */
  private static final class Account {
    FileReport report;
    boolean withHeader;
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    Account done(FileReport r, boolean header) {
      report = r;
      withHeader = header;
      return this;
    }
  }

  /**
   * The CSV files of the contract, in the order they are read (each names the files before it):
   * the one list of them, read by {@link DataContract} too.
   *
   * @param state the load they read into
   * @return one reader per CSV file
   */
  static List<CsvFile> csvFiles(LoadState state) {
    return List.of(
        new PeopleFile(state),
        new CrimesFile(state),
        new InvolvementsFile(state),
        new IntelFile(state),
        new IntelPeopleFile(state),
        new CustodyFile(state),
        new OcgFile(state),
        new SchoolsFile(state));
  }

  /**
   * Whether a package file is there. A link is followed; what it leads to must be a regular file:
   * a pipe would hang the load, a device or a folder is not a file of rows.
   *
   * @throws BrokenFileException when the name is taken by something that is not a regular file
   */
  private boolean present(String name) {
    Path path = dir.resolve(name);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!Files.exists(path)) {
      throw new BrokenFileException(
          name, 0, "is a link to a file that does not exist; give the file itself", null);
    }
    if (!Files.isRegularFile(path)) {
      throw new BrokenFileException(
          name, 0, "is not a regular file (a pipe, a device or a folder); give a file", null);
    }
    return true;
  }

  /** @return the file's account, telling whether it was there with a header */
  private Account readFile(CsvFile file) {
    String name = file.name();
    Account a = new Account();
    List<String> warnings = a.warnings;
    List<Rejection> rejections = a.rejections;
    if (!present(name)) {
      warnings.add(name + " is absent: " + file.absentMeaning());
      return a.done(new FileReport(name, false, 0, 0, 0, 0), false);
    }
    long read = 0;
    long rejected = 0;
    long dropped = 0;
    long cleaned = 0;
    Set<String> cleanedColumns = new HashSet<>();
    try (CsvRows rows = CsvRows.open(dir.resolve(name))) {
      String[] header = rows.next();
      if (header == null) {
        warnings.add(name + " is empty (not even a header): read as a file with no rows"
            + (name.equals(VcPackage.PEOPLE) ? "; people are taken from the ids in the other files" : ""));
        return a.done(new FileReport(name, true, 0, 0, 0, 0), false);
      }
      int[] columns = Header.read(name, header, file.columns(), warnings);
      String[] fields;
      while ((fields = rows.next()) != null) {
        if (abandoned) {
          throw new Abandoned();
        }
        read++;
        long line = rows.line();
        Row row = new Row(columns, fields, state.dates);
        try {
          checkShape(header.length, fields);
          file.read(row, line);
        } catch (Row.Rejected r) {
          rejected++;
          if (fields.length == header.length) {
            file.rejected(row, line);
          }
          rejections.add(
              new Rejection(name, line, r.column, SafeText.shown(r.value), r.getMessage()));
          continue;
        } catch (IllegalArgumentException e) {
          // A rule of the domain model that the row checks above did not catch: still a rejection.
          rejected++;
          file.rejected(row, line);
          rejections.add(
              new Rejection(name, line, Rejection.WHOLE_ROW, "", SafeText.escaped(e.getMessage())));
          continue;
        }
        // Accepted: its bad optional values are reported now (a rejected row reports only why).
        for (Row.Dropped d : row.dropped()) {
          dropped++;
          rejections.add(
              Rejection.valueDropped(name, line, d.column(), SafeText.shown(d.value()), d.reason()));
        }
        if (!row.cleaned().isEmpty()) {
          cleaned += row.cleaned().size();
          cleanedColumns.addAll(row.cleaned());
        }
      }
      if (rows.blankLines() > 0) {
        warnings.add(
            name + ": " + rows.blankLines() + (rows.blankLines() == 1 ? " line" : " lines")
                + " holding only white space or an empty quoted field skipped as blank");
      }
    }
    if (read == 0) {
      warnings.add(name + " has a header but no rows");
    }
    if (cleaned > 0) {
      warnings.add(
          name + ": control characters removed from " + cleaned + " free-text "
              + (cleaned == 1 ? "value" : "values") + " (line breaks read as spaces) in "
              + String.join(
                  ", ",
                  file.columns().stream()
                      .map(Column::label)
                      .filter(cleanedColumns::contains)
                      .toList()));
    }
    List<Rejection> late = file.finish();
    if (!late.isEmpty()) {
      rejections.addAll(late);
      // Keep the report in line order within the file (a stable sort: a line's entries keep theirs).
      rejections.sort(Comparator.comparingLong(Rejection::line));
      rejected += late.size();
    }
    LOG.info(
        "{}: {} rows read, {} accepted, {} rejected, {} values dropped",
        name, read, read - rejected, rejected, dropped);
    return a.done(new FileReport(name, true, read, read - rejected, rejected, dropped), true);
  }

  private static String summary(FileReport f) {
    return f.present() ? f.rowsRead() + " rows read, " + f.rejected() + " rejected" : "absent";
  }

  private void checkShape(int headerLength, String[] fields) throws Row.Rejected {
    if (fields.length != headerLength) {
      throw new Row.Rejected(
          Rejection.WHOLE_ROW,
          String.join(",", fields),
          "the row has " + fields.length + " fields but the header has " + headerLength);
    }
    for (String f : fields) {
      // Characters are Unicode code points: an emoji is one character, not two.
      if (f.length() > options.maxFieldLength()
          && f.codePointCount(0, f.length()) > options.maxFieldLength()) {
        throw new Row.Rejected(
            Rejection.WHOLE_ROW,
            f,
            "a field is " + f.codePointCount(0, f.length()) + " characters long; the limit is "
                + options.maxFieldLength());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private Account readAreas() {
    String name = VcPackage.AREAS;
    Account a = new Account();
    Path path = dir.resolve(name);
    if (!present(name)) {
      a.warnings.add(name + " is absent: crimes are placed in areas only by their pre-assigned area codes");
      return a.done(new FileReport(name, false, 0, 0, 0, 0), false);
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new BrokenFileException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
    if (size == 0) {
      a.warnings.add(name + " is empty: read as a file with no areas");
      return a.done(new FileReport(name, true, 0, 0, 0, 0), false);
    }
    if (size > options.maxAreasBytes()) {
      throw new BrokenFileException(
          name,
          0,
          "is " + megabytes(size) + ", over the limit of " + megabytes(options.maxAreasBytes())
              + " for an area file (the whole file is held in memory while it is checked);"
              + " simplify the boundaries, or raise the limit with"
              + " LoadOptions.withMaxAreasBytes",
          null);
    }
    long[] counts = new long[2]; // rows rejected, values dropped
    long read =
        AreasReader.read(
            path,
            new AreasReader.Sink() {
              @Override
              public void accept(Area area) {
                state.data.addArea(area);
              }

              @Override
              public void report(Rejection r) {
                counts[r.action() == Rejection.Action.ROW_REJECTED ? 0 : 1]++;
                a.rejections.add(r);
              }
            });
    return a.done(new FileReport(name, true, read, read - counts[0], counts[0], counts[1]), true);
  }

  /** {@code 209715200} → {@code "209715200 bytes (209.7 MB)"}. */
  static String megabytes(long bytes) {
    return bytes + " bytes (" + String.format(Locale.ROOT, "%.1f", bytes / 1e6) + " MB)";
  }
}
