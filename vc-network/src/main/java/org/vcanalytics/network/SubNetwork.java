package org.vcanalytics.network;

import java.util.List;
import org.vcanalytics.core.Link;

/**
 * A part of the network: some people, the links among them, and the links from them to people
 * outside.
 *
 * @param people the people, in id order
 * @param links the links among them
 * @param leaving the links from one of them to someone outside
 */
public record SubNetwork(List<String> people, List<Link> links, List<Link> leaving) {

  /** Copies the lists. */
  public SubNetwork {
    people = List.copyOf(people);
    links = List.copyOf(links);
    leaving = List.copyOf(leaving);
  }
}
