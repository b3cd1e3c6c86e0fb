package org.vcanalytics.core.load;

/**
 * Options of a load.
 *
 * @param maxFieldLength the longest field accepted, in characters; a row with a longer field is
 *     rejected (default {@value #DEFAULT_MAX_FIELD_LENGTH})
 */
public record LoadOptions(int maxFieldLength) {

  /** The default longest field: {@value}. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 10_000;

  /** Checks the options. */
  public LoadOptions {
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("maxFieldLength must be positive, was " + maxFieldLength);
    }
  }

  /** @return the defaults */
  public static LoadOptions defaults() {
    return new LoadOptions(DEFAULT_MAX_FIELD_LENGTH);
  }

  /**
   * @param n the longest field accepted
   * @return a copy with that limit
   */
  public LoadOptions withMaxFieldLength(int n) {
    return new LoadOptions(n);
  }
}
