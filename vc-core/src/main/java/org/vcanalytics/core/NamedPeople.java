package org.vcanalytics.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The people index of a {@link VcDataset} — the registered people plus, once each, everyone named
 * elsewhere but not registered — with the rank of the person of each involvement, intelligence
 * mention, custody record and OCG membership, in the order they were added. Each named person is looked up once here, and
 * the ranks serve both questions: is everyone named registered (then the index of the registered
 * people is the index), and which group does each record join (no second look-up by id).
 *
 * @param index the people, in id order
 * @param involvementRanks the rank of each involvement's person, in the order the involvements were added
 * @param mentionRanks the rank of each mention's person, in the order the mentions were added
 * @param custodyRanks the rank of each custody record's person, in the order the records were added
 * @param ocgRanks the rank of each OCG membership's person, in the order the memberships were added
 */
record NamedPeople(
    Index<Person> index, int[] involvementRanks, int[] mentionRanks, int[] custodyRanks, int[] ocgRanks) {

  /**
   * @throws IllegalArgumentException when a person is added twice
   */
  static NamedPeople of(
      List<Person> registered,
      List<Involvement> involvements,
      List<IntelMention> mentions,
      List<CustodyRecord> custody,
      List<OcgMembership> ocg) {
    Index<Person> index = Index.of(registered, Person::id, "person");
    NamedPeople onlyRegistered = ranked(index, involvements, mentions, custody, ocg);
    if (known(onlyRegistered.involvementRanks())
        && known(onlyRegistered.mentionRanks())
        && known(onlyRegistered.custodyRanks())
        && known(onlyRegistered.ocgRanks())) {
      return onlyRegistered;
    }
    List<Person> all = new ArrayList<>(registered);
    Set<String> implied = new HashSet<>();
    for (List<String> named :
        List.of(
            ids(involvements, Involvement::personId),
            ids(mentions, IntelMention::personId),
            ids(custody, CustodyRecord::personId),
            ids(ocg, OcgMembership::personId))) {
      for (String id : named) {
        if (index.rank().rank(id) < 0 && implied.add(id)) {
          all.add(Person.of(id));
        }
      }
    }
    return ranked(Index.of(all, Person::id, "person"), involvements, mentions, custody, ocg);
  }

  private static NamedPeople ranked(
      Index<Person> index,
      List<Involvement> involvements,
      List<IntelMention> mentions,
      List<CustodyRecord> custody,
      List<OcgMembership> ocg) {
    return new NamedPeople(
        index,
        ranks(index, involvements, Involvement::personId),
        ranks(index, mentions, IntelMention::personId),
        ranks(index, custody, CustodyRecord::personId),
        ranks(index, ocg, OcgMembership::personId));
  }

  private static <T> int[] ranks(Index<Person> index, List<T> records, Function<T, String> person) {
    return index.ranksOf(records, person); // looked up 64 at a time
  }

  private static boolean known(int[] ranks) {
    for (int r : ranks) {
      if (r < 0) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<String> ids(List<T> records, Function<T, String> person) {
    return records.stream().map(person).toList();
  }
}
