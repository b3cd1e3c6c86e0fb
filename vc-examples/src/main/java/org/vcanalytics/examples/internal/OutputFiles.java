package org.vcanalytics.examples.internal;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

/**
 * How every output file is written: to a temporary name in its folder, created readable by its owner
 * only, then moved into place, so that a reader never sees half a file and a symlink already in the
 * folder is replaced, never followed. CSV cells that a spreadsheet would run as a formula are
 * neutralised. Writes; computes nothing.
 */
public final class OutputFiles {
  private OutputFiles() {}

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** Something that writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void write(Writer w) throws IOException;
  }

  /** @return {@code v} with four decimals and a dot, whatever the locale */
  public static String fixed4(double v) {
    return org.vcanalytics.core.Decimals.fixed4(v);
  }

  /**
   * A CSV cell made safe to open in a spreadsheet (OWASP CSV injection): a text that begins with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote;
   * numbers such as {@code -0.4902} are unchanged.
   *
   * @param v the cell
   * @return the cell as written
   */
  public static String cell(String v) {
    return org.vcanalytics.core.load.SafeText.spreadsheetCell(v);
  }

  /** The longest part of a file name taken from data: {@value}. */
  public static final int MAX_NAME = 64;

  /**
   * A value from the data (an area level, say) made fit to be part of a file name: letters, digits,
   * {@code _} and {@code -} are kept, anything else (a path separator, a dot, a space, a control
   * character) becomes {@code _}, and the name is cut to {@value #MAX_NAME} characters. So {@code
   * a/../../tmp/x} becomes {@code a_______tmp_x}: never a path, never outside the output folder.
   *
   * @param value the value
   * @return the name part, never empty
   */
  public static String safeName(String value) {
    StringBuilder b = new StringBuilder();
    value.codePoints()
        .limit(MAX_NAME)
        .forEach(c -> b.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-') ? (char) c : '_'));
    return b.length() == 0 ? "_" : b.toString();
  }

  /**
   * Creates a folder (and its parents) readable by its owner only. A link where the folder should be
   * is refused, never followed.
   */
  public static void folder(Path dir) throws IOException {
    if (Files.isSymbolicLink(dir)) {
      throw new IOException(dir + " is a link; vc writes only into real folders");
    }
    if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (POSIX) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  /** Makes an existing folder readable by its owner only (where the file system has permissions). */
  public static void ownerOnly(Path dir) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * Rows made one at a time as the file is written, so that a million rows (with an explanation
   * each) are never all in memory.
   *
   * @param items the items, one row each, in order
   * @param row an item's cells
   * @return the rows
   */
  public static <T> Iterable<List<String>> rows(List<T> items, java.util.function.Function<T, List<String>> row) {
    return () -> items.stream().map(row).iterator();
  }

  /**
   * @param n how many rows
   * @param row the cells of row i, made when it is written
   * @return the rows 0 to n - 1, lazily
   */
  public static Iterable<List<String>> rows(int n, java.util.function.IntFunction<List<String>> row) {
    return () -> java.util.stream.IntStream.range(0, n).mapToObj(row).iterator();
  }

  /** Writes a CSV file: a header, then the rows, every cell through {@link #cell}. */
  public static Path csv(Path file, List<String> header, Iterable<List<String>> rows) throws IOException {
    return write(
        file,
        w -> {
          try (CsvGenerator g = (CsvGenerator) CSV.getFactory().createGenerator(w)) {
            g.setSchema(CsvSchema.emptySchema());
            row(g, header);
            for (List<String> row : rows) {
              row(g, row);
            }
          }
        });
  }

  private static void row(CsvGenerator g, List<String> row) throws IOException {
    g.writeStartArray();
    for (String v : row) {
      g.writeString(cell(v));
    }
    g.writeEndArray();
  }

  /** Writes a text file. */
  public static Path text(Path file, String text) throws IOException {
    return write(file, w -> w.write(text));
  }

  /**
   * Writes a file through a temporary name beside it (owner-only), then moves it into place.
   *
   * @return the file
   */
  public static Path write(Path file, Content content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    FileAttribute<?>[] attrs =
        POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
            : new FileAttribute<?>[0];
    Path tmp = Files.createTempFile(dir, ".vc-", ".tmp", attrs);
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        content.write(w);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return file;
  }
}
