package org.vcanalytics.geo.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * The layout of a {@link FeatureCollection}: compact JSON (Jackson's {@link MinimalPrettyPrinter}),
 * but the collection's {@code features} array puts each feature on a line of its own and its closing
 * bracket on the next:
 *
 * <pre>
 * {"type":"FeatureCollection",...,"features":[
 * {"type":"Feature",...},
 * {"type":"Feature",...}
 * ]}
 * </pre>
 */
final class FeaturePerLine extends MinimalPrettyPrinter {

  private static final long serialVersionUID = 1L;

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    if (inFeatures(g)) {
      g.writeRaw('\n');
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    super.writeArrayValueSeparator(g);
    beforeArrayValues(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    beforeArrayValues(g);
    super.writeEndArray(g, values);
  }

  /** Whether the array being written is a member of the top-level object: {@code features}. */
  private static boolean inFeatures(JsonGenerator g) {
    JsonStreamContext array = g.getOutputContext();
    JsonStreamContext owner = array.getParent();
    return array.inArray() && owner != null && owner.inObject() && owner.getParent().inRoot();
  }
}
