package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Sex;
import org.vcanalytics.examples.pipeline.Bias.Subject;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.harm.Category;

/** Invariants of the bias tables over random people. */
class BiasProperties {

  static final LocalDate AS_OF = BiasTest.AS_OF;
  static final SortedMap<String, AreaLayer> LAYERS = BiasTest.twoAreas();

  /** Random people: any category, sex or none, date of birth or none (a few after the as-of date), home or none. */
  static List<Subject> people(long seed, int n) {
    Random r = new Random(seed);
    List<Subject> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Person.Builder b = Person.builder().id("P" + i);
      int s = r.nextInt(Sex.values().length + 1);
      if (s < Sex.values().length) {
        b.sex(Sex.values()[s]);
      }
      if (r.nextInt(6) > 0) {
        b.dateOfBirth(AS_OF.minusDays(r.nextInt(80 * 366) - 30));
      }
      if (r.nextInt(4) > 0) {
        b.home(GridPoint.of(r.nextInt(25) * 100, r.nextInt(15) * 100)); // edges, inside and outside
      }
      out.add(new Subject(Category.values()[r.nextInt(Category.values().length)], b.build()));
    }
    return out;
  }

  @Property
  void cellsAddUpToTheirCategory(@ForAll long seed, @ForAll @IntRange(max = 60) int n) {
    List<Subject> people = people(seed, n);
    Bias bias = Bias.of(AS_OF, people);
    assertThat(bias.rows()).hasSize(Bias.CATEGORIES.size() * (Bias.SEX_VALUES.size() + Bias.AGE_BANDS.size()));
    assertThat(bias.total(Bias.ALL)).isEqualTo(n);
    for (String d : Bias.DIMENSIONS) {
      for (String c : Bias.CATEGORIES) {
        List<Bias.Row> block = bias.rows(d, c);
        assertThat(block).extracting(Bias.Row::value).containsExactlyElementsOf(Bias.valuesOf(d));
        long total = people.stream().filter(s -> c.equals(Bias.ALL) || s.category().name().equals(c)).count();
        assertThat(block).allSatisfy(r -> assertThat(r.categoryTotal()).isEqualTo(total));
        assertThat(block.stream().mapToLong(Bias.Row::people).sum()).isEqualTo(total);
        if (total > 0) {
          assertThat(block.stream().mapToDouble(r -> r.shareOfCategory().getAsDouble()).sum()).isCloseTo(1, within(1e-9));
        } else {
          assertThat(block).allSatisfy(r -> assertThat(r.shareOfCategory()).isEmpty());
        }
      }
      for (String v : Bias.valuesOf(d)) {
        long inData = bias.people(d, v, Bias.ALL);
        long inCategories = 0;
        for (String c : Bias.CATEGORIES.subList(0, 3)) {
          inCategories += bias.people(d, v, c);
        }
        assertThat(inCategories).isLessThanOrEqualTo(inData);
        assertThat(bias.rows()).filteredOn(r -> r.dimension().equals(d) && r.value().equals(v))
            .allSatisfy(r -> assertThat(r.peopleInData()).isEqualTo(inData));
      }
    }
  }

  @Property
  void areasAddUpToTheCategoryTotals(@ForAll long seed, @ForAll @IntRange(max = 60) int n) {
    List<Subject> people = people(seed, n);
    Bias bias = Bias.of(AS_OF, people);
    BiasAreas areas = BiasAreas.of(people, LAYERS);
    for (String level : LAYERS.keySet()) {
      List<BiasAreas.Row> rows = areas.rows(level);
      assertThat(rows).extracting(BiasAreas.Row::areaId).endsWith(AreaLayer.UNASSIGNED, BiasAreas.NO_HOME);
      for (String c : Bias.CATEGORIES) {
        assertThat(rows.stream().mapToLong(r -> r.people(c)).sum()).as(c).isEqualTo(bias.total(c));
      }
      assertThat(rows).allSatisfy(r -> assertThat(r.highHarm() + r.involved() + r.connected()).isLessThanOrEqualTo(r.all()));
      long noHome = people.stream().filter(s -> s.person().home().isEmpty()).count();
      assertThat(rows.get(rows.size() - 1).all()).isEqualTo(noHome);
    }
  }

  @Property
  void theOrderOfThePeopleDoesNotMatter(@ForAll long seed, @ForAll @IntRange(max = 60) int n) {
    List<Subject> people = people(seed, n);
    List<Subject> shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled, new Random(seed ^ 0x5DEECE66DL));
    assertThat(Bias.of(AS_OF, shuffled)).isEqualTo(Bias.of(AS_OF, people));
    assertThat(BiasAreas.of(shuffled, LAYERS)).isEqualTo(BiasAreas.of(people, LAYERS));
  }

  @Property
  void theAgeBandIsTheCompletedYears(@ForAll long seed) {
    Random r = new Random(seed);
    LocalDate born = AS_OF.minusDays(r.nextInt(90 * 366));
    int age = java.time.Period.between(born, AS_OF).getYears();
    String band = Bias.ageBand(Person.builder().id("X").dateOfBirth(born).build(), AS_OF);
    int lo = Integer.parseInt(band.replace("+", "").split("-")[0]);
    assertThat(age).isGreaterThanOrEqualTo(lo);
    if (band.contains("-")) {
      assertThat(age).isLessThanOrEqualTo(Integer.parseInt(band.split("-")[1]));
    }
  }
}
