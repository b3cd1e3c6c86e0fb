package org.vcanalytics.examples.report;

import static org.vcanalytics.examples.report.DashboardJson.fixed4;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.classify.CrimeClassification;
import org.vcanalytics.core.classify.Factor;
import org.vcanalytics.core.classify.PersonFactors;
import org.vcanalytics.core.classify.Typology;
import org.vcanalytics.core.classify.TypologyReason;
import org.vcanalytics.examples.pipeline.FactorGroups;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.geo.AreaLayer;
import org.vcanalytics.harm.Category;
import org.vcanalytics.harm.PersonHarm;
import org.vcanalytics.harm.WeightTable;
import org.vcanalytics.network.NetworkMeasures;
import org.vcanalytics.network.PersonNetwork;
import org.vcanalytics.network.Structure;
import org.vcanalytics.network.Vulnerability;

/**
 * The force-internal part of the dashboard: violent crime events, the people in a category, and the
 * network around them. Never in share/.
 */
final class DashboardPeople {
  private final PipelineResult r;
  private final DashboardAreas areas;
  private final int peopleLimit;
  /** The people shown, HIGH_HARM first, then by harm with recency (highest first), then id. */
  final List<PersonHarm> people;
  private final Map<String, Integer> personIndex = new HashMap<>();
  /** The people in a category, shown or not. */
  private final int total;

  DashboardPeople(PipelineResult r, DashboardAreas areas, int peopleLimit) {
    this.r = r;
    this.areas = areas;
    this.peopleLimit = peopleLimit;
    List<PersonHarm> in = new ArrayList<>();
    for (PersonHarm p : r.harm().people()) {
      if (p.category() != Category.NONE) {
        in.add(p);
      }
    }
    in.sort(Comparator.comparing(PersonHarm::category)
        .thenComparing(Comparator.comparingDouble(PersonHarm::harmRecency).reversed())
        .thenComparing(PersonHarm::personId));
    this.total = in.size();
    this.people = List.copyOf(in.subList(0, Math.min(peopleLimit, in.size())));
    for (int i = 0; i < people.size(); i++) {
      personIndex.put(people.get(i).personId(), i);
    }
  }

  /** {@code events}: the violent crimes, most recent first (then by id), at most {@code limit}. */
  void events(JsonGenerator g, int limit) throws IOException {
    List<CrimeClassification> all = r.classification().violentCrimes(); // id order (Classification)
    List<Crime> records = r.classification().violentCrimeRecords(); // in step
    int n = all.size();
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      days[i] = records.get(i).committedOn().toEpochDay();
    }
    int[] hotspotLevel = hotspotLevels();
    // the newest first; a day's crimes in id order, the order of the list
    int[] shown = Arrays.copyOf(DashboardOrder.descending(days), Math.min(limit, n));
    Map<String, Integer> offences = new LinkedHashMap<>();
    Map<String, String> titles = new HashMap<>();
    Map<String, Integer> reasons = new LinkedHashMap<>();
    int[][] reasonsOf = new int[shown.length][];
    for (int k = 0; k < shown.length; k++) {
      CrimeClassification c = all.get(shown[k]);
      if (offences.putIfAbsent(c.hoCode(), offences.size()) == null) {
        titles.put(c.hoCode(), c.offence().map(o -> o.title()).orElse(""));
      }
      List<TypologyReason> xs = c.reasons();
      reasonsOf[k] = new int[xs.size()];
      for (int j = 0; j < xs.size(); j++) {
        TypologyReason x = xs.get(j);
        Integer seen = reasons.putIfAbsent(x.typology().name() + ": " + x.text(), reasons.size());
        reasonsOf[k][j] = seen == null ? reasons.size() - 1 : seen;
      }
    }
    WeightTable weights = r.options().harmOptions().weights();
    g.writeObjectFieldStart("events");
    g.writeNumberField("total", n);
    g.writeNumberField("shown", shown.length);
    g.writeArrayFieldStart("offences");
    for (String code : offences.keySet()) {
      g.writeStartArray();
      g.writeString(code);
      g.writeString(titles.get(code));
      g.writeEndArray();
    }
    g.writeEndArray();
    DashboardJson.strings(g, "reasons", reasons.keySet());
    g.writeArrayFieldStart("rows");
    for (int k = 0; k < shown.length; k++) {
      CrimeClassification c = all.get(shown[k]);
      g.writeStartArray();
      g.writeString(c.crimeId());
      g.writeString(records.get(shown[k]).committedOn().toString());
      g.writeNumber(offences.get(c.hoCode()));
      var w = weights.find(c.hoCode());
      if (w.isPresent()) {
        fixed4(g, w.get().value());
      } else {
        g.writeNull();
      }
      int mask = 0;
      for (Typology t : c.typologies()) {
        mask |= 1 << t.ordinal();
      }
      g.writeNumber(mask);
      g.writeArray(reasonsOf[k], 0, reasonsOf[k].length);
      g.writeStartArray();
      for (int l = 0; l < areas.levels.size(); l++) {
        g.writeNumber(areas.levels.get(l).of(areaAt(shown[k], hotspotLevel[l])));
      }
      g.writeEndArray();
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code people}: the people in a category (at most the limit), and the people of each area. */
  void people(JsonGenerator g) throws IOException {
    var measures = r.measures();
    g.writeObjectFieldStart("people");
    g.writeNumberField("total_in_category", total);
    g.writeNumberField("shown", people.size());
    g.writeNumberField("limit", peopleLimit);
    g.writeArrayFieldStart("rows");
    for (PersonHarm p : people) {
      g.writeStartArray();
      g.writeString(p.personId());
      g.writeString(p.category().name());
      g.writeNumber(p.vcEvents());
      fixed4(g, p.harm());
      fixed4(g, p.harmRecency());
      if (p.rfg().isPresent()) {
        g.writeString(p.rfg().get().toString());
      } else {
        g.writeNull();
      }
      PersonFactors f = r.classification().factorsOf(p.personId());
      int mask = 0;
      for (Factor x : Factor.values()) {
        if (f.has(x)) {
          mask |= 1 << x.ordinal();
        }
      }
      g.writeNumber(mask);
      DashboardJson.number(g, r.proximity().hops(p.personId()));
      var m = measures.flatMap(x -> x.person(p.personId())).filter(NetworkMeasures.PersonMeasures::linked);
      if (m.isPresent()) {
        g.writeNumber(m.get().degree());
        fixed4(g, m.get().betweenness());
      } else {
        g.writeNull();
        g.writeNull();
      }
      g.writeString(p.explanation());
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("area_people");
    List<TreeMap<String, BitSet>> byLevel = shownByArea();
    for (int k = 0; k < areas.levels.size(); k++) {
      DashboardAreas.Level l = areas.levels.get(k);
      g.writeArrayFieldStart(l.level());
      for (Map.Entry<String, BitSet> e : byLevel.get(k).entrySet()) {
        g.writeStartArray();
        g.writeNumber(l.of(e.getKey()));
        g.writeStartArray();
        for (int i = e.getValue().nextSetBit(0); i >= 0; i = e.getValue().nextSetBit(i + 1)) {
          g.writeNumber(i);
        }
        g.writeEndArray();
        g.writeEndArray();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Per level of {@code areas.levels}, the areas (by id) whose violent crimes have a person shown as
   * offender, suspect or victim (the people of {@link FactorGroups#peopleByArea}), and those people's
   * places in {@link #people}: found from the people shown, so the cost does not grow with the force.
   */
  private List<TreeMap<String, BitSet>> shownByArea() {
    List<TreeMap<String, BitSet>> byLevel = new ArrayList<>();
    areas.levels.forEach(l -> byLevel.add(new TreeMap<>()));
    int[] hotspotLevel = hotspotLevels();
    for (int p = 0; p < people.size(); p++) {
      String id = people.get(p).personId();
      List<Involvement> involvements = r.data().involvementsOf(id);
      int[] crimes = r.data().crimeIndexesOfInvolvementsOf(id); // in step with the involvements
      for (int j = 0; j < crimes.length; j++) {
        Role role = involvements.get(j).role();
        int v = r.classification().violentAt(crimes[j]);
        if (!(role.isOffenderOrSuspect() || role == Role.VICTIM) || v < 0) {
          continue;
        }
        for (int l = 0; l < byLevel.size(); l++) {
          byLevel.get(l).computeIfAbsent(areaAt(v, hotspotLevel[l]), x -> new BitSet()).set(p);
        }
      }
    }
    return byLevel;
  }

  /** @return for each of {@code areas.levels}, its place in the hotspots' levels; -1 for one not counted */
  private int[] hotspotLevels() {
    int[] at = new int[areas.levels.size()];
    for (int l = 0; l < at.length; l++) {
      at[l] = r.hotspots().levels().indexOf(areas.levels.get(l).level());
    }
    return at;
  }

  /** @return violent crime v's area at a place in the hotspots' levels; UNASSIGNED for -1 */
  private String areaAt(int v, int hotspotLevel) {
    return hotspotLevel < 0 ? AreaLayer.UNASSIGNED : r.hotspots().areaAt(v, hotspotLevel);
  }

  /** Links and the places of their ends in the nodes. */
  private record Ends(List<Link> links, int[] a, int[] b) {
    /** The links by the place of their first end, then of their second (a stable sort). */
    static Ends of(List<Link> links, Map<String, Integer> node) {
      int[] a = new int[links.size()];
      int[] b = new int[links.size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = node.get(links.get(i).personA());
        b[i] = node.get(links.get(i).personB());
      }
      int[] order = DashboardOrder.ascending(a, b);
      List<Link> sorted = new ArrayList<>(a.length);
      int[] sa = new int[a.length];
      int[] sb = new int[a.length];
      for (int k = 0; k < order.length; k++) {
        sorted.add(links.get(order[k]));
        sa[k] = a[order[k]];
        sb[k] = b[order[k]];
      }
      return new Ends(sorted, sa, sb);
    }
  }

  /** The most evidence items written per link; the counts say how many there are. */
  static final int EVIDENCE_CAP = 3;
  /** Rows in each top list and the most components listed. */
  static final int TOP = 20;
  static final int COMPONENTS = 50;

  /**
   * {@code network}: the people shown, then the other ends of their links (id order); every link
   * touching a person shown; components, top degree and betweenness, vulnerable people.
   */
  void network(JsonGenerator g, int egoCap) throws IOException {
    Set<String> shown = new LinkedHashSet<>();
    people.forEach(p -> shown.add(p.personId()));
    // The people shown, the other ends of their links (in id order) and every link touching one shown.
    PersonNetwork held = r.network().touching(shown);
    List<Link> links = held.links();
    List<String> nodes = new ArrayList<>(shown);
    for (String id : held.people()) {
      if (!shown.contains(id)) {
        nodes.add(id);
      }
    }
    Map<String, Integer> node = new HashMap<>(2 * nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      node.put(nodes.get(i), i);
    }
    Ends ends = Ends.of(links, node);
    links = ends.links();
    g.writeObjectFieldStart("network");
    DashboardJson.strings(g, "nodes", nodes);
    g.writeArrayFieldStart("node_category");
    for (String id : nodes) {
      g.writeString(r.harm().person(id).map(p -> p.category().name()).orElse(Category.NONE.name()));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    for (int k = 0; k < links.size(); k++) {
      Link l = links.get(k);
      g.writeStartArray();
      g.writeNumber(ends.a()[k]);
      g.writeNumber(ends.b()[k]);
      fixed4(g, l.weight());
      g.writeNumber(l.crimeEvidence());
      g.writeNumber(l.intelEvidence());
      g.writeStartArray();
      for (LinkEvidence e : l.evidence().subList(0, Math.min(EVIDENCE_CAP, l.evidence().size()))) {
        g.writeStartArray();
        g.writeString(e.type() == LinkEvidence.Type.CRIME ? "crime" : "intel");
        g.writeString(e.id());
        g.writeString(e.date().toString());
        if (e.grade().isPresent()) {
          g.writeString(e.grade().get().sourceCode() + e.grade().get().assessmentCode());
        } else {
          g.writeNull();
        }
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("components");
    List<List<String>> comps = new ArrayList<>(Structure.components(held));
    comps.sort(Comparator.comparingInt((List<String> c) -> -c.size()).thenComparing(c -> node.get(c.get(0))));
    for (List<String> c : comps.subList(0, Math.min(COMPONENTS, comps.size()))) {
      g.writeStartObject();
      g.writeNumberField("size", c.size());
      g.writeNumberField("people_in_category", c.stream().filter(shown::contains).count());
      g.writeNumberField("node", c.stream().map(node::get).min(Integer::compare).orElseThrow());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("component_count", comps.size());
    int[] degree = new int[nodes.size()];
    for (int k = 0; k < links.size(); k++) {
      degree[ends.a()[k]]++;
      degree[ends.b()[k]]++;
    }
    int linked = 0; // the people shown (nodes 0 to shown.size() - 1) with a link, and their degrees
    int[] withLinks = new int[shown.size()];
    for (int i = 0; i < shown.size(); i++) {
      withLinks[linked] = i;
      linked += degree[i] > 0 ? 1 : 0;
    }
    long[] degrees = new long[linked];
    for (int k = 0; k < linked; k++) {
      degrees[k] = degree[withLinks[k]];
    }
    int[] byDegree = DashboardOrder.descending(degrees); // the most links first, then node order
    g.writeArrayFieldStart("top_degree");
    for (int k = 0; k < Math.min(TOP, byDegree.length); k++) {
      int i = withLinks[byDegree[k]];
      g.writeStartArray();
      g.writeNumber(i);
      g.writeNumber(degree[i]);
      g.writeEndArray();
    }
    g.writeEndArray();
    if (r.measures().isPresent()) {
      NetworkMeasures m = r.measures().get();
      List<String> byB = new ArrayList<>(shown);
      byB.removeIf(id -> m.indexOf(id) < 0);
      byB.sort(Comparator.comparingDouble((String id) -> -m.betweenness(m.indexOf(id))).thenComparing(node::get));
      g.writeArrayFieldStart("top_betweenness");
      for (String id : byB.subList(0, Math.min(TOP, byB.size()))) {
        g.writeStartArray();
        g.writeNumber(node.get(id));
        fixed4(g, m.betweenness(m.indexOf(id)));
        g.writeEndArray();
      }
      g.writeEndArray();
      Map<Integer, Integer> communities = new HashMap<>();
      Map<Integer, Integer> firstNode = new HashMap<>();
      for (String id : shown) {
        int i = m.indexOf(id);
        if (i >= 0 && m.person(i).linked()) {
          communities.merge(m.community(i), 1, Integer::sum);
          firstNode.merge(m.community(i), node.get(id), Math::min);
        }
      }
      List<Integer> order = new ArrayList<>(communities.keySet());
      order.sort(Comparator.comparingInt((Integer c) -> -communities.get(c)).thenComparing(firstNode::get));
      g.writeArrayFieldStart("communities");
      for (int c : order.subList(0, Math.min(COMPONENTS, order.size()))) {
        g.writeStartObject();
        g.writeNumberField("size", communities.get(c));
        g.writeNumberField("node", firstNode.get(c));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("vulnerable");
    List<Vulnerability.VulnerablePerson> vulnerable = Vulnerability.rank(held, r.proximity().sources());
    for (Vulnerability.VulnerablePerson v : vulnerable.subList(0, Math.min(TOP, vulnerable.size()))) {
      g.writeStartArray();
      g.writeNumber(node.get(v.personId()));
      g.writeString(v.offenderLinks() + " of " + v.links() + (v.links() == 1 ? " link" : " links")
          + " to violent offenders; not an offender or suspect themselves");
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeNumberField("ego_cap", egoCap);
    g.writeEndObject();
  }
}
