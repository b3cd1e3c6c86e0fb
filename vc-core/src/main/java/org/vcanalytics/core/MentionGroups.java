package org.vcanalytics.core;

import java.util.List;

/**
 * The intelligence mentions of a {@link VcDataset} grouped by log (checked for repeats; within a log
 * by person id) and by person (within a person by log id).
 *
 * @param byIntel the mentions by log
 * @param byPerson the mentions by person
 * @param personRanksByIntel the rank of the person of each mention of {@code byIntel}, in its order
 */
record MentionGroups(Groups<IntelMention> byIntel, Groups<IntelMention> byPerson, int[] personRanksByIntel) {

  /**
   * @param mentions the mentions, in the order added
   * @param intel the logs
   * @param people the number of people
   * @param personRanks the rank of each mention's person, in the order added
   * @throws IllegalArgumentException when a mention names an unknown log, or a log names a person twice
   */
  static MentionGroups of(
      List<IntelMention> mentions, Index<IntelLog> intel, int people, int[] personRanks) {
    IntelMention[] men = mentions.toArray(new IntelMention[0]);
    long[] byPerson = new long[men.length]; // within a log by person: the person's rank (id order)
    for (int i = 0; i < men.length; i++) {
      byPerson[i] = personRanks[i];
    }
    Groups.Ordered<IntelMention> ordered =
        Groups.ordered(
            men,
            intel.ranksOfKnown(
                java.util.Arrays.asList(men), IntelMention::intelId,
                m -> "mention " + m + " names intelligence log " + m.intelId()),
            intel.size(),
            byPerson);
    Groups<IntelMention> mentionsByIntel = ordered.groups();
    for (int i = 1; i < men.length; i++) {
      IntelMention m = mentionsByIntel.all.get(i);
      if (m.equals(mentionsByIntel.all.get(i - 1))) {
        throw new IllegalArgumentException(
            "person " + m.personId() + " is named twice in intelligence log " + m.intelId()
                + "; a person cannot be their own link");
      }
    }
    int[] personOf = new int[men.length];
    for (int i = 0; i < men.length; i++) {
      personOf[i] = personRanks[ordered.order()[i]];
    }
    Groups<IntelMention> mentionsByPerson =
        Groups.of(mentionsByIntel.all.toArray(new IntelMention[0]), personOf, people, null);
    return new MentionGroups(mentionsByIntel, mentionsByPerson, personOf);
  }
}
