package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.vcanalytics.core.internal.VcStyle;

/**
 * A custody booking and the markers recorded at it: a row of {@code custody.csv}. Each flag is empty
 * when not recorded, which is not the same as recorded "no".
 */
@Value.Immutable
@VcStyle
public abstract class CustodyRecord {

  /** Starts a builder; {@code id}, {@code personId} and {@code bookedOn} are required. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the custody record id, unique in the data set */
  public abstract String id();

  /** @return the person booked in */
  public abstract String personId();

  /** @return the day of booking */
  public abstract LocalDate bookedOn();

  /** @return the mental-health marker */
  public abstract Optional<Boolean> mentalHealth();

  /** @return the substance-misuse marker */
  public abstract Optional<Boolean> substanceMisuse();

  /** @return the alcohol marker */
  public abstract Optional<Boolean> alcohol();

  /** @return the self-harm marker */
  public abstract Optional<Boolean> selfHarm();

  /** @return the URN of the school the person attends or attended, when recorded */
  public abstract Optional<String> schoolUrn();

  @Value.Check
  void check() {
    Ids.requireId(id(), "custody id");
    Ids.requireId(personId(), "person id");
  }

  /** Builds a {@link CustodyRecord}. */
  public static final class Builder extends ImmutableCustodyRecord.Builder {
    Builder() {}
  }
}
