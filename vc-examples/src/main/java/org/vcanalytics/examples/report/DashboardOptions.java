package org.vcanalytics.examples.report;

/**
 * How much of a force the dashboard holds, so the file stays usable at a large force's size (the
 * figures of every area and period are always all there; docs/report.md, "Limits").
 *
 * @param people the most people in a category held (HIGH_HARM first, then by harm with recency);
 *     default {@value #PEOPLE}
 * @param events the most violent crimes listed on the events screen (the most recent); default
 *     {@value #EVENTS}. The counts are always complete: they come from the figures.
 * @param egoCap the most people drawn in a person's ego network; default {@value #EGO_CAP}
 */
public record DashboardOptions(int people, int events, int egoCap) {
  /** The default number of people held. */
  public static final int PEOPLE = 20_000;
  /** The default number of violent crimes listed. */
  public static final int EVENTS = 50_000;
  /** The default size of an ego network picture. */
  public static final int EGO_CAP = 300;

  /** Checks the numbers. */
  public DashboardOptions {
    if (people < 0 || events < 0 || egoCap < 1) {
      throw new IllegalArgumentException(
          "people and events must be 0 or more and egoCap 1 or more, were " + people + ", " + events + ", " + egoCap);
    }
  }

  /** @return the defaults */
  public static DashboardOptions defaults() {
    return new DashboardOptions(PEOPLE, EVENTS, EGO_CAP);
  }
}
