package org.vcanalytics.examples.pipeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of a force the dashboard ({@code report.html}) holds, so that the file stays usable at a
 * large force's size. The figures of every area, period and typology are always all there; these
 * cap the person-level content (docs/report.md, "Limits at force scale"). In JSON: {@code
 * {"report": {"people": 5000}}}.
 *
 * @param people the most people in a category held, HIGH_HARM first, then by harm with recency
 *     (highest first), then id; default {@value #PEOPLE}
 * @param events the most violent crimes listed on the events screen, the most recent first; default
 *     {@value #EVENTS} (the counts are always complete: they come from the figures)
 * @param egoCap the most people drawn in one ego network; default {@value #EGO_CAP}
 */
public record ReportOptions(int people, int events, int egoCap) {
  /** The default number of people held. */
  public static final int PEOPLE = 10_000;
  /** The default number of violent crimes listed. */
  public static final int EVENTS = 20_000;
  /** The default size of an ego network picture. */
  public static final int EGO_CAP = 300;

  /** Checks the numbers. */
  public ReportOptions {
    if (people < 0) {
      throw new IllegalArgumentException("people must be 0 or more, was " + people);
    }
    if (events < 0) {
      throw new IllegalArgumentException("events must be 0 or more, was " + events);
    }
    if (egoCap < 1) {
      throw new IllegalArgumentException("egoCap must be 1 or more, was " + egoCap);
    }
  }

  /** @return the defaults */
  public static ReportOptions defaults() {
    return new ReportOptions(PEOPLE, EVENTS, EGO_CAP);
  }

  /**
   * Reads the options from JSON fields, each left out taking its default.
   *
   * @param people default {@value #PEOPLE}
   * @param events default {@value #EVENTS}
   * @param egoCap default {@value #EGO_CAP}
   * @return the options
   */
  @JsonCreator
  public static ReportOptions fromJson(
      @JsonProperty("people") Integer people,
      @JsonProperty("events") Integer events,
      @JsonProperty("egoCap") Integer egoCap) {
    return new ReportOptions(
        people == null ? PEOPLE : people, events == null ? EVENTS : events, egoCap == null ? EGO_CAP : egoCap);
  }

  /** @return the JSON fields: {@code people}, {@code events}, {@code egoCap} */
  @JsonValue
  public Map<String, Object> json() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("people", people);
    m.put("events", events);
    m.put("egoCap", egoCap);
    return m;
  }
}
