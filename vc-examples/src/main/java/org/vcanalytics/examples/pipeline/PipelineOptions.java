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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.classify.ClassifierOptions;
import org.vcanalytics.core.classify.TypologyOptions;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.core.classify.VcProfile;
import org.vcanalytics.geo.hotspot.HotspotOptions;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.harm.HarmOptions;
import org.vcanalytics.harm.RecencyScaling;
import org.vcanalytics.network.NetworkOptions;

/**
 * Every option of the reference pipeline in one value that reads from and writes to JSON. Missing
 * fields take the specification's defaults, so {@code {}} is the default run and
 * {@code {"harm": {"highHarmFraction": 0.05}}} changes one thing. Unknown fields are an error, so a
 * misspelt option never silently does nothing.
 *
 * @param definition the violent-crime definition
 * @param typologies the typology rules' options
 * @param harm the harm options
 * @param network the network options
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record PipelineOptions(
    Definition definition, Typologies typologies, Harm harm, Network network, Hotspots hotspots) {

  /** Fills in defaults. */
  public PipelineOptions {
    definition = definition == null ? Definition.defaults() : definition;
    typologies = typologies == null ? Typologies.defaults() : typologies;
    harm = harm == null ? Harm.defaults() : harm;
    network = network == null ? Network.defaults() : network;
    hotspots = hotspots == null ? Hotspots.defaults() : hotspots;
    Definition d = definition;
    Typologies t = typologies;
    Harm h = harm;
    Network n = network;
    Hotspots s = hotspots;
    check("definition or typologies", () -> classifier(d, t));
    check("harm", () -> harmOptions(h));
    check("network", () -> networkOptions(n));
    check("hotspots", () -> hotspotOptions(s));
  }

  /** Builds one pillar's options now, so that a bad value is refused before any data is read. */
  private static void check(String section, java.util.function.Supplier<?> build) {
    try {
      build.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("option " + section + ": " + e.getMessage(), e);
    }
  }

  /** @return the specification's defaults */
  public static PipelineOptions defaults() {
    return new PipelineOptions(null, null, null, null, null);
  }

  /** @return the hotspot options */
  public HotspotOptions hotspotOptions() {
    return hotspotOptions(hotspots);
  }

  private static HotspotOptions hotspotOptions(Hotspots hotspots) {
    return new HotspotOptions(
        EnumSet.copyOf(hotspots.periods()), hotspots.levels(), hotspots.trendPeriod(), hotspots.trendLength(),
        hotspots.concentrationFractions(), hotspots.schoolDistanceMetres());
  }

  /**
   * Hotspot options (docs/hotspots.md).
   *
   * @param periods default MONTH, QUARTER, YEAR, FINANCIAL_YEAR
   * @param levels default every level with areas or pre-assigned codes
   * @param trendPeriod default YEAR
   * @param trendLength default 10
   * @param concentrationFractions default 0.05 and 0.10
   * @param schoolDistanceMetres default 400
   */
  public record Hotspots(
      List<PeriodType> periods,
      List<String> levels,
      PeriodType trendPeriod,
      Integer trendLength,
      List<Double> concentrationFractions,
      Double schoolDistanceMetres) {
    /** Fills in defaults. */
    public Hotspots {
      HotspotOptions d = HotspotOptions.defaults();
      periods = periods == null ? List.copyOf(d.periods()) : List.copyOf(periods);
      if (periods.isEmpty()) {
        throw new IllegalArgumentException("hotspots.periods needs at least one period type");
      }
      levels = levels == null ? d.levels() : List.copyOf(levels);
      trendPeriod = trendPeriod == null ? d.trendPeriod() : trendPeriod;
      trendLength = trendLength == null ? d.trendLength() : trendLength;
      concentrationFractions =
          concentrationFractions == null ? d.concentrationFractions() : List.copyOf(concentrationFractions);
      schoolDistanceMetres = schoolDistanceMetres == null ? d.schoolDistanceMetres() : schoolDistanceMetres;
    }

    static Hotspots defaults() {
      return new Hotspots(null, null, null, null, null, null);
    }
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
        throw new IllegalArgumentException(file + ": " + cause.getMessage(), e);
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

  /** @return the classifier's options */
  public ClassifierOptions classifier() {
    return classifier(definition, typologies);
  }

  private static ClassifierOptions classifier(Definition definition, Typologies typologies) {
    VcDefinition d = VcDefinition.of(VcProfile.valueOf(definition.profile()));
    if (!definition.addCodes().isEmpty()) {
      d = d.plusCodes(definition.addCodes().toArray(new String[0]));
    }
    if (!definition.removeCodes().isEmpty()) {
      d = d.minusCodes(definition.removeCodes().toArray(new String[0]));
    }
    if (!definition.titles().isEmpty()) {
      d = d.plusTitles(definition.titles().toArray(new String[0]));
    }
    TypologyOptions t =
        new TypologyOptions(
            typologies.youthMaxAge(), typologies.youthRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(typologies.youthRoles()), typologies.airWeaponsAreGuns(),
            new TreeSet<>(typologies.domesticAbuseHeaders()), typologies.vawRequiresMaleOffender());
    return ClassifierOptions.defaults().withDefinition(d).withTypologies(t);
  }

  /** @return the harm options */
  public HarmOptions harmOptions() {
    return harmOptions(harm);
  }

  private static HarmOptions harmOptions(Harm harm) {
    RecencyScaling r =
        switch (harm.recency()) {
          case "exponential" -> new RecencyScaling.Exponential(harm.halfLifeDays());
          case "linear" -> new RecencyScaling.Linear(harm.windowDays());
          case "banded" -> RecencyScaling.Banded.defaults();
          default -> throw new IllegalArgumentException(
              "recency must be exponential, linear or banded, was " + harm.recency());
        };
    return HarmOptions.defaults()
        .withRecency(r)
        .withWindowDays(harm.windowDays())
        .withRecentDays(harm.recentDays())
        .withHighHarmFraction(harm.highHarmFraction())
        .withConnectedLinkWeight(harm.connectedLinkWeight());
  }

  /** @return the network options */
  public NetworkOptions networkOptions() {
    return networkOptions(network);
  }

  private static NetworkOptions networkOptions(Network network) {
    return NetworkOptions.defaults()
        .withWindowDays(network.windowDays())
        .withRolePairs(Set.copyOf(network.rolePairs()))
        .withMinLinkWeight(network.minLinkWeight());
  }

  /**
   * The violent-crime definition: a profile, codes added and removed, titles added.
   *
   * @param profile PHYSICAL_VIOLENCE, PHYSICAL_AND_SEXUAL or VIOLENCE_AGAINST_THE_PERSON
   * @param addCodes codes added to the profile
   * @param removeCodes codes removed from it
   * @param titles offence titles that also count
   */
  public record Definition(String profile, List<String> addCodes, List<String> removeCodes, List<String> titles) {
    /** Fills in defaults. */
    public Definition {
      profile = profile == null ? VcProfile.PHYSICAL_VIOLENCE.name() : profile;
      try {
        VcProfile.valueOf(profile);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "option definition: profile " + profile + " is not one of " + java.util.Arrays.toString(VcProfile.values()));
      }
      addCodes = addCodes == null ? List.of() : List.copyOf(addCodes);
      removeCodes = removeCodes == null ? List.of() : List.copyOf(removeCodes);
      titles = titles == null ? List.of() : List.copyOf(titles);
    }

    static Definition defaults() {
      return new Definition(null, null, null, null);
    }
  }

  /**
   * Typology options (docs/definitions.md).
   *
   * @param youthMaxAge default 25
   * @param youthRoles default OFFENDER, SUSPECT, VICTIM
   * @param airWeaponsAreGuns default false
   * @param domesticAbuseHeaders default DOMESTIC ABUSE
   * @param vawRequiresMaleOffender default false
   */
  public record Typologies(
      Integer youthMaxAge,
      List<Role> youthRoles,
      Boolean airWeaponsAreGuns,
      List<String> domesticAbuseHeaders,
      Boolean vawRequiresMaleOffender) {
    /** Fills in defaults. */
    public Typologies {
      TypologyOptions d = TypologyOptions.defaults();
      youthMaxAge = youthMaxAge == null ? d.youthMaxAge() : youthMaxAge;
      youthRoles = youthRoles == null ? List.copyOf(d.youthRoles()) : List.copyOf(youthRoles);
      airWeaponsAreGuns = airWeaponsAreGuns == null ? d.airWeaponsAreGuns() : airWeaponsAreGuns;
      domesticAbuseHeaders =
          domesticAbuseHeaders == null ? List.copyOf(d.domesticAbuseHeaders()) : List.copyOf(domesticAbuseHeaders);
      vawRequiresMaleOffender = vawRequiresMaleOffender == null ? d.vawRequiresMaleOffender() : vawRequiresMaleOffender;
    }

    static Typologies defaults() {
      return new Typologies(null, null, null, null, null);
    }
  }

  /**
   * Harm options (docs/harm.md). Weights are the ONS CSS defaults.
   *
   * @param recency exponential (default), linear or banded
   * @param halfLifeDays for exponential, default 365
   * @param windowDays default 730
   * @param recentDays default 365
   * @param highHarmFraction default 0.10
   * @param connectedLinkWeight default 0.5
   */
  public record Harm(
      String recency,
      Double halfLifeDays,
      Integer windowDays,
      Integer recentDays,
      Double highHarmFraction,
      Double connectedLinkWeight) {
    /** Fills in defaults. */
    public Harm {
      HarmOptions d = HarmOptions.defaults();
      recency = recency == null ? "exponential" : recency;
      halfLifeDays = halfLifeDays == null ? 365.0 : halfLifeDays;
      windowDays = windowDays == null ? d.windowDays() : windowDays;
      recentDays = recentDays == null ? d.recentDays() : recentDays;
      highHarmFraction = highHarmFraction == null ? d.highHarmFraction() : highHarmFraction;
      connectedLinkWeight = connectedLinkWeight == null ? d.connectedLinkWeight() : connectedLinkWeight;
    }

    static Harm defaults() {
      return new Harm(null, null, null, null, null, null);
    }
  }

  /**
   * Network options (docs/network.md). Grading weights are the bundled defaults.
   *
   * @param windowDays default 730
   * @param rolePairs default the five pairs with an offender or suspect
   * @param minLinkWeight default 0
   */
  public record Network(Integer windowDays, List<String> rolePairs, Double minLinkWeight) {
    /** Fills in defaults. */
    public Network {
      NetworkOptions d = NetworkOptions.defaults();
      windowDays = windowDays == null ? d.windowDays() : windowDays;
      rolePairs = rolePairs == null ? List.copyOf(d.rolePairs()) : List.copyOf(new TreeSet<>(rolePairs));
      minLinkWeight = minLinkWeight == null ? d.minLinkWeight() : minLinkWeight;
    }

    static Network defaults() {
      return new Network(null, null, null);
    }
  }
}
