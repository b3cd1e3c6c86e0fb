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
   * {@code findAll} gives each query the rank {@code find} gives it: ids held (as the same or another
   * instance), ids not held, repeats, and ids whose hashes collide ("Aa" and "BB" share one).
   */
  @Property(tries = 300)
  void findAllGivesTheRanksFindGives(
      @ForAll @Size(max = 200) Set<String> ids, @ForAll @Size(max = 150) java.util.List<String> others) {
    java.util.List<String> held = new java.util.ArrayList<>(ids);
    held.add("Aa");
    held.add("BB");
    String[] a = new java.util.LinkedHashSet<>(held).toArray(new String[0]);
    long[] slots = IdTable.slots(a.length);
    for (int r = 0; r < a.length; r++) {
      IdTable.insert(slots, a[r].hashCode(), r);
    }
    java.util.List<String> queries = new java.util.ArrayList<>(others);
    for (String id : a) {
      queries.add(id);
      queries.add(new String(id.toCharArray()));
    }
    queries.add("AaAa"); // its hash is that of "BBBB", of "AaBB" and of "BBAa"
    java.util.Collections.shuffle(queries, new java.util.Random(queries.size()));
    String[] q = queries.toArray(new String[0]);
    int[] ranks = new int[q.length];
    IdTable.findAll(slots, a, q, q.length, ranks);
    for (int i = 0; i < q.length; i++) {
      assertThat(ranks[i]).as(q[i]).isEqualTo(IdTable.find(slots, a, q[i]));
    }
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
