package org.vcanalytics.core;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.vcanalytics.core.internal.VcStyle;

/**
 * A person's membership of an organised crime group over a period: a row of {@code ocg.csv}. Both
 * ends are inclusive; no end means still a member.
 */
@Value.Immutable
@VcStyle
public abstract class OcgMembership {

  /** Starts a builder; {@code personId}, {@code ocgId} and {@code since} are required. @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the member */
  public abstract String personId();

  /** @return the group */
  public abstract String ocgId();

  /** @return the first day of membership (column {@code from}) */
  public abstract LocalDate since();

  /** @return the last day of membership (column {@code to}); empty while still a member */
  public abstract Optional<LocalDate> until();

  /** @return the member's role in the group, when recorded */
  public abstract Optional<String> role();

  /**
   * Whether the membership covers a day: {@code since <= day <= until}. A membership that ended the day
   * before does not.
   *
   * @param day the day
   * @return true when a member on that day
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(since()) && until().map(t -> !day.isAfter(t)).orElse(true);
  }

  @Value.Check
  void check() {
    Ids.requireId(personId(), "person id");
    Ids.requireId(ocgId(), "OCG id");
    if (until().isPresent() && until().get().isBefore(since())) {
      throw new IllegalArgumentException(
          "OCG membership of " + ocgId() + " ends on " + until().get() + ", before it starts on "
              + since());
    }
  }

  /** Builds an {@link OcgMembership}. */
  public static final class Builder extends ImmutableOcgMembership.Builder {
    Builder() {}
  }

  /**
   * Checks that no membership is recorded twice: the same person, OCG and start date.
   *
   * @param ordered memberships ordered by person, so that repeats are neighbours
   * @throws IllegalArgumentException naming the first repeat
   */
  static void requireOnce(java.util.List<OcgMembership> ordered) {
    for (int i = 1; i < ordered.size(); i++) {
      OcgMembership m = ordered.get(i);
      OcgMembership prev = ordered.get(i - 1);
      if (m.personId().equals(prev.personId())
          && m.ocgId().equals(prev.ocgId())
          && m.since().equals(prev.since())) {
        throw new IllegalArgumentException(
            "OCG membership of " + m.personId() + " in " + m.ocgId() + " from " + m.since()
                + " is recorded twice");
      }
    }
  }
}
