package org.vcanalytics.core.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The data contract of a VC data package as the loader reads it: every file, in the order it is
 * read, and each file's columns in contract order, with whether each is required and what it
 * holds. It is built from the column definitions {@link VcPackage#load} reads with, so it is
 * exactly what the load checks; {@code docs/data-contract.md} is tested against it and the
 * synthetic generator writes its headers from it.
 *
 * <pre>{@code
 * DataContract.FileSpec crimes = DataContract.file(VcPackage.CRIMES);
 * String header = String.join(",", crimes.names()); // crime_id,ho_code,committed_on,...
 * List<String> needed =
 *     crimes.columns().stream().filter(DataContract.ColumnSpec::required)
 *         .map(DataContract.ColumnSpec::name).toList(); // crime_id, ho_code, committed_on
 * }</pre>
 *
 * <p>The header of a file may name its columns in any order and in any case; a column that is
 * not required may be left out ("not recorded"). For {@code areas.geojson} the "columns" are the
 * properties of each feature. Every value here is immutable.
 */
public final class DataContract {

  /** What a column holds, as {@code docs/data-contract.md} documents it ("General rules"). */
  public enum ColumnType {
    /**
     * An id, or a key naming another file's row: text without control characters, compared
     * exactly (an area's {@code level} is read in lower case). Documented as "id".
     */
    ID,
    /** Free text; control characters are removed. Documented as "text". */
    TEXT,
    /** A list of free-text values separated by {@code ;}. Documented as "{@code ;}-separated". */
    TEXT_LIST,
    /** A day, {@code YYYY-MM-DD}. Documented as "date". */
    DATE,
    /** {@code Y}/{@code N} (or yes/no, true/false, 1/0), any case. Documented as "flag". */
    FLAG,
    /**
     * One of a fixed list of values (a sex, a weapon, a role, a grading system); the data contract
     * lists them.
     */
    CODE,
    /**
     * A value of the intelligence grading system the row names: the data contract lists the values
     * of each system.
     */
    GRADE,
    /** A Home Office offence code, normalised ({@code 008N} is {@code 8N}). */
    OFFENCE_CODE,
    /** The code of an area the force already assigned (free text). Documented as "area code". */
    AREA_CODE,
    /**
     * A British National Grid easting or northing in metres; easting and northing come in pairs.
     * Documented as "metres".
     */
    METRES,
    /** A whole number (an area's population). */
    NUMBER
  }

  /**
   * One column of a file.
   *
   * @param name the column's name in the header, lower case, e.g. {@code date_of_birth}
   * @param required whether the header must name it and every row must fill it; an optional
   *     column may be absent or blank ("not recorded")
   * @param type what it holds
   */
  public record ColumnSpec(String name, boolean required, ColumnType type) {

    /** Checks the parts are given. */
    public ColumnSpec {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * One file of a package.
   *
   * @param file the file's name, e.g. {@code crimes.csv}; one of {@link VcPackage#FILES}
   * @param columns its columns in contract order (the order of {@code docs/data-contract.md} and
   *     of the sample package's headers), each named once; an unmodifiable copy
   */
  public record FileSpec(String file, List<ColumnSpec> columns) {

    /** Checks the parts are given and no column is named twice; copies the columns. */
    public FileSpec {
      Objects.requireNonNull(file, "file");
      columns = List.copyOf(columns);
      Set<String> seen = new HashSet<>();
      for (ColumnSpec c : columns) {
        if (!seen.add(c.name())) {
          throw new IllegalArgumentException(file + " names column " + c.name() + " twice");
        }
      }
    }

    /** @return the columns' names in contract order: a header naming every column */
    public List<String> names() {
      return columns.stream().map(ColumnSpec::name).toList();
    }

    /**
     * @param name a column's name as the contract spells it (lower case)
     * @return the column, or empty when the file has no column of that name
     */
    public Optional<ColumnSpec> column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
  }

  private static final List<FileSpec> FILES = build();

  private DataContract() {}

  /** @return every file of the contract in the order the load reads and reports them */
  public static List<FileSpec> files() {
    return FILES;
  }

  /**
   * @param file a file's name, e.g. {@code crimes.csv}
   * @return the file's part of the contract
   * @throws IllegalArgumentException when the contract has no such file
   */
  public static FileSpec file(String file) {
    return FILES.stream()
        .filter(f -> f.file().equals(file))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(
                "the data contract has no file " + file + "; its files are "
                    + String.join(", ", FILES.stream().map(FileSpec::file).toList())));
  }

  /** From the readers' own columns: the CSV files in reading order, then the area file. */
  private static List<FileSpec> build() {
    List<FileSpec> out = new ArrayList<>();
    for (CsvFile f : PackageReader.csvFiles(new LoadState(LoadOptions.defaults()))) {
      out.add(spec(f.name(), f.columns()));
    }
    out.add(spec(VcPackage.AREAS, List.of(AreasReader.Prop.values())));
    return List.copyOf(out);
  }

  private static FileSpec spec(String file, List<? extends Column> columns) {
    return new FileSpec(
        file, columns.stream().map(c -> new ColumnSpec(c.label(), c.required(), c.type())).toList());
  }
}
