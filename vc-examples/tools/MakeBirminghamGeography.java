// Builds the Birmingham geography bundled with the synthetic force generator, from the ONS LSOA 2021
// boundaries in ../shared/data/external/birmingham-lsoa21 (Open Government Licence v3.0; contains OS
// data © Crown copyright and database right). Run from the project root after `mvn package`:
//
//   java -cp vc-examples/target/vc.jar vc-examples/tools/MakeBirminghamGeography.java \
//       ../shared/data/external/birmingham-lsoa21/boundaries-lsoa-birmingham.geojson \
//       vc-examples/src/main/resources/org/vcanalytics/examples/synthetic/birmingham-lsoa21.geojson
//
// Each LSOA keeps its code and name; its polygon is simplified (topology kept, 0.00015 degrees, about
// 10-17 m) and written with 5 decimals. Rounding to 5 decimals can make a ring cross itself where two
// vertices come within a metre of each other (E01009403 and E01009404 did, at -1.85615 52.5381): a
// polygon that is not valid after rounding (JTS IsValidOp) is repaired with JTS GeometryFixer, which
// keeps the area and adds no vertex there, so it is written as a valid Polygon or MultiPolygon; the
// tool fails if a written polygon does not read back valid, and prints the ids it repaired.
// BundledGeographyTest checks every bundled polygon is valid. Each LSOA is simplified on its own, so
// slivers up to a few tens of metres wide open between neighbours: docs/hotspots.md §1 (the gap
// rule) says how crimes there are counted. Two synthetic policing levels are added as properties: the
// neighbourhood is the LSOA's MSOA (its name less the final letter, "Birmingham 067"), and the NPU
// groups MSOAs by number, 14 to an NPU ("NPU05"). These groupings are this project's, not the force's.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

public class MakeBirminghamGeography {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode in = json.readTree(Path.of(args[0]).toFile());
    GeoJsonReader reader = new GeoJsonReader();
    List<JsonNode> features = StreamSupport.stream(in.get("features").spliterator(), false)
        .sorted(Comparator.comparing(f -> f.get("properties").get("lsoa21cd").asText()))
        .toList();
    StringBuilder out = new StringBuilder();
    out.append("{\"type\":\"FeatureCollection\",\"features\":[\n");
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      String code = f.get("properties").get("lsoa21cd").asText();
      String name = f.get("properties").get("lsoa21nm").asText();
      String msoa = name.substring(0, name.length() - 1);
      int number = Integer.parseInt(msoa.substring(msoa.lastIndexOf(' ') + 1));
      String npu = String.format(Locale.ROOT, "NPU%02d", (number - 1) / 14 + 1);
      Geometry g = TopologyPreservingSimplifier.simplify(reader.read(f.get("geometry").toString()), 0.00015);
      g.apply((CoordinateFilter) c -> {
        c.x = Double.parseDouble(String.format(Locale.ROOT, "%.5f", c.x));
        c.y = Double.parseDouble(String.format(Locale.ROOT, "%.5f", c.y));
      });
      g.geometryChanged();
      if (!new IsValidOp(g).isValid()) {
        System.out.println(code + ": " + new IsValidOp(g).getValidationError() + "; repaired with GeometryFixer");
        g = GeometryFixer.fix(g);
      }
      boolean multi = g.getNumGeometries() > 1;
      StringBuilder geometry = new StringBuilder();
      geometry.append("{\"type\":\"").append(multi ? "MultiPolygon" : "Polygon").append("\",\"coordinates\":[");
      for (int n = 0; n < g.getNumGeometries(); n++) {
        geometry.append(n == 0 ? "" : ",").append(multi ? "[" : "");
        rings(geometry, (Polygon) g.getGeometryN(n));
        geometry.append(multi ? "]" : "");
      }
      geometry.append("]}");
      if (!new IsValidOp(reader.read(geometry.toString())).isValid()) {
        throw new IllegalStateException(code + ": the polygon written is not valid: " + geometry);
      }
      out.append("{\"type\":\"Feature\",\"properties\":{\"id\":\"").append(code).append("\",\"name\":\"")
          .append(name).append("\",\"neighbourhood\":\"").append(msoa).append("\",\"npu\":\"").append(npu)
          .append("\"},\"geometry\":").append(geometry).append("}").append(i + 1 < features.size() ? ",\n" : "\n");
    }
    out.append("]}\n");
    Files.writeString(Path.of(args[1]), out);
    System.out.println("wrote " + features.size() + " LSOAs to " + args[1]);
  }

  /** The rings of a polygon, exterior first, each "[[x,y],...]", comma-separated. */
  private static void rings(StringBuilder out, Polygon p) {
    for (int r = 0; r <= p.getNumInteriorRing(); r++) {
      Coordinate[] cs = (r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1)).getCoordinates();
      out.append(r == 0 ? "[" : ",[");
      for (int k = 0; k < cs.length; k++) {
        out.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.5f,%.5f]", cs[k].x, cs[k].y));
      }
      out.append("]");
    }
  }
}
