package org.vcanalytics.examples.policeuk;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.classify.Offence;
import org.vcanalytics.core.classify.OffenceTable;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.harm.WeightTable;

/**
 * The rules by which a police.uk download becomes a VC data set (docs/open-data.md): which crime types
 * are violent crime, the synthetic offence code each stands for, the harm weight of each (an
 * approximation), the day that stands in for the month, and the caveats every output carries. Pure
 * values; nothing here reads a file.
 */
public final class PoliceUkRules {
  private PoliceUkRules() {}

  /** The name of the police.uk violent-crime definition, as outputs show it. */
  public static final String DEFINITION_NAME = "POLICE_UK";

  /** The synthetic code of {@code Violence and sexual offences} (older files: {@code Violent crime}). */
  public static final String VIOLENCE_CODE = "PUK-VSO";

  /** The synthetic code of {@code Robbery}. */
  public static final String ROBBERY_CODE = "PUK-ROBBERY";

  /** The day of the month that stands in for {@code committed_on}: the 15th, the month's middle. */
  public static final int DAY_OF_MONTH = 15;

  /** The crime type of anti-social behaviour rows, which are not crimes. */
  public static final String ANTI_SOCIAL_BEHAVIOUR = "Anti-social behaviour";

  /** The ONS offence groups each violent crime type covers, by synthetic code. */
  private static final Map<String, List<String>> GROUPS =
      Map.of(
          VIOLENCE_CODE, List.of(Offence.VIOLENCE_AGAINST_THE_PERSON, "Sexual offences"),
          ROBBERY_CODE, List.of("Robbery"));

  /**
   * The crime types of the monthly CSV files, current and older, by the API's category slug: every
   * name a {@code Crime type} may carry. Slugs are those of data.police.uk's {@code crime-categories}.
   */
  private static final Map<String, String> SLUGS = slugs();

  private static Map<String, String> slugs() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("anti-social-behaviour", ANTI_SOCIAL_BEHAVIOUR);
    m.put("bicycle-theft", "Bicycle theft");
    m.put("burglary", "Burglary");
    m.put("criminal-damage-arson", "Criminal damage and arson");
    m.put("drugs", "Drugs");
    m.put("other-theft", "Other theft");
    m.put("possession-of-weapons", "Possession of weapons");
    m.put("public-order", "Public order");
    m.put("robbery", "Robbery");
    m.put("shoplifting", "Shoplifting");
    m.put("theft-from-the-person", "Theft from the person");
    m.put("vehicle-crime", "Vehicle crime");
    m.put("violent-crime", "Violence and sexual offences");
    m.put("other-crime", "Other crime");
    m.put("public-disorder-weapons", "Public disorder and weapons");
    return Collections.unmodifiableMap(m);
  }

  /** Older files' name of {@code Violence and sexual offences}. */
  public static final String OLD_VIOLENCE = "Violent crime";

  /**
   * @param crimeType a {@code Crime type} of the CSV files, as written
   * @return its synthetic offence code when it is violent crime, empty for every other crime type
   */
  public static Optional<String> violentCode(String crimeType) {
    return switch (crimeType) {
      case "Violence and sexual offences", OLD_VIOLENCE -> Optional.of(VIOLENCE_CODE);
      case "Robbery" -> Optional.of(ROBBERY_CODE);
      default -> Optional.empty();
    };
  }

  /** @param crimeType a crime type @return whether it is one the files use */
  public static boolean known(String crimeType) {
    return SLUGS.containsValue(crimeType) || crimeType.equals(OLD_VIOLENCE);
  }

  /**
   * @param slug an API category slug such as {@code violent-crime}
   * @return the CSV files' crime type, when the slug is known
   */
  public static Optional<String> crimeTypeOfSlug(String slug) {
    return Optional.ofNullable(SLUGS.get(slug));
  }

  /** @return the API slugs and the crime types they stand for, in a fixed order */
  public static Map<String, String> slugMap() {
    return SLUGS;
  }

  /** @return the offence title a violent crime carries: the crime type of its code */
  static String title(String code) {
    return code.equals(VIOLENCE_CODE) ? "Violence and sexual offences" : "Robbery";
  }

  /**
   * The police.uk definition of violent crime: the two synthetic codes, which no Home Office table
   * holds and which no other definition matches.
   *
   * @return the definition
   */
  public static VcDefinition definition() {
    return new VcDefinition(DEFINITION_NAME, new TreeSet<>(Set.of(VIOLENCE_CODE, ROBBERY_CODE)), new TreeSet<>());
  }

  /** @param d a definition @return whether it is the police.uk one, i.e. the run came from police.uk */
  public static boolean isPoliceUk(VcDefinition d) {
    return d.name().equals(DEFINITION_NAME);
  }

  /**
   * A category's weight: the median of the ONS CSS 2020 weights of the current Home Office codes of
   * the ONS groups it covers (codes the edition does not weigh are left out).
   *
   * @param code {@link #VIOLENCE_CODE} or {@link #ROBBERY_CODE}
   * @return its weight with what it was computed over
   */
  public static CategoryWeight weight(String code) {
    List<String> groups = GROUPS.get(code);
    if (groups == null) {
      throw new IllegalArgumentException("no police.uk category has the code " + code);
    }
    WeightTable css = WeightTable.onsCss("2020");
    List<Double> w = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Offence o : OffenceTable.bundled().offences()) {
      if (!o.legacy() && groups.contains(o.group())) {
        css.find(o.code()).ifPresent(x -> {
          w.add(x.value());
          codes.add(o.code());
        });
      }
    }
    Collections.sort(w);
    int n = w.size();
    double median = n % 2 == 1 ? w.get(n / 2) : (w.get(n / 2 - 1) + w.get(n / 2)) / 2;
    return new CategoryWeight(code, title(code), median, groups, n);
  }

  /**
   * A category's approximate harm weight.
   *
   * @param code its synthetic code
   * @param crimeType its crime type
   * @param weight the median of the codes' weights
   * @param groups the ONS offence groups it covers
   * @param codes how many weighed codes the median is over
   */
  public record CategoryWeight(String code, String crimeType, double weight, List<String> groups, int codes) {
    /** Copies the groups. */
    public CategoryWeight {
      groups = List.copyOf(groups);
    }
  }

  /** The name of the weight table, which says it is an approximation. */
  public static final String WEIGHTS_NAME =
      "police.uk category weights (approximation: median ONS CSS 2020 weight of the category's codes)";

  /**
   * The harm weights of a police.uk run: one per violent category ({@link #weight}), else the default
   * table.
   *
   * @return the table
   */
  public static WeightTable weights() {
    StringBuilder csv = new StringBuilder("ho_code,weight\n");
    for (String code : List.of(VIOLENCE_CODE, ROBBERY_CODE)) {
      csv.append(code).append(',').append(String.format(Locale.ROOT, "%.7f", weight(code).weight())).append('\n');
    }
    return WeightTable.fromCsv(new StringReader(csv.toString()), WEIGHTS_NAME).orElse(WeightTable.defaults());
  }

  /**
   * The caveats of a run from police.uk, one paragraph each: the dashboard's first screen lists them
   * and docs/open-data.md explains them.
   *
   * @return the caveats
   */
  public static List<String> caveats() {
    return List.of(
        "These figures come from a police.uk open-data download: violent crime is 'Violence and sexual"
            + " offences' (older files: 'Violent crime') and 'Robbery', so it includes sexual offences and"
            + " business robbery.",
        "police.uk gives no offence code, weapon, domestic-abuse flag or people: no typology is derived,"
            + " and harm per person, categories and networks are not produced.",
        "Harm is an approximation: one weight per category, the median ONS Crime Severity Score weight of"
            + " the Home Office codes it covers.",
        "police.uk gives the month only: every crime is dated the " + DAY_OF_MONTH + "th, so day-level"
            + " figures mean nothing; compare months and years.",
        "Locations are police.uk's anonymised snap points (moved to the nearest of a set of points);"
            + " crimes without one are UNASSIGNED. Anti-social behaviour is not crime and is left out.");
  }
}
