package org.vcanalytics.core.load;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of a load.
 *
 * <pre>{@code
 * LoadOptions o = LoadOptions.defaults().withAsOf(LocalDate.of(2024, 12, 31));
 * }</pre>
 *
 * @param maxFieldLength the longest field accepted, in characters; a row with a longer field is
 *     rejected (default {@value #DEFAULT_MAX_FIELD_LENGTH})
 * @param maxAreasBytes the largest {@code areas.geojson} read, in bytes; a larger one is a broken
 *     file (default {@value #DEFAULT_MAX_AREAS_BYTES}, 100 MB: a force's LSOA boundaries are a few
 *     MB to tens of MB). The file is held in memory while it is checked, so this bounds the memory
 *     the area file takes
 * @param asOf the as-of date of the analysis, when known: a date of birth after it, or more than 120
 *     years before it, is dropped. Without it a date of birth is checked like any date (1900-01-01
 *     to 2100-12-31)
 * @param threads how many files are read at once: {@code 1} reads them one after another in
 *     contract order; {@code 0} (the default) as many as the machine has processors (one after
 *     another on a heap under 1 GiB, where two files at once could take the memory an out-of-memory
 *     message needs). A file is read
 *     once the files it names are read ({@code involvements.csv} after {@code people.csv} and {@code
 *     crimes.csv}); the data set and the report are the same, value for value, at any number
 */
public record LoadOptions(int maxFieldLength, long maxAreasBytes, Optional<LocalDate> asOf, int threads) {

  /** The default longest field: {@value}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;

  /** The default largest area file, in bytes: {@value} (100 MB). */
  public static final long DEFAULT_MAX_AREAS_BYTES = 100_000_000L;

  /** Checks the options. */
  public LoadOptions {
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be positive, was " + maxFieldLength);
    }
    if (maxAreasBytes < 1) {
      throw new IllegalArgumentException("maxAreasBytes must be positive, was " + maxAreasBytes);
    }
    Objects.requireNonNull(asOf, "asOf");
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (every processor) or more, was " + threads);
    }
  }

  /**
   * The defaults with another longest field.
   *
   * @param maxFieldLength the longest field accepted, in characters
   */
  public LoadOptions(int maxFieldLength) {
    this(maxFieldLength, DEFAULT_MAX_AREAS_BYTES, Optional.empty(), 0);
  }

  /**
   * @return the defaults: fields up to 10,000 characters, area files up to 100 MB, no as-of date,
   *     files read side by side on every processor
   */
  public static LoadOptions defaults() {
    return new LoadOptions(DEFAULT_MAX_FIELD_LENGTH);
  }

  /**
   * @param n the longest field accepted
   * @return a copy with that limit
   */
  public LoadOptions withMaxFieldLength(int n) {
    return new LoadOptions(n, maxAreasBytes, asOf, threads);
  }

  /**
   * @param bytes the largest area file read
   * @return a copy with that limit
   */
  public LoadOptions withMaxAreasBytes(long bytes) {
    return new LoadOptions(maxFieldLength, bytes, asOf, threads);
  }

  /**
   * @param date the as-of date of the analysis
   * @return a copy that checks dates of birth against it
   */
  public LoadOptions withAsOf(LocalDate date) {
    return new LoadOptions(maxFieldLength, maxAreasBytes, Optional.of(date), threads);
  }

  /**
   * @param n how many files are read at once: 1 for one after another, 0 for every processor
   * @return a copy reading that many at once
   */
  public LoadOptions withThreads(int n) {
    return new LoadOptions(maxFieldLength, maxAreasBytes, asOf, n);
  }

  /** The smallest heap on which the default reads files side by side: {@value} bytes (1 GiB). */
  static final long SIDE_BY_SIDE_HEAP = 1L << 30;

  /**
   * @return the number of files read at once: {@link #threads}; when it is 0, the processors, but
   *     1 on a heap under 1 GiB, where two files read at once could take the memory a clear
   *     out-of-memory message needs
   */
  int effectiveThreads() {
    if (threads != 0) {
      return threads;
    }
    return Runtime.getRuntime().maxMemory() < SIDE_BY_SIDE_HEAP ? 1 : Runtime.getRuntime().availableProcessors();
  }
}
