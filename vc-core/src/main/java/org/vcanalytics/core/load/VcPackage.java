package org.vcanalytics.core.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vcanalytics.core.StageListener;

/**
 * Loads a VC data package: a folder of UTF-8 CSV files as in the data contract
 * ({@code docs/data-contract.md}; its files and columns are {@link DataContract}).
 *
 * <pre>{@code
 * LoadResult r = VcPackage.load(Path.of("my-force-package"));
 * VcDataset data = r.dataset();
 * r.report().rejections().forEach(System.out::println); // rejected rows and dropped values
 * }</pre>
 *
 * <p>Every data row is either accepted or rejected, and per file {@code accepted + rejected = rows
 * read}. A row is rejected only when a field it cannot do without (its id, its keys, the date a rule
 * needs, a role, a grade) is missing or bad; a bad optional value is dropped instead (treated as not
 * recorded) and its row accepted. Each rejected row and each dropped value is listed in the report
 * with file, line, column, value, reason and {@link Rejection.Action action}. A bad row never stops
 * the load. A broken file (not UTF-8, not CSV, a required column missing from the header, not a
 * regular file, an area file over {@link LoadOptions#maxAreasBytes()}) or a missing folder or {@code
 * crimes.csv} stops it with one {@link BrokenFileException} naming the file and line.
 *
 * <p>With the analysis's as-of date, dates of birth are checked against it:
 *
 * <pre>{@code
 * LoadResult r = VcPackage.load(dir, LoadOptions.defaults().withAsOf(LocalDate.of(2024, 12, 31)));
 * }</pre>
 *
 * <p>CSV files are read as streams, one row at a time; memory grows with the records kept, not the
 * file sizes ({@code areas.geojson} is held whole while it is checked, hence its size limit). Cost:
 * O(rows) time plus the O(n log n) sort that fixes the data set's order.
 */
public final class VcPackage {

  /** {@value}: the people register (optional). */
  public static final String PEOPLE = "people.csv";
  /** {@value}: the crimes (required). */
  public static final String CRIMES = "crimes.csv";
  /** {@value}: who was involved in each crime, and how (optional). */
  public static final String INVOLVEMENTS = "involvements.csv";
  /** {@value}: intelligence logs (optional). */
  public static final String INTEL = "intel.csv";
  /** {@value}: the people each intelligence log names (optional). */
  public static final String INTEL_PEOPLE = "intel_people.csv";
  /** {@value}: custody records (optional). */
  public static final String CUSTODY = "custody.csv";
  /** {@value}: organised-crime-group memberships (optional). */
  public static final String OCG = "ocg.csv";
  /** {@value}: schools (optional). */
  public static final String SCHOOLS = "schools.csv";
  /** {@value}: area polygons (optional); features are checked here, geometry built by vc-geo. */
  public static final String AREAS = "areas.geojson";

  /**
   * Every file of the data contract, in the order they are read and reported: those of {@link
   * DataContract#files()}.
   */
  public static final List<String> FILES =
      DataContract.files().stream().map(DataContract.FileSpec::file).toList();

  /** The CSV files of the data contract ({@link #FILES} but the area file), in the same order. */
  public static final List<String> CSV_FILES =
      FILES.stream().filter(f -> !f.equals(AREAS)).toList();

  private VcPackage() {}

  /**
   * Loads a package with the default options.
   *
   * @param dir the package folder
   * @return the data set and the report
   * @throws BrokenFileException when the folder or {@code crimes.csv} is missing or a file is broken
   */
  public static LoadResult load(Path dir) {
    return load(dir, LoadOptions.defaults());
  }

  /**
   * Loads a package.
   *
   * @param dir the package folder
   * @param options load options
   * @return the data set and the report
   * @throws BrokenFileException when the folder or {@code crimes.csv} is missing or a file is broken
   */
  public static LoadResult load(Path dir, LoadOptions options) {
    return load(dir, options, StageListener.NONE);
  }

  /**
   * Loads a package, telling a listener when each file's load starts and ends (stages {@code load
   * people.csv}, {@code load crimes.csv}, ..., {@code load areas.geojson}, then {@code load index}
   * for the data set's indexes).
   *
   * @param dir the package folder
   * @param options load options
   * @param stages told of each file
   * @return the data set and the report
   * @throws BrokenFileException when the folder or {@code crimes.csv} is missing or a file is broken
   */
  public static LoadResult load(Path dir, LoadOptions options, StageListener stages) {
    if (!Files.isDirectory(dir)) {
      throw new BrokenFileException(
          dir.toString(), 0, "is not a folder; a VC data package is a folder of CSV files", null);
    }
    return new PackageReader(dir, options, stages).read();
  }
}
