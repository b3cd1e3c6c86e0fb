package org.vcanalytics.geo.hotspot;

import java.util.List;
import java.util.Optional;

/**
 * Offender travel: how far offenders and suspects of violent crime live from their crimes, and from
 * which areas to which.
 *
 * @param journeys one per violent crime and offender or suspect with a recorded home, in crime then
 *     person order
 * @param journeysWithoutHome offender–crime pairs left out because the person has no recorded home
 * @param distances the spread of the journeys' distances; empty when no journey has one
 * @param flows home area → crime area counts per level, in level, home area, crime area order
 * @param origins per level and crime area, the share of its offenders living outside it, in level and
 *     area order ({@code UNASSIGNED} crime areas left out)
 */
public record Travel(
    List<Journey> journeys,
    long journeysWithoutHome,
    Optional<DistanceSummary> distances,
    List<Flow> flows,
    List<OffenderOrigins> origins) {

  /** Copies the lists (the journeys of offender travel are an immutable list of its own already). */
  public Travel {
    journeys = journeys instanceof JourneyList ? journeys : List.copyOf(journeys);
    flows = List.copyOf(flows);
    origins = List.copyOf(origins);
  }
}
