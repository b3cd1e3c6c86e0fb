package org.vcanalytics.harm;

import static org.vcanalytics.harm.Numbers.fixed4;
import static org.vcanalytics.harm.Numbers.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.core.Role;

/** Renders a person's harm result as a paragraph an analyst can check with a calculator. */
final class Explanations {
  private Explanations() {}

  static String explain(
      String id,
      Category category,
      List<HarmEvent> events,
      double harm,
      double harmRecency,
      Optional<Rfg> rfg,
      List<String> otherCrimes,
      List<Connection> connections,
      boolean offenderOrSuspect,
      Cohort cohort,
      LocalDate asOf,
      HarmOptions o) {
    String[] dates = dates(asOf, o.windowDays());
    StringBuilder s = new StringBuilder(256);
    s.append(id).append(" is ").append(words(category)).append(" as of ").append(dates[0]).append(". ");
    // One method per category and per listed item: each small enough to compile quickly, since a
    // force has a million people and the just-in-time compiler sees each shape of text.
    switch (category) {
      case HIGH_HARM, INVOLVED -> involved(s, id, category, events, harm, harmRecency, rfg, cohort, dates[1], o);
      case CONNECTED -> connected(s, otherCrimes, connections, dates[1], o);
      case NONE -> none(s, offenderOrSuspect, otherCrimes, dates[1], o);
      default -> throw new IllegalStateException(category.name());
    }
    return s.toString().strip();
  }

  private static void involved(
      StringBuilder s, String id, Category category, List<HarmEvent> events, double harm, double harmRecency,
      Optional<Rfg> rfg, Cohort cohort, String window, HarmOptions o) {
    s.append("In ").append(window).append(" they were offender or suspect of ")
        .append(events.size()).append(events.size() == 1 ? " violent crime: " : " violent crimes: ");
    for (int i = 0; i < events.size(); i++) {
      if (i > 0) {
        s.append("; ");
      }
      event(s, events.get(i), o);
    }
    s.append(". ");
    s.append("Harm ").append(fixed4(harm)).append("; harm with recency ").append(fixed4(harmRecency))
        .append(". ");
    s.append("The cohort has ").append(cohort.size())
        .append(cohort.size() == 1 ? " person" : " people")
        .append(" with a violent crime in the window; the top ").append(plain(o.highHarmFraction()))
        .append(" is k = ceil(").append(plain(o.highHarmFraction())).append(" x ").append(cohort.size())
        .append(") = ").append(cohort.k()).append("; the threshold is the harm with recency of number ")
        .append(cohort.k()).append(", ").append(fixed4(cohort.threshold().getAsDouble())).append(". ")
        .append(id).append("'s ").append(fixed4(harmRecency))
        .append(category == Category.HIGH_HARM ? " is at or above it" : " is below it").append(". ");
    if (rfg.isPresent()) {
      Rfg r = rfg.get();
      s.append("Recency, frequency and gravity bands (1 to 5 across the cohort): ")
          .append(r.recency()).append(", ").append(r.frequency()).append(", ").append(r.gravity())
          .append(".");
    }
  }

  private static void event(StringBuilder s, HarmEvent e, HarmOptions o) {
    s.append(e.crimeId()).append(" (offence ").append(e.hoCode()).append(", ").append(e.committedOn())
        .append(", ").append(roles(e.roles())).append(", ").append(e.ageDays()).append(" days before): weight ")
        .append(fixed4(e.weight())).append(" (").append(e.weightSource()).append(") x recency ")
        .append(fixed4(e.factor())).append(" [").append(o.recency().formula(e.ageDays())).append("] = ")
        .append(fixed4(e.product()));
  }

  private static void connected(
      StringBuilder s, List<String> otherCrimes, List<Connection> connections, String window, HarmOptions o) {
    s.append("They had no violent crime as offender or suspect in ").append(window)
        .append(", but were offender or suspect of ").append(otherCrimes.size())
        .append(otherCrimes.size() == 1 ? " other crime" : " other crimes").append(" in it (")
        .append(String.join(", ", otherCrimes)).append("), and are directly linked to ");
    for (int i = 0; i < connections.size(); i++) {
      if (i > 0) {
        s.append("; and to ");
      }
      connection(s, connections.get(i), o);
    }
    s.append(".");
  }

  private static void connection(StringBuilder s, Connection c, HarmOptions o) {
    s.append(c.linkedPersonId()).append(" (link weight ").append(fixed4(c.link().weight())).append(", at least ")
        .append(plain(o.connectedLinkWeight())).append(", from ").append(evidence(c.link().evidence()))
        .append("), offender or suspect of violent crime ").append(c.theirCrimeId()).append(" on ")
        .append(c.theirCrimeOn()).append(", within the last ").append(o.recentDays()).append(" days");
  }

  private static void none(
      StringBuilder s, boolean offenderOrSuspect, List<String> otherCrimes, String window, HarmOptions o) {
    if (!offenderOrSuspect) {
      s.append("They were not offender or suspect of any crime in ").append(window)
          .append(". Someone recorded only as a victim or witness is never placed in a category.");
    } else {
      s.append("They had no violent crime as offender or suspect in ").append(window)
          .append("; they were offender or suspect of ").append(otherCrimes.size())
          .append(otherCrimes.size() == 1 ? " other crime" : " other crimes")
          .append(" but have no direct link of weight at least ").append(plain(o.connectedLinkWeight()))
          .append(" to an offender or suspect of a violent crime in the last ").append(o.recentDays())
          .append(" days.");
    }
  }

  /** The last as-of date and window asked, with their texts: the same for every person of a run. */
  private static volatile Object[] lastDates = {null, -1L, null};

  /** @return the as-of date's text and the window's ("the window 2023-01-02 to 2025-01-01 (730 days back, ...)") */
  private static String[] dates(LocalDate asOf, long windowDays) {
    Object[] last = lastDates;
    if (asOf.equals(last[0]) && windowDays == (long) last[1]) {
      return (String[]) last[2];
    }
    String[] texts = {
      asOf.toString(),
      "the window " + asOf.minusDays(windowDays) + " to " + asOf + " (" + windowDays
          + " days back, both days included)"
    };
    lastDates = new Object[] {asOf, windowDays, texts};
    return texts;
  }

  private static String words(Category c) {
    return switch (c) {
      case HIGH_HARM -> "HIGH HARM";
      case INVOLVED -> "INVOLVED in violent crime";
      case CONNECTED -> "CONNECTED to violent crime";
      case NONE -> "in no category";
    };
  }

  private static String roles(List<Role> roles) {
    List<String> r = new ArrayList<>();
    roles.forEach(x -> r.add(x.name().toLowerCase(Locale.ROOT)));
    return String.join(" and ", r);
  }

  private static String evidence(List<LinkEvidence> evidence) {
    List<String> parts = new ArrayList<>();
    for (LinkEvidence e : evidence) {
      parts.add(
          e.type() == LinkEvidence.Type.CRIME
              ? "crime " + e.id() + " on " + e.date()
              : "intelligence " + e.id() + " (" + e.grade().map(Object::toString).orElse("ungraded")
                  + ", recorded " + e.date() + ", weight " + fixed4(e.weight()) + ")");
    }
    return String.join(" and ", parts);
  }
}
