package org.vcanalytics.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** {@link IdTable}: each id's rank is its position; an id not given is not found. */
class IdTableProperties {

  @Property(tries = 300)
  void everyIdIsFoundAtItsRankAndNoOtherIs(
      @ForAll @Size(max = 300) Set<String> ids, @ForAll String other) {
    String[] a = ids.toArray(new String[0]);
    IdTable t = new IdTable(a);
    for (int r = 0; r < a.length; r++) {
      assertThat(t.rank(a[r])).isEqualTo(r);
      // An equal id that is another instance (as read from another file) is found too.
      assertThat(t.rank(new String(a[r].toCharArray()))).isEqualTo(r);
    }
    assertThat(t.rank(other)).isEqualTo(ids.contains(other) ? java.util.Arrays.asList(a).indexOf(other) : -1);
    assertThat(t.size()).isEqualTo(a.length);
  }

  /**
   * Ids of a force's shape, a letter and seven digits, fill the table without one lost: P0000000
   * to P0099999 each at its rank, P0100000 absent.
   */
  @Test
  void forceShapedIdsAreEachAtTheirRank() {
    String[] a = new String[100_000];
    for (int i = 0; i < a.length; i++) {
      a[i] = String.format(java.util.Locale.ROOT, "P%07d", i);
    }
    IdTable t = new IdTable(a);
    for (int i = 0; i < a.length; i++) {
      assertThat(t.rank("P" + String.format(java.util.Locale.ROOT, "%07d", i))).isEqualTo(i);
    }
    assertThat(t.rank("P0100000")).isEqualTo(-1);
    assertThat(new IdTable(new String[0]).rank("P1")).isEqualTo(-1);
  }
}
