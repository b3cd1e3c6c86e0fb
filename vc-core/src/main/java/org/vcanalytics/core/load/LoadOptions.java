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
 * @param asOf the as-of date of the analysis, when known: a date of birth after it, or more than 120
 *     years before it, is dropped. Without it a date of birth is checked like any date (1900-01-01
 *     to 2100-12-31)
 */
public record LoadOptions(int maxFieldLength, Optional<LocalDate> asOf) {

  /** The default longest field: {@value}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;

  /** Checks the options. */
  public LoadOptions {
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be positive, was " + maxFieldLength);
    }
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * The defaults with another longest field.
   *
   * @param maxFieldLength the longest field accepted, in characters
   */
  public LoadOptions(int maxFieldLength) {
    this(maxFieldLength, Optional.empty());
  }

  /** @return the defaults: fields up to 10,000 characters, no as-of date */
  public static LoadOptions defaults() {
    return new LoadOptions(DEFAULT_MAX_FIELD_LENGTH);
  }

  /**
   * @param n the longest field accepted
   * @return a copy with that limit
   */
  public LoadOptions withMaxFieldLength(int n) {
    return new LoadOptions(n, asOf);
  }

  /**
   * @param date the as-of date of the analysis
   * @return a copy that checks dates of birth against it
   */
  public LoadOptions withAsOf(LocalDate date) {
    return new LoadOptions(maxFieldLength, Optional.of(date));
  }
}
