// Builds the Birmingham geography bundled with the synthetic force generator, from the ONS LSOA 2021
// boundaries in ../shared/data/external/birmingham-lsoa21 (Open Government Licence v3.0; contains OS
// data © Crown copyright and database right). Run from the project root after `mvn package`:
//
//   java -cp vc-examples/target/vc.jar vc-examples/tools/MakeBirminghamGeography.java \
//       ../shared/data/external/birmingham-lsoa21/boundaries-lsoa-birmingham.geojson \
//       vc-examples/src/main/resources/org/vcanalytics/examples/synthetic/birmingham-lsoa21.geojson
//
// Each LSOA keeps its code and name; its polygon is simplified (topology kept, 0.00015 degrees, about
// 10-15 m) and written with 5 decimals. Two synthetic policing levels are added as properties: the
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
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
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
      Polygon p = (Polygon) g;
      out.append("{\"type\":\"Feature\",\"properties\":{\"id\":\"").append(code).append("\",\"name\":\"")
          .append(name).append("\",\"neighbourhood\":\"").append(msoa).append("\",\"npu\":\"").append(npu)
          .append("\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[");
      for (int r = 0; r <= p.getNumInteriorRing(); r++) {
        Coordinate[] cs = (r == 0 ? p.getExteriorRing() : p.getInteriorRingN(r - 1)).getCoordinates();
        out.append(r == 0 ? "[" : ",[");
        for (int k = 0; k < cs.length; k++) {
          out.append(k == 0 ? "" : ",").append(String.format(Locale.ROOT, "[%.5f,%.5f]", cs[k].x, cs[k].y));
        }
        out.append("]");
      }
      out.append("]}}").append(i + 1 < features.size() ? ",\n" : "\n");
    }
    out.append("]}\n");
    Files.writeString(Path.of(args[1]), out);
    System.out.println("wrote " + features.size() + " LSOAs to " + args[1]);
  }
}
