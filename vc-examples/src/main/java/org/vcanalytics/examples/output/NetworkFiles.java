package org.vcanalytics.examples.output;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.examples.pipeline.NetworkSelection;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.PersonHarm;
import org.vcanalytics.network.NetworkExport;
import org.vcanalytics.network.NodeAttribute;

/**
 * The export behind network.graphml, network.gexf and network.cyjs: the selection's people and links
 * with each person's attributes, typed (docs/network.md §3). Built once; the three writers share it.
 */
final class NetworkFiles {
  private NetworkFiles() {}

  /** The node attributes of the network files, in column order. */
  static final List<NodeAttribute> ATTRIBUTES =
      List.of(
          NodeAttribute.text("category"),
          NodeAttribute.flag("in_category"),
          NodeAttribute.decimal("harm"),
          NodeAttribute.decimal("harm_recency"),
          NodeAttribute.integer("vc_events"),
          NodeAttribute.text("typologies"),
          NodeAttribute.integer("proximity"));

  /**
   * @param r the result
   * @param s the people and links, chosen once
   * @return their export, each node with {@link #ATTRIBUTES}
   */
  static NetworkExport export(PipelineResult r, NetworkSelection s) {
    Map<String, String> typologies = typologies(r, s.people());
    return NetworkExport.of(s.people(), s.links())
        .withNodeAttributes(ATTRIBUTES, id -> attributes(r, typologies, id));
  }

  /**
   * Each person of the files with a violent event: the typologies of their events, {@code
   * KNIFE;YOUTH} (in {@link Typology} order); made for the people written only, each text once.
   */
  private static Map<String, String> typologies(PipelineResult r, List<String> people) {
    Map<String, String> out = new HashMap<>(2 * people.size());
    Map<EnumSet<Typology>, String> texts = new HashMap<>();
    for (String id : people) {
      PersonHarm p = r.harm().person(id).orElse(null);
      if (p == null || p.events().isEmpty()) {
        continue;
      }
      EnumSet<Typology> types = EnumSet.noneOf(Typology.class);
      p.events().forEach(e -> types.addAll(r.classification().crime(e.crimeId()).orElseThrow().typologies()));
      out.put(id, texts.computeIfAbsent(types, t -> {
        List<String> names = new ArrayList<>();
        t.forEach(x -> names.add(x.name()));
        return String.join(";", names);
      }));
    }
    return out;
  }

  /**
   * A person's values: category and {@code in_category} always; harm, harm with recency, VC events
   * and typologies when the harm pillar knows the person; proximity when a violent offender or
   * suspect can be reached.
   */
  private static Map<String, Object> attributes(PipelineResult r, Map<String, String> typologies, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    PersonHarm p = r.harm().person(id).orElse(null);
    Category c = p == null ? Category.NONE : p.category();
    m.put("category", c.name());
    m.put("in_category", c != Category.NONE);
    if (p != null) {
      m.put("harm", p.harm());
      m.put("harm_recency", p.harmRecency());
      m.put("vc_events", p.vcEvents());
      m.put("typologies", typologies.getOrDefault(id, ""));
    }
    OptionalInt hops = r.proximity().hops(id);
    if (hops.isPresent()) {
      m.put("proximity", hops.getAsInt());
    }
    return m;
  }
}
