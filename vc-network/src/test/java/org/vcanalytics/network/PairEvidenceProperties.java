package org.vcanalytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;

/**
 * {@link PairEvidence} gives the links a map of lists keyed by the pair would: one per pair, in
 * (lower, higher) order, each with its evidence in the order it was added; none for x = y.
 */
class PairEvidenceProperties {

  @Property(tries = 300)
  void theSameLinksAsAMapOfPairs(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 11) Integer> ends) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ids.add(String.format("P%02d", i));
    }
    PairEvidence pe = new PairEvidence();
    Map<Long, List<LinkEvidence>> expected = new TreeMap<>();
    for (int k = 0; k + 1 < ends.size(); k += 2) {
      int x = ends.get(k);
      int y = ends.get(k + 1);
      LinkEvidence e = LinkEvidence.crime("C" + k, LocalDate.of(2024, 1, 1).plusDays(k));
      pe.add(x, y, e);
      if (x != y) {
        expected.computeIfAbsent(((long) Math.min(x, y) << 32) | Math.max(x, y), q -> new ArrayList<>()).add(e);
      }
    }
    List<Link> want = new ArrayList<>();
    expected.forEach((key, ev) -> want.add(Link.of(ids.get((int) (key >>> 32)), ids.get((int) (long) key), ev)));
    assertThat(pe.links(ids, 0.0)).isEqualTo(want);
  }
}
