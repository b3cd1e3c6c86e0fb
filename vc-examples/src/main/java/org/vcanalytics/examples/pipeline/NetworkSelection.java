package org.vcanalytics.examples.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vcanalytics.core.Link;
import org.vcanalytics.harm.HarmResult;
import org.vcanalytics.network.PersonNetwork;

/**
 * The people and links of {@code vc analyse}'s network files (network.graphml, network.gexf,
 * network.cyjs), chosen once and handed to each writer, which writes them and chooses nothing.
 *
 * <ul>
 *   <li>{@link ExportOptions.Scope#HIGH_HARM} (the default): the High Harm people, every link with
 *       at least one High Harm end, and the other end of each such link (of any category). A link
 *       between two people outside High Harm is left out, even when both are in the file.
 *   <li>{@link ExportOptions.Scope#CATEGORY}: the people in a category (HIGH_HARM, INVOLVED,
 *       CONNECTED), every link with at least one end among them, and the other end of each such link
 *       (a person of category NONE). A link between two people of category NONE is left out, even
 *       when both are in the file.
 *   <li>{@link ExportOptions.Scope#WHOLE}: everyone in the network (everyone in the data set, linked
 *       or not) and every link, as links.csv.
 * </ul>
 *
 * @param scope the scope chosen
 * @param people the people, in id order
 * @param links the links, by their two ends
 * @param inCategory how many of the people are in a category (HIGH_HARM, INVOLVED, CONNECTED)
 */
public record NetworkSelection(ExportOptions.Scope scope, List<String> people, List<Link> links, int inCategory) {

  /** Copies the lists. */
  public NetworkSelection {
    Objects.requireNonNull(scope, "scope");
    people = List.copyOf(people);
    links = List.copyOf(links);
  }

  /**
   * @param r the pipeline's result, its scope from {@code r.options().exports()}
   * @return the people and links of the network files
   */
  public static NetworkSelection of(Pipeline.PipelineResult r) {
    return of(r.network(), r.harm(), r.options().exports().network());
  }

  /**
   * @param net the whole network
   * @param h the harm result (the categories)
   * @param scope which people and links
   * @return the people and links of the network files
   */
  public static NetworkSelection of(PersonNetwork net, HarmResult h, ExportOptions.Scope scope) {
    Set<String> highHarm = new HashSet<>();
    for (org.vcanalytics.harm.PersonHarm p : h.people()) {
      if (p.category() == org.vcanalytics.harm.Category.HIGH_HARM) {
        highHarm.add(p.personId());
      }
    }
    return of(net, Pipeline.peopleInACategory(h), highHarm, scope);
  }

  /**
   * @param net the whole network
   * @param category the people in a category
   * @param highHarm the High Harm people (among them)
   * @param scope which people and links
   * @return the people and links of the network files
   */
  public static NetworkSelection of(
      PersonNetwork net, Set<String> category, Set<String> highHarm, ExportOptions.Scope scope) {
    if (scope == ExportOptions.Scope.WHOLE) {
      return new NetworkSelection(scope, net.people(), net.links(), count(net.people(), category));
    }
    // The people chosen, the other ends of their links, and every link touching one of them: in id
    // order and by their two ends, from the network's own numbering.
    PersonNetwork sub = net.touching(scope == ExportOptions.Scope.HIGH_HARM ? highHarm : category);
    return new NetworkSelection(scope, sub.people(), sub.links(), count(sub.people(), category));
  }

  private static int count(Iterable<String> people, Set<String> category) {
    int in = 0;
    for (String p : people) {
      in += category.contains(p) ? 1 : 0;
    }
    return in;
  }
}
