package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.vcanalytics.core.internal.Texts;
import org.vcanalytics.core.internal.VcStyle;

/**
 * An intelligence log: a row of {@code intel.csv}. The people it names are {@link IntelMention}s.
 *
 * <pre>{@code
 * IntelLog log = IntelLog.builder().id("I1").recordedOn(LocalDate.of(2024, 1, 5))
 *     .grade(IntelGrade.of("3x5x2", "2", "C")).addHeaders("DOMESTIC ABUSE").build();
 * }</pre>
 */
@Value.Immutable
@VcStyle
public abstract class IntelLog {

  /** Starts a builder; {@code id}, {@code recordedOn} and {@code grade} are required. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the log id, unique in the data set */
  public abstract String id();

  /** @return the day it was recorded */
  public abstract LocalDate recordedOn();

  /** @return its grade */
  public abstract IntelGrade grade();

  /** @return the handling code, upper case, valid for the grade's system, when recorded */
  public abstract Optional<String> handlingCode();

  /**
   * The headers (subjects) of the log, e.g. {@code DOMESTIC ABUSE}: normalised when built to upper
   * case with single spaces, blanks and repeats dropped.
   *
   * @return the headers in recorded order
   */
  public abstract List<String> headers();

  /** @return where the log places its subject, when recorded */
  public abstract Optional<GridPoint> location();

  /** Normalises the headers (upper case, single spaces, no blanks or repeats) and checks the rules. */
  @Value.Check
  IntelLog normalise() {
    Ids.requireId(id(), "intel id");
    List<String> headers = headers();
    boolean normalised = true;
    for (int i = 0; i < headers.size() && normalised; i++) { // two million logs: no stream for the usual case
      String h = headers.get(i);
      normalised = !h.isEmpty() && Texts.upper(h).equals(h) && headers.indexOf(h) == i;
    }
    List<String> normal =
        normalised ? headers : headers.stream().map(Texts::upper).filter(h -> !h.isEmpty()).distinct().toList();
    if (!normalised) {
      return builder().from(this).headers(normal).build();
    }
    handlingCode()
        .filter(h -> !grade().isValidHandlingCode(h))
        .ifPresent(
            h -> {
              throw new IllegalArgumentException(
                  "intel " + id() + ": handling code '" + h + "' is not a "
                      + grade().system() + " handling code");
            });
    return this;
  }

  /** Builds an {@link IntelLog}. */
  public static final class Builder extends ImmutableIntelLog.Builder {
    Builder() {}
  }
}
