package org.vcanalytics.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A number per person of a network, in person id order. Immutable. */
public final class Scores {
  private final PersonNetwork network;
  private final double[] values;

  Scores(PersonNetwork network, double[] values) {
    this.network = network;
    this.values = values;
  }

  /**
   * @param personId a person of the network
   * @return their score
   * @throws IllegalArgumentException for someone not in the network
   */
  public double get(String personId) {
    int i = network.indexOf(personId);
    if (i < 0) {
      throw new IllegalArgumentException(personId + " is not in the network");
    }
    return values[i];
  }

  /**
   * @param k how many
   * @return the k highest, highest first, ties in person id order
   */
  public List<Map.Entry<String, Double>> top(int k) {
    List<Map.Entry<String, Double>> all = new ArrayList<>(asMap().entrySet());
    all.sort(
        Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }

  /** @return person id to score, in id order */
  public Map<String, Double> asMap() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      m.put(network.people().get(i), values[i]);
    }
    return m;
  }
}
