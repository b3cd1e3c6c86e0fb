package org.vcanalytics.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.GridPoint;

/**
 * The areas of one level (NPU, neighbourhood, postcode district, LSOA or any other) as polygons on the
 * British National Grid, with a point-in-area index.
 *
 * <pre>{@code
 * SortedMap<String, AreaLayer> layers = AreaLayer.byLevel(data.areas());
 * String lsoa = layers.get("lsoa").locate(GridPoint.of(407600, 286700));   // an id or UNASSIGNED
 * }</pre>
 *
 * <p><b>Boundary rule.</b> A point belongs to the area with the smallest id (in {@link
 * String#compareTo} order) among the areas whose closure — inside or on the boundary — contains it.
 * So a point on the edge shared by {@code E01000001} and {@code E01000002} belongs to {@code
 * E01000001}, a point where four areas meet to the smallest of the four, and a point where two
 * (hand-drawn) areas overlap to the smaller id. A point in no area is {@link #UNASSIGNED}.
 *
 * <p><b>Gap rule.</b> {@link #locate(GridPoint, double)} with a tolerance t &gt; 0 also places a point
 * that is in no area but within t metres of one (a sliver between simplified polygons, or just
 * outside the file's outer edge): it goes to the nearest area, and among areas equally near to the
 * smallest id, as the boundary rule. A point farther than t from every area is {@link #UNASSIGNED}.
 * A point inside an area is never moved by the tolerance.
 *
 * <p>Geometry: each {@link Area#geometryJson()} is read with the JTS GeoJSON reader (which keeps the
 * geometry only; the area's level, id, name and population stay on the {@link Area}); areas in WGS84
 * are projected to the grid with {@link Coordinates#toGrid(Geometry)}. Polygons, multipolygons and
 * collections of polygons are accepted. <b>Invalid polygons are repaired, not refused</b>: a geometry
 * that is not valid on the grid by JTS's {@link IsValidOp} (a self-intersecting ring — a "bow-tie" —,
 * a hole outside its shell, overlapping parts) is replaced by {@link GeometryFixer#fix(Geometry)}'s
 * valid polygon or multipolygon, which keeps the area the rings enclose, and a warning naming the
 * level, the area id and the error is logged and listed in {@link #repairs()}.
 *
 * <p>Cost: building is O(V log V) for V vertices; {@link #locate(GridPoint)} looks up the point's
 * cell in a uniform grid of the polygons' envelopes (each part of a multipolygon separately;
 * {@code EnvelopeGrid}, read without a lock, where JTS's STRtree locks on every query) and, for the
 * few candidates, an {@link IndexedPointInAreaLocator} test, O(log V) — under a microsecond. The gap rule adds, for a
 * point in no area only, the exact distance to each area whose envelope is within the tolerance,
 * O(v) for its v vertices. Building also checks each polygon's validity, O(V log V). Instances are immutable and
 * safe to share between threads.
 */
public final class AreaLayer {

  /** The area id of a point or crime that falls in no area of a level, or has no location. */
  public static final String UNASSIGNED = "UNASSIGNED";

  private static final GeometryFactory FACTORY = new GeometryFactory();
  private static final Logger LOG = LoggerFactory.getLogger(AreaLayer.class);

  private final String level;
  private final List<Area> areas;
  private final Map<String, Integer> indexById;
  private final Geometry[] geometries;
  private final IndexedPointInAreaLocator[] locators;
  private final EnvelopeGrid boxes;
  private final List<String> repairs;

  private AreaLayer(String level, List<Area> sorted) {
    this.level = level;
    this.areas = Collections.unmodifiableList(sorted);
    this.geometries = new Geometry[sorted.size()];
    this.locators = new IndexedPointInAreaLocator[sorted.size()];
    this.indexById = new HashMap<>();
    GeoJsonReader reader = new GeoJsonReader(FACTORY);
    List<String> repaired = new ArrayList<>();
    List<Envelope> parts = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Area a = sorted.get(i);
      if (indexById.put(a.id(), i) != null) {
        throw new IllegalArgumentException("level " + level + ": area id " + a.id() + " repeats");
      }
      Geometry g = valid(toGrid(read(reader, a), a), a, repaired);
      geometries[i] = g;
      locators[i] = new IndexedPointInAreaLocator(g);
      for (int p = 0; p < g.getNumGeometries(); p++) {
        parts.add(g.getGeometryN(p).getEnvelopeInternal());
        owner.add(i);
      }
    }
    this.boxes = new EnvelopeGrid(parts, owner);
    this.repairs = List.copyOf(repaired);
  }

  /**
   * The layer of one level.
   *
   * @param level the level's name, as in {@link Area#level()}
   * @param areas the areas; every one must have this level
   * @return the layer
   * @throws IllegalArgumentException when an area has another level, an id repeats, or a geometry is
   *     not a polygon, multipolygon or collection of polygons
   */
  public static AreaLayer of(String level, Collection<Area> areas) {
    Objects.requireNonNull(level, "level");
    List<Area> sorted = new ArrayList<>(areas);
    for (Area a : sorted) {
      if (!a.level().equals(level)) {
        throw new IllegalArgumentException(
            "area " + a.id() + " is of level " + a.level() + ", not " + level);
      }
    }
    sorted.sort(Comparator.comparing(Area::id));
    return new AreaLayer(level, sorted);
  }

  /**
   * One layer per level.
   *
   * @param areas areas of any levels (for example {@code VcDataset.areas()})
   * @return level to layer, in level order
   */
  public static SortedMap<String, AreaLayer> byLevel(Collection<Area> areas) {
    SortedMap<String, List<Area>> grouped = new TreeMap<>();
    for (Area a : areas) {
      grouped.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a);
    }
    SortedMap<String, AreaLayer> out = new TreeMap<>();
    grouped.forEach((level, list) -> out.put(level, of(level, list)));
    return Collections.unmodifiableSortedMap(out);
  }

  /** @return the level */
  public String level() {
    return level;
  }

  /** @return the areas, in id order */
  public List<Area> areas() {
    return areas;
  }

  /** @return the number of areas */
  public int size() {
    return areas.size();
  }

  /**
   * @param id an area id
   * @return the area, if it is in this layer
   */
  public Optional<Area> area(String id) {
    Integer i = indexById.get(id);
    return i == null ? Optional.empty() : Optional.of(areas.get(i));
  }

  /**
   * The area's polygon on the British National Grid.
   *
   * @param id an area id
   * @return a copy of the polygon or multipolygon, in grid metres, if the area is in this layer
   */
  public Optional<Geometry> geometry(String id) {
    Integer i = indexById.get(id);
    return i == null ? Optional.empty() : Optional.of(geometries[i].copy());
  }

  /**
   * The warnings of the invalid polygons repaired when the layer was built, one per area, in id
   * order: {@code "area lsoa/E01000001: the polygon is not valid (Ring Self-intersection at
   * 408012.3 291345.6); repaired with JTS GeometryFixer, area 2,345.6 m² -> 2,345.6 m²"}.
   *
   * @return the warnings; empty when every polygon was valid
   */
  public List<String> repairs() {
    return repairs;
  }

  /**
   * The area a point lies in, by the boundary rule of the class.
   *
   * @param p a point on the grid
   * @return the area id, or {@link #UNASSIGNED} when no area contains the point
   */
  public String locate(GridPoint p) {
    int i = indexOf(p.easting(), p.northing());
    return i < 0 ? UNASSIGNED : areas.get(i).id();
  }

  /**
   * The area a point lies in by the boundary rule, else, by the gap rule of the class, the nearest
   * area within a tolerance (ties to the smallest id).
   *
   * @param p a point on the grid
   * @param toleranceMetres the largest distance, in grid metres, from a point in no area to the
   *     area it is given; 0 for {@link #locate(GridPoint)}
   * @return the area id, or {@link #UNASSIGNED} when no area contains the point or is within the
   *     tolerance
   * @throws IllegalArgumentException when the tolerance is negative or not finite
   */
  public String locate(GridPoint p, double toleranceMetres) {
    if (!(toleranceMetres >= 0 && Double.isFinite(toleranceMetres))) {
      throw new IllegalArgumentException(
          "the tolerance must be zero or more metres, was " + toleranceMetres);
    }
    int i = indexOf(p.easting(), p.northing());
    if (i < 0 && toleranceMetres > 0) {
      i = nearestWithin(p.easting(), p.northing(), toleranceMetres);
    }
    return i < 0 ? UNASSIGNED : areas.get(i).id();
  }

  /** The index (id order) of the area containing a point, or -1. */
  private int indexOf(double easting, double northing) {
    int[] c = boxes.at(easting, northing); // in id order, each once
    if (c.length == 0) {
      return -1;
    }
    Coordinate pt = new Coordinate(easting, northing);
    for (int k : c) {
      if (locators[k].locate(pt) != Location.EXTERIOR) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The index of the nearest area within the tolerance of a point in no area, the smallest index
   * (id) among equally near ones, or -1. Candidates are the areas whose envelope is within the
   * tolerance; each one's distance is the exact distance from the point to its polygon.
   */
  private int nearestWithin(double easting, double northing, double tolerance) {
    int[] c =
        boxes.near(
            new Envelope(
                easting - tolerance, easting + tolerance, northing - tolerance, northing + tolerance));
    Geometry pt = FACTORY.createPoint(new Coordinate(easting, northing));
    int best = -1;
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int k : c) {
      double d = IndexedFacetDistance.distance(geometries[k], pt);
      if (d <= tolerance && d < bestDistance) { // strict: an equal distance keeps the smaller id
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The geometry, or its repair by {@link GeometryFixer} when it is not valid (with a warning). */
  private static Geometry valid(Geometry g, Area a, List<String> repairs) {
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error == null) {
      return g;
    }
    Geometry fixed = GeometryFixer.fix(g);
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(fixed);
    Geometry out =
        polygons.size() == 1
            ? polygons.get(0)
            : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
    Coordinate at = error.getCoordinate();
    String warning =
        String.format(
            Locale.ROOT,
            "area %s/%s: the polygon is not valid (%s at %.1f %.1f); repaired with JTS"
                + " GeometryFixer, area %,.1f m² -> %,.1f m²%s",
            a.level(), a.id(), error.getMessage(), at == null ? Double.NaN : at.x,
            at == null ? Double.NaN : at.y, g.getArea(), out.getArea(),
            out.isEmpty() ? " (nothing is left: no point lies in it)" : "");
    LOG.warn(warning);
    repairs.add(warning);
    return out;
  }

  private static Geometry read(GeoJsonReader reader, Area a) {
    Geometry g;
    try {
      g = reader.read(a.geometryJson());
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "area " + a.level() + "/" + a.id() + ": the geometry is not GeoJSON: " + e.getMessage(), e);
    }
    if (g instanceof Polygonal) {
      return g;
    }
    @SuppressWarnings("unchecked")
    List<Polygon> polygons = PolygonExtracter.getPolygons(g);
    if (polygons.isEmpty() || polygons.size() != g.getNumGeometries()) {
      throw new IllegalArgumentException(
          "area " + a.level() + "/" + a.id() + ": the geometry is a " + g.getGeometryType()
              + ", not a Polygon or MultiPolygon");
    }
    return polygons.size() == 1
        ? polygons.get(0)
        : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
  }

  private static Geometry toGrid(Geometry g, Area a) {
    return a.crs() == Area.Crs.BRITISH_NATIONAL_GRID ? g : Coordinates.toGrid(g);
  }
}
