package org.vcanalytics.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.locationtech.jts.geom.Envelope;

/**
 * {@link EnvelopeGrid} answers every polygon whose box holds the point (or meets the envelope),
 * in increasing number, each once; whatever else it answers, its box does not hold the point.
 */
class EnvelopeGridProperties {

  @Property(tries = 300)
  void everyBoxHoldingThePointIsAnswered(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 1000) Integer> corners,
      @ForAll @IntRange(min = -100, max = 1100) int x,
      @ForAll @IntRange(min = -100, max = 1100) int y,
      @ForAll @IntRange(min = 0, max = 200) int tolerance) {
    List<Envelope> boxes = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i + 3 < corners.size() || (i == 0 && corners.size() < 4); i += 4) {
      int a = corners.get(i % corners.size());
      int b = corners.get((i + 1) % corners.size());
      int c = corners.get((i + 2) % corners.size());
      int d = corners.get((i + 3) % corners.size());
      boxes.add(new Envelope(a, a + c / 4.0, b, b + d / 4.0));
      owner.add(boxes.size() / 2); // two parts per polygon
    }
    EnvelopeGrid g = new EnvelopeGrid(boxes, owner);
    TreeSet<Integer> holding = new TreeSet<>();
    TreeSet<Integer> meeting = new TreeSet<>();
    Envelope q = new Envelope(x - tolerance, x + tolerance, y - tolerance, y + tolerance);
    for (int b = 0; b < boxes.size(); b++) {
      if (boxes.get(b).contains(x, y)) {
        holding.add(owner.get(b));
      }
      if (boxes.get(b).intersects(q)) {
        meeting.add(owner.get(b));
      }
    }
    int[] at = g.at(x, y);
    assertThat(at).isSorted().doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(at).boxed().toList()).containsAll(holding);
    int[] near = g.near(q);
    assertThat(near).isSorted().doesNotHaveDuplicates();
    assertThat(java.util.Arrays.stream(near).boxed().toList()).containsAll(meeting);
  }
}
