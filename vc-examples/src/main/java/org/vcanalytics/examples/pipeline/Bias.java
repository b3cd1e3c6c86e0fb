package org.vcanalytics.examples.pipeline;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.vcanalytics.core.Person;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.PersonHarm;

/**
 * Who is in each category by recorded sex and by age band, beside who is in the data: the counts
 * behind {@code bias.csv} and the report's bias review. Immutable; computes, writes nothing (see
 * {@code BiasTables}). See {@code docs/bias.md}.
 *
 * <p>Rows, in this fixed order: dimension ({@code sex}, then {@code age_band}); within it the category
 * ({@code HIGH_HARM}, {@code INVOLVED}, {@code CONNECTED}, then {@code ALL} = everyone in
 * {@code people.csv}, NONE included); within that the value ({@link #SEX_VALUES} or {@link
 * #AGE_BANDS}, in their order). Every value has a row, with 0 when nobody has it. For each dimension
 * and category the rows' {@link Row#people()} add up to {@link Row#categoryTotal()}, and for each
 * dimension and value {@link Row#peopleInData()} is the people of the {@code ALL} row. The same
 * people in any order give equal rows.
 *
 * <pre>{@code
 * Bias bias = Bias.of(result);
 * for (Bias.Row row : bias.rows()) {
 *   // row.dimension(), row.value(), row.category(), row.people() of row.categoryTotal(), ...
 * }
 * long youngHighHarm = bias.people(Bias.AGE_BAND, "18-25", "HIGH_HARM");
 * }</pre>
 *
 * @param asOf the as-of date: ages are completed years on it
 * @param rows every row, in the order above
 */
public record Bias(LocalDate asOf, List<Row> rows) {

  /** The dimension of recorded sex. */
  public static final String SEX = "sex";
  /** The dimension of age band on the as-of date. */
  public static final String AGE_BAND = "age_band";
  /** The dimensions, in order. */
  public static final List<String> DIMENSIONS = List.of(SEX, AGE_BAND);
  /** The value of a person whose sex or date of birth is not recorded. */
  public static final String UNKNOWN = "unknown";
  /** The values of {@link #SEX}, in order: the recorded F, M and U, then not recorded. */
  public static final List<String> SEX_VALUES = List.of("F", "M", "U", UNKNOWN);
  /** The values of {@link #AGE_BAND}, in order: completed years on the as-of date. */
  public static final List<String> AGE_BANDS = List.of("0-17", "18-25", "26-35", "36-50", "51+", UNKNOWN);
  /** The category of everyone in the data (every category, NONE included). */
  public static final String ALL = "ALL";
  /** The categories of the rows, in order. */
  public static final List<String> CATEGORIES =
      List.of(Category.HIGH_HARM.name(), Category.INVOLVED.name(), Category.CONNECTED.name(), ALL);

  /**
   * One cell: the people of a category with a value of a dimension.
   *
   * @param dimension {@link #SEX} or {@link #AGE_BAND}
   * @param value a value of the dimension
   * @param category a name of {@link #CATEGORIES}
   * @param people the people of the category with the value
   * @param categoryTotal the people of the category (the rows of the dimension and category add up to it)
   * @param peopleInData the people in the data (category {@code ALL}) with the value
   * @param dataTotal the people in the data
   */
  public record Row(
      String dimension, String value, String category, long people, long categoryTotal, long peopleInData,
      long dataTotal) {

    /** @return people / category total; empty when the category has nobody */
    public OptionalDouble shareOfCategory() {
      return categoryTotal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) people / categoryTotal);
    }

    /** @return people in the data / the data total; empty when the data has nobody */
    public OptionalDouble shareOfData() {
      return dataTotal == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) peopleInData / dataTotal);
    }
  }

  /**
   * A person and their category: what the counts are made of.
   *
   * @param category the person's category
   * @param person the person (sex, date of birth, home)
   */
  public record Subject(Category category, Person person) {
    /** Checks the parts. */
    public Subject {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(person, "person");
    }
  }

  /** Copies the rows. */
  public Bias {
    Objects.requireNonNull(asOf, "asOf");
    rows = List.copyOf(rows);
  }

  /**
   * The bias rows of a pipeline's result: everyone of {@code r.harm().people()} (the pipeline
   * works them out once, as {@code r.bias()}).
   *
   * @param r the result
   * @return the rows
   */
  public static Bias of(PipelineResult r) {
    return of(r.asOf(), subjects(r));
  }

  /**
   * Everyone of a result with their category; a person known only by id has no sex, date of birth or
   * home.
   *
   * @param r the result
   * @return the people, in the order of {@code r.harm().people()} (id order)
   */
  public static List<Subject> subjects(PipelineResult r) {
    return subjects(r.data(), r.harm());
  }

  /**
   * @param data the data set
   * @param harm its harm result
   * @return everyone of {@code harm.people()} with their category, in its order (id order)
   */
  public static List<Subject> subjects(org.vcanalytics.core.VcDataset data, org.vcanalytics.harm.HarmResult harm) {
    List<Subject> out = new ArrayList<>(harm.people().size());
    List<Person> known = data.people(); // id order, as harm.people(): walked beside it, not looked up
    int next = 0;
    for (PersonHarm p : harm.people()) {
      Person person;
      if (next < known.size() && known.get(next).id().equals(p.personId())) {
        person = known.get(next++);
      } else {
        person = data.person(p.personId()).orElse(Person.of(p.personId()));
      }
      out.add(new Subject(p.category(), person));
    }
    return List.copyOf(out);
  }

  /**
   * The bias rows of some people.
   *
   * @param asOf the as-of date
   * @param people the people and their categories, in any order
   * @return the rows
   */
  public static Bias of(LocalDate asOf, Collection<Subject> people) {
    Map<String, Long> counts = new HashMap<>();
    for (Subject s : people) {
      String[] values = {sexOf(s.person()), ageBand(s.person(), asOf)};
      for (int d = 0; d < DIMENSIONS.size(); d++) {
        counts.merge(key(DIMENSIONS.get(d), values[d], s.category().name()), 1L, Long::sum);
        counts.merge(key(DIMENSIONS.get(d), values[d], ALL), 1L, Long::sum);
      }
    }
    long all = people.size();
    Map<String, Long> totals = new HashMap<>();
    people.forEach(s -> totals.merge(s.category().name(), 1L, Long::sum));
    totals.put(ALL, all);
    List<Row> rows = new ArrayList<>();
    for (String d : DIMENSIONS) {
      for (String c : CATEGORIES) {
        for (String v : valuesOf(d)) {
          rows.add(new Row(d, v, c, counts.getOrDefault(key(d, v, c), 0L), totals.getOrDefault(c, 0L),
              counts.getOrDefault(key(d, v, ALL), 0L), all));
        }
      }
    }
    return new Bias(asOf, rows);
  }

  /**
   * @param dimension {@link #SEX} or {@link #AGE_BAND}
   * @return its values, in order
   * @throws IllegalArgumentException for another dimension
   */
  public static List<String> valuesOf(String dimension) {
    return switch (dimension) {
      case SEX -> SEX_VALUES;
      case AGE_BAND -> AGE_BANDS;
      default -> throw new IllegalArgumentException("not a bias dimension: " + dimension);
    };
  }

  /**
   * @param p a person
   * @return the recorded sex ({@code F}, {@code M}, {@code U}) or {@link #UNKNOWN} when not recorded
   */
  public static String sexOf(Person p) {
    return p.sex().map(Enum::name).orElse(UNKNOWN);
  }

  /**
   * The age band of a person on a date, by completed years ({@link Person#ageOn}): 0–17, 18–25,
   * 26–35, 36–50, 51 and over; {@link #UNKNOWN} with no date of birth (or one after the date).
   *
   * @param p a person
   * @param asOf the date
   * @return the band
   */
  public static String ageBand(Person p, LocalDate asOf) {
    OptionalInt age = p.ageOn(asOf);
    if (age.isEmpty()) {
      return UNKNOWN;
    }
    int a = age.getAsInt();
    return a <= 17 ? "0-17" : a <= 25 ? "18-25" : a <= 35 ? "26-35" : a <= 50 ? "36-50" : "51+";
  }

  /**
   * @param dimension a dimension
   * @param category a name of {@link #CATEGORIES}
   * @return that block of rows, in value order (their people add up to the category's total)
   */
  public List<Row> rows(String dimension, String category) {
    return rows.stream().filter(r -> r.dimension().equals(dimension) && r.category().equals(category)).toList();
  }

  /**
   * @param dimension a dimension
   * @param value a value of it
   * @param category a name of {@link #CATEGORIES}
   * @return the people of the category with the value (0 for an unknown cell)
   */
  public long people(String dimension, String value, String category) {
    return rows.stream()
        .filter(r -> r.dimension().equals(dimension) && r.value().equals(value) && r.category().equals(category))
        .mapToLong(Row::people).findFirst().orElse(0);
  }

  /**
   * @param category a name of {@link #CATEGORIES}
   * @return the people of the category
   */
  public long total(String category) {
    return rows.stream().filter(r -> r.category().equals(category)).mapToLong(Row::categoryTotal).findFirst()
        .orElse(0);
  }

  private static String key(String dimension, String value, String category) {
    return dimension + '\u0000' + value + '\u0000' + category;
  }
}
