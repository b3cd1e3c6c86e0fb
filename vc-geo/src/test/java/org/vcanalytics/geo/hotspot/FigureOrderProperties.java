package org.vcanalytics.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.geo.PeriodType;

/** The packed-number sort of the figures gives the order of the class comment, exactly. */
class FigureOrderProperties {

  @Property(tries = 200)
  void packedOrderIsTheDocumentedOrder(@ForAll long seed) {
    Random r = new Random(seed);
    String[] levels = {"lsoa", "npu", "Neighbourhood", "a"};
    String[] areas = {"E01", "E010", "E02", "e01", AreaLayer.UNASSIGNED, "Z", "A 1"};
    List<String> typologies = Typologies.names();
    List<AreaFigures> figures = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int n = 1 + r.nextInt(300);
    for (int i = 0; i < n; i++) {
      PeriodType type = PeriodType.values()[r.nextInt(PeriodType.values().length)];
      LocalDate day = LocalDate.of(1900 + r.nextInt(201), 1 + r.nextInt(12), 1 + r.nextInt(28));
      AreaFigures f =
          new AreaFigures(
              levels[r.nextInt(levels.length)], areas[r.nextInt(areas.length)], "name", type.of(day),
              typologies.get(r.nextInt(typologies.size())), 1, 1.0, 1, 1, OptionalLong.empty(),
              OptionalDouble.empty(), 0.5, OptionalInt.empty(), OptionalInt.empty());
      // (level, area, period, typology) is unique in a result.
      if (seen.add(f.level() + "|" + f.areaId() + "|" + f.period() + "|" + f.typology())) {
        figures.add(f);
      }
    }
    java.util.Collections.shuffle(figures, r);
    List<AreaFigures> expected = new ArrayList<>(figures);
    expected.sort(Figures.ORDER);
    assertThat(Figures.inOrder(figures)).containsExactlyElementsOf(expected);
  }
}
