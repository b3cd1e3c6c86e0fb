package org.vcanalytics.examples.pipeline;


import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.vcanalytics.examples.pipeline.Bias.Subject;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.hotspot.HotspotOptions;
import org.vcanalytics.harm.Category;

/**
 * Where the people of each category live, per area of every level with polygons, and that per
 * 1,000 residents where {@code areas.geojson} gives the area's {@code population}: the counts behind
 * {@code bias-areas.csv}. Immutable; computes, writes nothing (see {@code BiasTables}).
 *
 * <p>A person belongs to the area of a level that contains their home point ({@code home_easting},
 * {@code home_northing}), by {@link AreaLayer#locate(GridPoint, double)}'s boundary rule (on a shared
 * edge, the smallest area id) and gap rule (a home in no polygon but within the hotspot option {@code
 * gapToleranceMetres} of one is in the nearest, as in offender travel). A home outside every area of
 * the level and its tolerance is {@link AreaLayer#UNASSIGNED}; a person with
 * no home point is {@link #NO_HOME} (a home postcode alone places nobody: there is no postcode
 * look-up). So, for each level and category, the rows' people add up to the category's total.
 *
 * <p>Rows, in this fixed order: level ({@link String#compareTo} order), then the level's areas in id
 * order, then {@code UNASSIGNED}, then {@code NO_HOME}. Every area of the file has a row, with 0s
 * when nobody lives there; {@code UNASSIGNED} and {@code NO_HOME} have no population.
 *
 * @param rows every row, in the order above
 */
public record BiasAreas(List<Row> rows) {

  /** The area id of the people with no home point. */
  public static final String NO_HOME = "NO_HOME";

  /**
   * One area of one level.
   *
   * @param level the level
   * @param areaId the area id, {@code UNASSIGNED} or {@code NO_HOME}
   * @param population the resident population, when the area file gives it
   * @param highHarm the HIGH_HARM people whose home is in the area
   * @param involved the INVOLVED people
   * @param connected the CONNECTED people
   * @param all everyone in the data (every category, NONE included)
   */
  public record Row(
      String level, String areaId, OptionalLong population, long highHarm, long involved, long connected,
      long all) {

    /**
     * @param category a name of {@link Bias#CATEGORIES}
     * @return the people of that category whose home is in the area
     */
    public long people(String category) {
      return switch (category) {
        case "HIGH_HARM" -> highHarm;
        case "INVOLVED" -> involved;
        case "CONNECTED" -> connected;
        case Bias.ALL -> all;
        default -> throw new IllegalArgumentException("not a bias category: " + category);
      };
    }

    /**
     * @param category a name of {@link Bias#CATEGORIES}
     * @return people / population × 1,000; empty without a population, or with a population of 0
     */
    public OptionalDouble per1000(String category) {
      return population.isEmpty() || population.getAsLong() <= 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(people(category) * 1000.0 / population.getAsLong());
    }
  }

  /** Copies the rows. */
  public BiasAreas {
    rows = List.copyOf(rows);
  }

  /**
   * Every level with polygons of a result.
   *
   * @param r the result
   * @return the rows
   */
  public static BiasAreas of(Pipeline.PipelineResult r) {
    return of(Bias.subjects(r), r.hotspots().layers(), r.hotspots().options().gapToleranceMetres());
  }

  /**
   * Some people over some area layers, with the default gap tolerance ({@link
   * HotspotOptions#DEFAULT_GAP_TOLERANCE_METRES}).
   *
   * @param people the people and their categories, in any order
   * @param layers level to layer
   * @return the rows
   */
  public static BiasAreas of(Collection<Subject> people, SortedMap<String, AreaLayer> layers) {
    return of(people, layers, HotspotOptions.DEFAULT_GAP_TOLERANCE_METRES);
  }

  /**
   * Some people over some area layers.
   *
   * @param people the people and their categories, in any order
   * @param layers level to layer
   * @param gapToleranceMetres the gap tolerance, 0 for strict point-in-polygon
   * @return the rows
   */
  public static BiasAreas of(
      Collection<Subject> people, SortedMap<String, AreaLayer> layers, double gapToleranceMetres) {
    Objects.requireNonNull(people, "people");
    List<Subject> list = List.copyOf(people);
    List<Row> rows = new ArrayList<>();
    for (AreaLayer layer : layers.values()) {
      // Locating is the costly part: in parallel, results in input order; counting is then exact.
      List<String> areaOf =
          list.parallelStream()
              .map(s -> s.person().home().map(h -> layer.locate(h, gapToleranceMetres)).orElse(NO_HOME))
              .toList();
      int n = layer.size();
      Map<String, Integer> index = new HashMap<>();
      for (int k = 0; k < n; k++) {
        index.put(layer.areas().get(k).id(), k);
      }
      long[][] counts = new long[n + 2][Bias.CATEGORIES.size()];
      for (int i = 0; i < list.size(); i++) {
        String a = areaOf.get(i);
        int k = a.equals(NO_HOME) ? n + 1 : a.equals(AreaLayer.UNASSIGNED) ? n : index.get(a);
        Category c = list.get(i).category();
        if (c != Category.NONE) {
          counts[k][Bias.CATEGORIES.indexOf(c.name())]++;
        }
        counts[k][Bias.CATEGORIES.size() - 1]++;
      }
      for (int k = 0; k < n + 2; k++) {
        String id = k < n ? layer.areas().get(k).id() : k == n ? AreaLayer.UNASSIGNED : NO_HOME;
        OptionalLong pop = k < n ? layer.areas().get(k).population() : OptionalLong.empty();
        rows.add(new Row(layer.level(), id, pop, counts[k][0], counts[k][1], counts[k][2], counts[k][3]));
      }
    }
    return new BiasAreas(rows);
  }

  /**
   * @param level a level
   * @return that level's rows, in order
   */
  public List<Row> rows(String level) {
    return rows.stream().filter(r -> r.level().equals(level)).toList();
  }
}
