package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.School;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.geo.AreaLayer;

/**
 * Schools and violent crime ({@link Schools}): the schools within the school distance of each area
 * with a polygon, the nearest school to each violent crime with a location (the smallest URN among
 * equally near ones), and per school the cohort's people whose custody records up to the as-of date
 * name it. Schools are indexed in a JTS STRtree: O(S log S) to build for S schools, then O(log S + s)
 * per area with s schools near it and O(log S) per crime; O(R log R) for R custody records.
 */
final class SchoolsNearby {

  private static final GeometryFactory FACTORY = new GeometryFactory();

  private SchoolsNearby() {}

  static Schools of(
      VcDataset data,
      ViolentCrimes crimes,
      AreaAssignment areas,
      Set<String> cohort,
      double distanceMetres,
      LocalDate asOf) {
    List<School> all = data.schools();
    STRtree tree = new STRtree();
    for (School s : all) {
      GridPoint p = s.location();
      tree.insert(new Envelope(p.easting(), p.easting(), p.northing(), p.northing()), s);
    }
    tree.build();
    List<SchoolNearArea> near = all.isEmpty() ? List.of() : nearAreas(tree, areas, distanceMetres);
    List<NearestSchool> nearest = new ArrayList<>();
    if (!all.isEmpty()) {
      for (Crime c : crimes.crimes()) {
        if (c.location().isEmpty()) {
          continue;
        }
        GridPoint p = c.location().get();
        School best = nearestSchool(tree, p);
        nearest.add(new NearestSchool(c.id(), best.urn(), best.location().distanceTo(p)));
      }
    }
    SortedMap<String, TreeSet<String>> attended = new TreeMap<>();
    for (CustodyRecord k : data.custodyRecords()) {
      if (k.schoolUrn().isPresent() && !k.bookedOn().isAfter(asOf) && cohort.contains(k.personId())) {
        attended.computeIfAbsent(k.schoolUrn().get(), u -> new TreeSet<>()).add(k.personId());
      }
    }
    List<SchoolCohort> cohorts = new ArrayList<>();
    attended.forEach(
        (urn, people) ->
            cohorts.add(
                new SchoolCohort(urn, data.school(urn).map(School::name), new ArrayList<>(people))));
    return new Schools(distanceMetres, near, nearest, cohorts);
  }

  /** Per level with polygons and area, the schools within the distance, nearest first, then URN. */
  private static List<SchoolNearArea> nearAreas(STRtree tree, AreaAssignment areas, double d) {
    List<SchoolNearArea> near = new ArrayList<>();
    for (String level : areas.levels()) {
      AreaLayer layer = areas.layer(level).orElse(null);
      if (layer == null) {
        continue;
      }
      for (Area area : layer.areas()) {
        Geometry g = layer.geometry(area.id()).orElseThrow();
        Envelope env = new Envelope(g.getEnvelopeInternal());
        env.expandBy(d);
        List<SchoolNearArea> here = new ArrayList<>();
        for (Object o : tree.query(env)) {
          School s = (School) o;
          double dist = g.distance(point(s.location()));
          if (dist <= d) {
            here.add(new SchoolNearArea(level, area.id(), s.urn(), s.name(), dist));
          }
        }
        here.sort(
            Comparator.comparingDouble(SchoolNearArea::distanceMetres)
                .thenComparing(SchoolNearArea::urn));
        near.addAll(here);
      }
    }
    return near;
  }

  private static School nearestSchool(STRtree tree, GridPoint p) {
    Envelope at = new Envelope(p.easting(), p.easting(), p.northing(), p.northing());
    School any =
        (School)
            tree.nearestNeighbour(
                at,
                null,
                (a, b) -> {
                  School s = (School) (a.getItem() instanceof School ? a.getItem() : b.getItem());
                  return s.location().distanceTo(p);
                });
    double best = any.location().distanceTo(p);
    // Among equally near schools, the smallest URN: look again within that distance.
    Envelope within = new Envelope(at);
    within.expandBy(best + 1e-6);
    School chosen = any;
    for (Object o : tree.query(within)) {
      School s = (School) o;
      double dist = s.location().distanceTo(p);
      if (dist < best || (dist == best && s.urn().compareTo(chosen.urn()) < 0)) {
        best = dist;
        chosen = s;
      }
    }
    return chosen;
  }

  private static Point point(GridPoint p) {
    return FACTORY.createPoint(new Coordinate(p.easting(), p.northing()));
  }
}
