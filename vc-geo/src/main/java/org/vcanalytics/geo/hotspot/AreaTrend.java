package org.vcanalytics.geo.hotspot;

import java.util.List;
import org.vcanalytics.geo.AreaLayer;

/**
 * An area's ten-year view: its count in each period of the view, oldest first, with zeros for
 * periods without violent crime.
 *
 * @param level the level
 * @param areaId the area id, or {@link AreaLayer#UNASSIGNED}
 * @param areaName the area's name
 * @param typology {@code ALL} or a typology name
 * @param points one per period, oldest first
 */
public record AreaTrend(
    String level, String areaId, String areaName, String typology, List<TrendPoint> points) {

  /** Copies the list. */
  public AreaTrend {
    points = List.copyOf(points);
  }
}
