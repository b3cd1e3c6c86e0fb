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
   * instance), ids not held, repeats, and ids whose hashes collide ("Aa" and "BB" share one; so
   * does "\u0000Aa", which has no code because of its NUL, with "Aa", which has one).
   */
  @Property(tries = 300)
  void findAllGivesTheRanksFindGives(
      @ForAll @Size(max = 200) Set<String> ids, @ForAll @Size(max = 150) java.util.List<String> others) {
    java.util.List<String> held = new java.util.ArrayList<>(ids);
    held.add("Aa");
    held.add("BB");
    held.add("\u0000BB");
    held.add("AaAaAaAaAa"); // ten characters: no code
    String[] a = new java.util.LinkedHashSet<>(held).toArray(new String[0]);
    long[] codes = new long[a.length];
    for (int r = 0; r < a.length; r++) {
      codes[r] = IdTable.code(a[r]);
    }
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
    queries.add("\u0000Aa"); // the hash of "Aa" and "BB", no code
    queries.add("BBBBBBBBBB"); // the hash of "AaAaAaAaAa"
    java.util.Collections.shuffle(queries, new java.util.Random(queries.size()));
    String[] q = queries.toArray(new String[0]);
    int[] ranks = new int[q.length];
    java.util.List<String> inOrder = java.util.Arrays.asList(a);
    for (long[] c : new long[][] {codes, null}) { // a register's table, then the data set's
      IdTable.findAll(slots, a, c, q, q.length, ranks);
      for (int i = 0; i < q.length; i++) {
        assertThat(ranks[i]).as(q[i]).isEqualTo(IdTable.find(slots, a, c, q[i]));
        assertThat(ranks[i]).as(q[i]).isEqualTo(inOrder.indexOf(q[i]));
      }
    }
  }

  /** Two ids of up to nine ASCII characters have the same code exactly when they are equal. */
  @Property(tries = 2_000)
  void codesAreEqualExactlyForEqualIds(
      @ForAll @net.jqwik.api.constraints.StringLength(max = 9)
          @net.jqwik.api.constraints.Chars({'\u0001', 'A', 'B', 'a', '0', '9', '\u007f'}) String x,
      @ForAll @net.jqwik.api.constraints.StringLength(max = 9)
          @net.jqwik.api.constraints.Chars({'\u0001', 'A', 'B', 'a', '0', '9', '\u007f'}) String y) {
    long cx = IdTable.code(x);
    long cy = IdTable.code(y);
    assertThat(cx == 0).isEqualTo(x.isEmpty());
    assertThat(cx == cy).as(x + " / " + y).isEqualTo(x.equals(y));
  }

  @Test
  void codeExamples() {
    // "P1": 'P' is 80 and '1' is 49, so 80 × 128 + 49 = 10,289.
    assertThat(IdTable.code("P1")).isEqualTo(10_289L);
    // Nine characters of U+007F, the largest: 128^9 − 1 = 2^63 − 1, the largest long.
    assertThat(IdTable.code("\u007f".repeat(9))).isEqualTo(Long.MAX_VALUE);
    assertThat(IdTable.code("C000000001")).isZero(); // ten characters
    assertThat(IdTable.code("Pé")).isZero();
    assertThat(IdTable.code("P\u0000")).isZero();
    assertThat(IdTable.code("")).isZero();
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
