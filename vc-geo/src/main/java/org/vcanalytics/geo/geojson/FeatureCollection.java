package org.vcanalytics.geo.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * An RFC 7946 GeoJSON FeatureCollection, written with Jackson's {@link JsonGenerator}.
 *
 * <pre>{@code
 * String json = new FeatureCollection(
 *         List.of(Member.text("level", "lsoa")),                          // foreign members
 *         List.of(Feature.onGrid(List.of(Member.number("vc_events", 3)), polygon)))
 *     .toJson();
 * }</pre>
 *
 * <p>What is written: {@code "type":"FeatureCollection"}, the foreign members in order, then {@code
 * "features"}; each feature as {@code "type":"Feature"}, {@code "properties"} in order and {@code
 * "geometry"}. Geometries in WGS84, longitude first, rounded half-up to 6 decimal places (about 10 cm,
 * as RFC 7946 §11.2 suggests), exterior rings anticlockwise and holes clockwise (§3.1.6), no {@code
 * crs} member (§4). Numbers plain, with a dot, whatever the machine's locale; text escaped by Jackson.
 * No spaces; each feature on a line of its own, so the file can be read with line tools, and a newline
 * at the end. The same collection always gives the same bytes.
 *
 * <p>Cost: O(P + V) for P properties and V vertices; one pass, nothing held but the output.
 *
 * @param members the collection's foreign members (RFC 7946 §6.1), in order; none may be named {@code
 *     type} or {@code features}
 * @param features the features, in order
 */
public record FeatureCollection(List<Member> members, List<Feature> features) {

  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                  .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .build())
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
          .build();

  /** Copies the lists and checks the members' names. */
  public FeatureCollection {
    members = List.copyOf(members);
    features = List.copyOf(features);
    for (Member m : members) {
      if (m.name().equals("type") || m.name().equals("features")) {
        throw new IllegalArgumentException("a foreign member may not be named " + m.name());
      }
    }
  }

  /** @return the collection as GeoJSON text */
  public String toJson() {
    StringWriter out = new StringWriter(1 << 16);
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * Writes the collection; the writer is flushed, not closed.
   *
   * @param out where to write
   * @throws IOException when the writer fails
   */
  public void writeTo(Writer out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new FeaturePerLine());
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      members(members, g);
      g.writeArrayFieldStart("features");
      for (Feature f : features) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        members(f.properties(), g);
        g.writeEndObject();
        g.writeFieldName("geometry");
        GeometryJson.write(f.lonLat(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void members(List<Member> members, JsonGenerator g) throws IOException {
    for (Member m : members) {
      g.writeFieldName(m.name());
      g.writeTree(m.value());
    }
  }
}
