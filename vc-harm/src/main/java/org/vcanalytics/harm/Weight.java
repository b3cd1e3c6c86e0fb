package org.vcanalytics.harm;

import java.util.Objects;

/**
 * The harm weight of an offence code and where it comes from.
 *
 * @param value the weight (for the ONS Crime Severity Score: days of custody equivalent)
 * @param source the table it comes from, e.g. {@code ONS CSS 2020} or {@code ONS CSS 2016}
 */
public record Weight(double value, String source) {

  /** Checks the value. */
  public Weight {
    Objects.requireNonNull(source, "source");
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("a harm weight must be a finite number >= 0, was " + value);
    }
  }
}
