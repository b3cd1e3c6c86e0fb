package org.vcanalytics.core;

import java.util.Optional;
import org.immutables.value.Value;
import org.vcanalytics.core.internal.VcStyle;

/** A school: a row of {@code schools.csv}, with columns as in Get Information about Schools (GIAS). */
@Value.Immutable
@VcStyle
public abstract class School {

  /** Starts a builder; {@code urn}, {@code name} and {@code location} are required. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the Unique Reference Number, unique in the data set */
  public abstract String urn();

  /** @return the school's name */
  public abstract String name();

  /** @return where it is on the National Grid */
  public abstract GridPoint location();

  /** @return the phase of education (e.g. {@code Secondary}), when recorded */
  public abstract Optional<String> phase();

  /** @return the establishment status (e.g. {@code Open}), when recorded */
  public abstract Optional<String> status();

  @Value.Check
  void check() {
    Ids.requireId(urn(), "school URN");
  }

  /** Builds a {@link School}. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }
}
