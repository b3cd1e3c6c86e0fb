package org.vcanalytics.core.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.vcanalytics.core.Area;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.load.DataContract.ColumnType;

/**
 * Reads {@code areas.geojson}: a GeoJSON FeatureCollection whose features carry properties {@code
 * level}, {@code id}, optional {@code name} and {@code population}, with Polygon or MultiPolygon
 * geometry. Each feature is a "row": accepted, or rejected with the line its object starts on; a
 * bad population is dropped and its feature kept. A control character in the level or the id
 * rejects the feature; the name has them removed.
 *
 * <p>Coordinate system: a {@code crs} member naming EPSG:27700 means British National Grid, one
 * naming EPSG:4326 or CRS84 means WGS84; with no {@code crs}, coordinates that are all plainly
 * degrees (|x| ≤ 180, |y| ≤ 90) mean WGS84, anything else British National Grid.
 */
final class AreasReader {

  /** The properties of a feature: the "columns" of the file. */
  enum Prop implements Column {
    LEVEL(REQUIRED, ColumnType.ID),
    ID(REQUIRED, ColumnType.ID),
    NAME(OPTIONAL, ColumnType.TEXT),
    POPULATION(OPTIONAL, ColumnType.NUMBER);

    private final boolean required;
    private final ColumnType type;

    Prop(boolean required, ColumnType type) {
      this.required = required;
      this.type = type;
    }

    @Override
    public boolean required() {
      return required;
    }

    @Override
    public ColumnType type() {
      return type;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The parsed features before the file's coordinate system is settled. */
  private record Feature(long line, JsonNode node) {}

  /** Where the features go. */
  interface Sink {
    /** An accepted area. */
    void accept(Area area);

    /** A rejected feature or a dropped value, in file order. */
    void report(Rejection r);
  }

  private AreasReader() {}

  /** @return the number of features read */
  static long read(Path path, Sink sink) {
    String file = path.getFileName().toString();
    List<Feature> features = new ArrayList<>();
    String crsName = null;
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = JSON.getFactory().createParser(in)) {
      JsonToken first;
      try {
        first = p.nextToken();
      } catch (JsonProcessingException e) {
        // Not JSON at all (a binary, a password file): say so without echoing any of it.
        throw new BrokenFileException(
            file, 1, "is not JSON: a GeoJSON file starts with '{' (its content is not shown)", null);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new BrokenFileException(
            file, line(p), "is not a GeoJSON object: a GeoJSON file starts with '{'", null);
      }
      String type = null;
      boolean sawFeatures = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("features")) {
          if (value != JsonToken.START_ARRAY) {
            throw new BrokenFileException(file, line(p), "'features' is not an array", null);
          }
          sawFeatures = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = line(p);
            features.add(new Feature(line, p.readValueAsTree()));
          }
        } else if (field.equals("type")) {
          type = p.getValueAsString();
        } else if (field.equals("crs")) {
          JsonNode crs = p.readValueAsTree();
          crsName = crs.path("properties").path("name").asText("");
        } else {
          p.skipChildren();
        }
      }
      if (!"FeatureCollection".equals(type) || !sawFeatures) {
        throw new BrokenFileException(
            file, 1, "is not a GeoJSON FeatureCollection with a 'features' array", null);
      }
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BrokenFileException(
          file, line, "is not valid JSON: " + SafeText.echo(e.getOriginalMessage()), null);
    } catch (IOException e) {
      throw new BrokenFileException(file, 0, "cannot be read: " + e.getMessage(), e);
    }

    Area.Crs crs = crs(file, crsName, features);
    Map<List<String>, Long> seen = new HashMap<>();
    for (Feature f : features) {
      List<Row.Rejected> dropped = new ArrayList<>(0);
      try {
        Area a = area(f.node(), crs, dropped);
        Long first = seen.putIfAbsent(List.of(a.level(), a.id()), f.line());
        if (first != null) {
          throw new Row.Rejected(
              Prop.ID.label(),
              a.id(),
              "duplicate id in level " + SafeText.echo(a.level()) + ": the feature on line " + first
                  + " has it and is kept");
        }
        for (Row.Rejected d : dropped) {
          sink.report(
              Rejection.valueDropped(file, f.line(), d.column, SafeText.shown(d.value), d.getMessage()));
        }
        sink.accept(a);
      } catch (Row.Rejected r) {
        sink.report(new Rejection(file, f.line(), r.column, SafeText.shown(r.value), r.getMessage()));
      }
    }
    return features.size();
  }

  private static long line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static Area.Crs crs(String file, String crsName, List<Feature> features) {
    if (crsName != null) {
      String n = crsName.toUpperCase(Locale.ROOT);
      if (n.contains("27700")) {
        return Area.Crs.BRITISH_NATIONAL_GRID;
      }
      if (n.contains("4326") || n.contains("CRS84")) {
        return Area.Crs.WGS84;
      }
      throw new BrokenFileException(
          file,
          0,
          "names coordinate system '" + SafeText.echo(crsName) + "'; expected EPSG:27700 or WGS84",
          null);
    }
    boolean any = false;
    for (Feature f : features) {
      for (double[] xy : positions(f.node().path("geometry").path("coordinates"))) {
        any = true;
        if (Math.abs(xy[0]) > 180 || Math.abs(xy[1]) > 90) {
          return Area.Crs.BRITISH_NATIONAL_GRID;
        }
      }
    }
    return any ? Area.Crs.WGS84 : Area.Crs.BRITISH_NATIONAL_GRID;
  }

  /**
   * @param dropped where bad optional values go (a bad population), reported if the feature is kept
   */
  private static Area area(JsonNode feature, Area.Crs crs, List<Row.Rejected> dropped)
      throws Row.Rejected {
    if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
      throw new Row.Rejected(Rejection.WHOLE_ROW, shortText(feature), "not a GeoJSON Feature");
    }
    JsonNode props = feature.path("properties");
    // The level names output layers and files downstream, the id is a key: neither may hold a
    // control character. The name is free text: control characters are removed.
    String level = plain(props, Prop.LEVEL).toLowerCase(Locale.ROOT);
    String id = plain(props, Prop.ID);
    String name = SafeText.stripControls(text(props, Prop.NAME)).strip();
    OptionalLong population = OptionalLong.empty();
    String pop = text(props, Prop.POPULATION);
    if (!pop.isEmpty()) {
      if (pop.matches("\\d{1,12}(\\.0+)?")) {
        population = OptionalLong.of((long) Double.parseDouble(pop));
      } else {
        dropped.add(new Row.Rejected(Prop.POPULATION.label(), pop, "not a whole number of people"));
      }
    }
    JsonNode geometry = feature.path("geometry");
    String type = geometry.path("type").asText("");
    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
      throw new Row.Rejected(
          "geometry", type, "not a Polygon or MultiPolygon; areas must be polygons");
    }
    checkCoordinates(geometry.path("coordinates"), type.equals("Polygon") ? 3 : 4, crs);
    return new Area(level, id, name.isEmpty() ? id : name, population, crs, geometry.toString());
  }

  /** Checks the nesting depth, ring sizes and that every position lies in Great Britain. */
  private static void checkCoordinates(JsonNode coords, int depth, Area.Crs crs)
      throws Row.Rejected {
    if (!coords.isArray() || coords.isEmpty()) {
      throw new Row.Rejected("geometry", shortText(coords), "coordinates are missing or empty");
    }
    if (depth == 2) { // a ring: an array of positions
      if (coords.size() < 4) {
        throw new Row.Rejected("geometry", shortText(coords), "a ring needs at least 4 positions");
      }
    }
    for (JsonNode c : coords) {
      if (depth == 2) {
        if (!c.isArray() || c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
          throw new Row.Rejected("geometry", shortText(c), "a position is not a pair of numbers");
        }
        double x = c.get(0).asDouble();
        double y = c.get(1).asDouble();
        boolean inside =
            crs == Area.Crs.WGS84
                ? x >= -9 && x <= 3 && y >= 49 && y <= 61
                : GridPoint.inGreatBritain(x, y);
        if (!inside) {
          throw new Row.Rejected(
              "geometry", shortText(c), "outside Great Britain (" + (crs == Area.Crs.WGS84
                  ? "longitude -9 to 3, latitude 49 to 61"
                  : "easting 0 to 700000, northing 0 to 1300000") + ")");
        }
      } else {
        checkCoordinates(c, depth - 1, crs);
      }
    }
  }

  private static List<double[]> positions(JsonNode coords) {
    List<double[]> out = new ArrayList<>();
    collect(coords, out);
    return out;
  }

  private static void collect(JsonNode n, List<double[]> out) {
    if (!n.isArray()) {
      return;
    }
    if (n.size() >= 2 && n.get(0).isNumber() && n.get(1).isNumber()) {
      out.add(new double[] {n.get(0).asDouble(), n.get(1).asDouble()});
      return;
    }
    for (JsonNode c : n) {
      collect(c, out);
    }
  }

  /** A required property that is a key: not blank, no control character. */
  private static String plain(JsonNode props, Prop prop) throws Row.Rejected {
    String field = prop.label();
    String v = text(props, prop);
    if (v.isEmpty()) {
      throw new Row.Rejected(field, v, "a value is required");
    }
    int at = SafeText.firstControl(v);
    if (at >= 0) {
      throw new Row.Rejected(field, v, "holds a control character (" + SafeText.codeOf(v, at) + ")");
    }
    return v;
  }

  private static String text(JsonNode props, Prop prop) {
    JsonNode v = props.path(prop.label());
    return v.isValueNode() && !v.isNull() ? Row.trim(v.asText()) : "";
  }

  private static String shortText(JsonNode n) {
    String s = n.toString();
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
