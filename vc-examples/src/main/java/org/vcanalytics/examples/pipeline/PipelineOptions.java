package org.vcanalytics.examples.pipeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.vcanalytics.core.classify.ClassifierOptions;
import org.vcanalytics.core.classify.TypologyOptions;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.geo.grid.GridHotspots;
import org.vcanalytics.geo.hotspot.HotspotOptions;
import org.vcanalytics.harm.HarmOptions;
import org.vcanalytics.network.NetworkOptions;

/**
 * Every option of the reference pipeline in one value that reads from and writes to JSON: the
 * pillars' own options, each read and written by Jackson through the pillar's {@code fromJson} and
 * {@code json}, with the pillar's defaults. Missing fields take the defaults, so {@code {}} is the
 * default run and {@code {"harm": {"highHarmFraction": 0.05}}} changes one thing. Unknown fields are
 * an error, so a misspelt option never silently does nothing. docs/options.md lists every option.
 *
 * @param definition the violent-crime definition
 * @param typologies the typology rules' options
 * @param harm the harm options
 * @param network the network options
 * @param hotspots the hotspot options (area figures, the ten-year view, travel and schools)
 * @param grid the grid statistics' options (cell size, bandwidth, Gi* FDR and critical p)
 * @param measures whether and how each person's network measures are worked out (off by default)
 * @param exports which people and links the network files hold (default: the neighbourhood of the
 *     people in a category)
 * @param report how much of the force the dashboard holds (people, events, ego network size)
 * @param emerging emerging hot-spot analysis on the grid: on or off, its period, FDR and critical p
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PipelineOptions(
    VcDefinition definition,
    TypologyOptions typologies,
    HarmOptions harm,
    NetworkOptions network,
    HotspotOptions hotspots,
    GridHotspots.Options grid,
    MeasuresOptions measures,
    ExportOptions exports,
    ReportOptions report,
    EmergingOptions emerging) {

  /** Fills in the pillars' defaults for the options left out ({@code null}). */
  public PipelineOptions {
    definition = definition == null ? VcDefinition.defaults() : definition;
    typologies = typologies == null ? TypologyOptions.defaults() : typologies;
    harm = harm == null ? HarmOptions.defaults() : harm;
    network = network == null ? NetworkOptions.defaults() : network;
    hotspots = hotspots == null ? HotspotOptions.defaults() : hotspots;
    grid = grid == null ? GridHotspots.Options.defaults() : grid;
    measures = measures == null ? MeasuresOptions.defaults() : measures;
    exports = exports == null ? ExportOptions.defaults() : exports;
    report = report == null ? ReportOptions.defaults() : report;
    emerging = emerging == null ? EmergingOptions.defaults() : emerging;
  }

  /** @return the specification's defaults */
  public static PipelineOptions defaults() {
    return new PipelineOptions(null, null, null, null, null, null, null, null, null, null);
  }

  /** @param d the definition @return a copy */
  public PipelineOptions withDefinition(VcDefinition d) {
    return new PipelineOptions(d, typologies, harm, network, hotspots, grid, measures, exports, report, emerging);
  }

  /** @param t the typology options @return a copy */
  public PipelineOptions withTypologies(TypologyOptions t) {
    return new PipelineOptions(definition, t, harm, network, hotspots, grid, measures, exports, report, emerging);
  }

  /** @param h the harm options @return a copy */
  public PipelineOptions withHarm(HarmOptions h) {
    return new PipelineOptions(definition, typologies, h, network, hotspots, grid, measures, exports, report, emerging);
  }

  /** @param n the network options @return a copy */
  public PipelineOptions withNetwork(NetworkOptions n) {
    return new PipelineOptions(definition, typologies, harm, n, hotspots, grid, measures, exports, report, emerging);
  }

  /** @param h the hotspot options @return a copy */
  public PipelineOptions withHotspots(HotspotOptions h) {
    return new PipelineOptions(definition, typologies, harm, network, h, grid, measures, exports, report, emerging);
  }

  /** @param g the grid options @return a copy */
  public PipelineOptions withGrid(GridHotspots.Options g) {
    return new PipelineOptions(definition, typologies, harm, network, hotspots, g, measures, exports, report, emerging);
  }

  /** @param m the measures options @return a copy */
  public PipelineOptions withMeasures(MeasuresOptions m) {
    return new PipelineOptions(definition, typologies, harm, network, hotspots, grid, m, exports, report, emerging);
  }

  /** @param e the export options @return a copy */
  public PipelineOptions withExports(ExportOptions e) {
    return new PipelineOptions(definition, typologies, harm, network, hotspots, grid, measures, e, report, emerging);
  }

  /** @param r how much the dashboard holds @return a copy */
  public PipelineOptions withReport(ReportOptions r) {
    return new PipelineOptions(definition, typologies, harm, network, hotspots, grid, measures, exports, r, emerging);
  }

  /** @param e the emerging hot-spot options @return a copy */
  public PipelineOptions withEmerging(EmergingOptions e) {
    return new PipelineOptions(definition, typologies, harm, network, hotspots, grid, measures, exports, report, e);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * Reads options from a JSON file. Everything is checked here, before any data is read: the file
   * must hold one JSON object, no key twice, no {@code null} (leave an option out to take its
   * default), no unknown option, and every value within its range.
   *
   * @param file a JSON options file
   * @return the options it sets, defaults elsewhere
   * @throws IllegalArgumentException one line naming the file, the option, its value and what is allowed
   */
  public static PipelineOptions read(Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          file + ": is not a regular file (missing, a folder, a pipe or a device); give an options file");
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + located(e));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new IllegalArgumentException(
          file + ": holds no options" + (tree != null && tree.isNull() ? " (null)" : "")
              + "; write {} for the defaults");
    }
    if (!tree.isObject()) {
      throw new IllegalArgumentException(
          file + ": must hold one JSON object such as {\"harm\": {\"highHarmFraction\": 0.05}}");
    }
    String nulls = firstNull(tree, "");
    if (nulls != null) {
      throw new IllegalArgumentException(
          file + ": option " + nulls + " is null; leave it out to take its default");
    }
    try {
      return JSON.treeToValue(tree, PipelineOptions.class);
    } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
      List<String> known = new java.util.ArrayList<>();
      e.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
      known.sort(null);
      throw new IllegalArgumentException(
          file + ": unknown option " + path(e) + "; the options there are " + String.join(", ", known), e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException) {
        throw new IllegalArgumentException(file + ": option " + path(e) + ": " + cause.getMessage(), e);
      }
      throw new IllegalArgumentException(file + ": option " + path(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + located(e), e);
    }
  }

  private static String firstNull(JsonNode node, String at) {
    if (node.isNull()) {
      return at;
    }
    if (node.isContainerNode()) {
      var fields = node.fields();
      int i = 0;
      for (JsonNode child : node) {
        String name = node.isObject() ? fields.next().getKey() : "[" + i + "]";
        String found = firstNull(child, at.isEmpty() ? name : node.isObject() ? at + "." + name : at + name);
        if (found != null) {
          return found;
        }
        i++;
      }
    }
    return null;
  }

  private static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? "(top level)" : b.toString();
  }

  private static String located(JsonProcessingException e) {
    return e.getOriginalMessage().lines().findFirst().orElse("")
        + (e.getLocation() == null
            ? ""
            : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
  }

  /** @return every option, defaults included, as JSON */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the classifier's options: the definition and typologies over the bundled offence table */
  public ClassifierOptions classifier() {
    return ClassifierOptions.defaults().withDefinition(definition).withTypologies(typologies);
  }

  /** @return the harm options, {@link #harm()} */
  public HarmOptions harmOptions() {
    return harm;
  }

  /** @return the network options, {@link #network()} */
  public NetworkOptions networkOptions() {
    return network;
  }

  /** @return the hotspot options, {@link #hotspots()} */
  public HotspotOptions hotspotOptions() {
    return hotspots;
  }
}
