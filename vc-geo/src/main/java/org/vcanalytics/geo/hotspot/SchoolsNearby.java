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
 * name it. Schools are indexed in a JTS STRtree for the areas: O(S log S) to build for S schools, then
 * O(log S + s) per area with s schools near it; and in a {@link SchoolGrid} for the crimes, about O(1)
 * per crime (the crimes in parallel, each on its own); O(R log R) for R custody records.
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
    // Each crime on its own, in parallel, kept in crime order.
    SchoolGrid grid = all.isEmpty() ? null : SchoolGrid.of(all);
    List<NearestSchool> nearest =
        all.isEmpty()
            ? List.of()
            : crimes.crimes().parallelStream()
                .filter(c -> c.location().isPresent())
                .map(
                    c -> {
                      GridPoint p = c.location().get();
                      School best = grid.nearest(p);
                      return new NearestSchool(c.id(), best.urn(), best.location().distanceTo(p));
                    })
                .toList();
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

  private static Point point(GridPoint p) {
    return FACTORY.createPoint(new Coordinate(p.easting(), p.northing()));
  }
}
