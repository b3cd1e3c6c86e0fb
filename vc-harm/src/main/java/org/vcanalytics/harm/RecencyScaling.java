package org.vcanalytics.harm;

import java.util.ArrayList;
import java.util.List;

/**
 * How much an event counts as it ages: a factor in (0, 1] for an age in days within the window,
 * never rising with age. Three kinds: {@link Exponential} (the default, half-life 365 days),
 * {@link Linear} and {@link Banded}.
 */
public sealed interface RecencyScaling
    permits RecencyScaling.Exponential, RecencyScaling.Linear, RecencyScaling.Banded {

  /** @return the kind, e.g. {@code exponential} */
  String name();

  /** @return the parameters in words, e.g. {@code half-life 365 days} */
  String parameters();

  /**
   * @param ageDays days from the event to the as-of date, 0 or more
   * @return the factor
   */
  double factor(long ageDays);

  /**
   * How the factor of an age is worked out, for an explanation: {@code 0.5^(305/365)}.
   *
   * @param ageDays the age
   * @return the formula with the age filled in
   */
  String formula(long ageDays);

  /** @return the default: exponential with a half-life of 365 days */
  static RecencyScaling defaults() {
    return new Exponential(365);
  }

  /**
   * Exponential decay: {@code 0.5^(age / halfLifeDays)}. An event one half-life old counts half.
   *
   * @param halfLifeDays the half-life in days, more than 0
   */
  record Exponential(double halfLifeDays) implements RecencyScaling {
    /** Checks the half-life. */
    public Exponential {
      if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
        throw new IllegalArgumentException("halfLifeDays must be a finite number of days more than 0, was " + halfLifeDays);
      }
    }

    @Override
    public String name() {
      return "exponential";
    }

    @Override
    public String parameters() {
      return "half-life " + Numbers.plain(halfLifeDays) + " days";
    }

    @Override
    public double factor(long ageDays) {
      return Math.pow(0.5, ageDays / halfLifeDays);
    }

    @Override
    public String formula(long ageDays) {
      return "0.5^(" + ageDays + "/" + Numbers.plain(halfLifeDays) + ")";
    }
  }

  /**
   * Linear decay to zero just past the window: {@code (window + 1 − age) / (window + 1)}, so an event
   * of today counts 1 and one exactly {@code windowDays} old still counts {@code 1/(window + 1)};
   * older events count 0.
   *
   * @param windowDays the window in days, 0 or more (default 730, the harm window)
   */
  record Linear(long windowDays) implements RecencyScaling {
    /** Checks the window. */
    public Linear {
      if (windowDays < 0) {
        throw new IllegalArgumentException("the linear window (windowDays) must be 0 days or more, was " + windowDays);
      }
    }

    @Override
    public String name() {
      return "linear";
    }

    @Override
    public String parameters() {
      return "to zero over " + windowDays + " days";
    }

    @Override
    public double factor(long ageDays) {
      return Math.max(0, (double) (windowDays + 1 - ageDays) / (windowDays + 1));
    }

    @Override
    public String formula(long ageDays) {
      return "(" + (windowDays + 1) + " - " + ageDays + ")/" + (windowDays + 1);
    }
  }

  /**
   * Step bands: the factor of the first band whose upper age bound is at or above the age. Factors
   * must not rise from one band to the next; ages beyond the last band count 0.
   *
   * @param bands the bands, in increasing order of age
   */
  record Banded(List<Band> bands) implements RecencyScaling {

    /**
     * A band: ages up to {@code maxAgeDays} (inclusive) count {@code factor}.
     *
     * @param maxAgeDays the oldest age in the band
     * @param factor the factor, in (0, 1]
     */
    public record Band(long maxAgeDays, double factor) {
      /** Checks the band. */
      public Band {
        if (maxAgeDays < 0 || !(factor > 0 && factor <= 1)) {
          throw new IllegalArgumentException(
              "a band needs maxAgeDays >= 0 and a factor in (0, 1], was " + maxAgeDays + ", " + factor);
        }
      }
    }

    /** Checks the bands rise in age and fall (or stay) in factor. */
    public Banded {
      bands = List.copyOf(bands);
      if (bands.isEmpty()) {
        throw new IllegalArgumentException("banded scaling needs at least one band");
      }
      for (int i = 1; i < bands.size(); i++) {
        if (bands.get(i).maxAgeDays() <= bands.get(i - 1).maxAgeDays()
            || bands.get(i).factor() > bands.get(i - 1).factor()) {
          throw new IllegalArgumentException(
              "bands must be in increasing age with factors that never rise: " + bands);
        }
      }
    }

    /**
     * The default bands: up to 182 days 1.0, up to 365 days 0.75, up to 547 days 0.5, up to 730
     * days 0.25.
     *
     * @return the default banded scaling
     */
    public static Banded defaults() {
      return new Banded(
          List.of(new Band(182, 1.0), new Band(365, 0.75), new Band(547, 0.5), new Band(730, 0.25)));
    }

    @Override
    public String name() {
      return "banded";
    }

    @Override
    public String parameters() {
      List<String> parts = new ArrayList<>();
      for (Band b : bands) {
        parts.add("up to " + b.maxAgeDays() + " days " + Numbers.plain(b.factor()));
      }
      return String.join(", ", parts);
    }

    @Override
    public double factor(long ageDays) {
      for (Band b : bands) {
        if (ageDays <= b.maxAgeDays()) {
          return b.factor();
        }
      }
      return 0;
    }

    @Override
    public String formula(long ageDays) {
      for (Band b : bands) {
        if (ageDays <= b.maxAgeDays()) {
          return "band up to " + b.maxAgeDays() + " days";
        }
      }
      return "beyond the last band";
    }
  }
}
