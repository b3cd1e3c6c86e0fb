package org.vcanalytics.examples;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import org.vcanalytics.geo.HotspotOptions;
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
  }

  /** @return the specification's defaults */
  public static PipelineOptions defaults() {
    return new PipelineOptions(null, null, null, null, null);
  }

  /** @return the hotspot options */
  public HotspotOptions hotspotOptions() {
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
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * @param file a JSON options file
   * @return the options it sets, defaults elsewhere
   * @throws IllegalArgumentException naming what is wrong in the file
   */
  public static PipelineOptions read(Path file) {
    try {
      return JSON.readValue(file.toFile(), PipelineOptions.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a valid options file: " + e.getMessage(), e);
    }
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
            typologies.youthMaxAge(), EnumSet.copyOf(typologies.youthRoles()), typologies.airWeaponsAreGuns(),
            new TreeSet<>(typologies.domesticAbuseHeaders()), typologies.vawRequiresMaleOffender());
    return ClassifierOptions.defaults().withDefinition(d).withTypologies(t);
  }

  /** @return the harm options */
  public HarmOptions harmOptions() {
    RecencyScaling r =
        switch (harm.recency()) {
          case "exponential" -> new RecencyScaling.Exponential(harm.halfLifeDays());
          case "linear" -> new RecencyScaling.Linear(harm.windowDays());
          case "banded" -> RecencyScaling.Banded.defaults();
          default -> throw new IllegalArgumentException(
              "harm.recency must be exponential, linear or banded, was " + harm.recency());
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
      VcProfile.valueOf(profile);
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
