package org.vcanalytics.geo.hotspot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.Period;
import org.vcanalytics.geo.geojson.Feature;
import org.vcanalytics.geo.geojson.FeatureCollection;
import org.vcanalytics.geo.geojson.Member;

/**
 * The areas of one level with their figures for one period as a GeoJSON {@link FeatureCollection}
 * (the format is described at {@link HotspotResult#toGeoJson}). One feature per area of the level's
 * polygon layer, in id order, including areas without violent crime (their counts are 0 and their
 * rank the place after the last area with some). O(F + A + V) for F figures, A areas and V vertices.
 */
final class HotspotGeoJson {

  private HotspotGeoJson() {}

  /**
   * @param layer the level's polygons
   * @param period the period
   * @param asOf the analysis's as-of date
   * @param figures figures of any levels and periods: those of the layer's level and the period count
   * @param schools the schools, for {@code schools_nearby}
   * @param travel offender travel, for {@code offenders_with_home} and the share living outside
   * @return the GeoJSON text
   */
  static String write(
      AreaLayer layer,
      Period period,
      LocalDate asOf,
      List<AreaFigures> figures,
      Schools schools,
      Travel travel) {
    String level = layer.level();
    Map<String, AreaFigures> all = new HashMap<>();
    Map<String, Map<String, Long>> typCounts = new HashMap<>();
    for (Typology t : Typology.values()) {
      typCounts.put(t.name(), new HashMap<>());
    }
    int withCrime = 0;
    long unassigned = 0;
    for (AreaFigures f : figures) {
      if (!f.level().equals(level) || !f.period().equals(period)) {
        continue;
      }
      if (!f.typology().equals(Typologies.ALL)) {
        typCounts.get(f.typology()).put(f.areaId(), f.vcEvents());
      } else if (f.areaId().equals(AreaLayer.UNASSIGNED)) {
        all.put(f.areaId(), f);
        unassigned = f.vcEvents();
      } else {
        all.put(f.areaId(), f);
        withCrime++;
      }
    }
    Map<String, Long> schoolsNear = new HashMap<>();
    for (SchoolNearArea s : schools.nearAreas()) {
      if (s.level().equals(level)) {
        schoolsNear.merge(s.areaId(), 1L, Long::sum);
      }
    }
    Map<String, OffenderOrigins> origins = new HashMap<>();
    for (OffenderOrigins o : travel.origins()) {
      if (o.level().equals(level)) {
        origins.put(o.areaId(), o);
      }
    }
    List<Feature> features = new ArrayList<>();
    for (Area a : layer.areas()) {
      AreaFigures f = all.get(a.id());
      OptionalDouble rate =
          f != null
              ? f.ratePer1000()
              : a.population().isPresent() && a.population().getAsLong() > 0
                  ? OptionalDouble.of(0)
                  : OptionalDouble.empty();
      OffenderOrigins o = origins.get(a.id());
      List<Member> p = new ArrayList<>();
      p.add(Member.text("level", level));
      p.add(Member.text("id", a.id()));
      p.add(Member.text("name", a.name()));
      p.add(Member.number("population", a.population()));
      p.add(Member.text("period", period.label()));
      p.add(Member.number("vc_events", f == null ? 0 : f.vcEvents()));
      p.add(Member.decimal("harm", f == null ? 0 : f.harm(), 4));
      p.add(Member.number("offenders", f == null ? 0 : f.offenders()));
      p.add(Member.number("victims", f == null ? 0 : f.victims()));
      p.add(Member.decimal("rate_per_1000", rate, 6));
      p.add(Member.decimal("share_of_force", f == null ? 0 : f.shareOfForce(), 6));
      p.add(Member.number("rank", f == null ? withCrime + 1 : f.rank().orElse(0)));
      for (Typology t : Typology.values()) {
        p.add(
            Member.number(
                t.name().toLowerCase(Locale.ROOT) + "_vc_events",
                typCounts.get(t.name()).getOrDefault(a.id(), 0L)));
      }
      p.add(Member.number("schools_nearby", schoolsNear.getOrDefault(a.id(), 0L)));
      p.add(Member.number("offenders_with_home", o == null ? 0 : o.offenders()));
      p.add(
          Member.decimal(
              "share_offenders_living_outside",
              o == null ? OptionalDouble.empty() : o.shareLivingOutside(),
              6));
      features.add(Feature.onGrid(p, layer.geometry(a.id()).orElseThrow()));
    }
    List<Member> members =
        List.of(
            Member.text("level", level),
            Member.text("period", period.label()),
            Member.text("as_of", asOf.toString()),
            Member.number("unassigned_vc_events", unassigned));
    return new FeatureCollection(members, features).toJson();
  }
}
