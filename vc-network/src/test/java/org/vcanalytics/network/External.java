package org.vcanalytics.network;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.Link;
import org.vcanalytics.core.LinkEvidence;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.VcDataset;

/**
 * The real public networks of ../shared/data/external, read in place (the POLE example has no
 * licence, so nothing of it is copied into the project). A test that needs one is skipped, saying
 * so, when the file is absent, and fails instead when the system property {@value #REQUIRE} is
 * true (.ci/run sets it: there the golden tests must run).
 */
final class External {
  private External() {}

  /** The system property that turns absent shared data from a skip into a failure. */
  static final String REQUIRE = "vc.requireSharedData";

  /** From the module directory, where surefire runs: the shared folder beside the checkout. */
  static final Path ROOT = Path.of("../../shared/data/external");
  static final LocalDate DAY = LocalDate.of(2000, 1, 1);

  static Path file(String folder, String name) {
    Path p = ROOT.resolve(folder).resolve(name);
    if (!Files.isRegularFile(p)) {
      String missing = "the shared data file " + p.toAbsolutePath().normalize() + " is absent"
          + (Files.isDirectory(ROOT) ? "" : " (no folder " + ROOT.toAbsolutePath().normalize() + " at all)")
          + "; it was looked for at " + p + " from " + Path.of("").toAbsolutePath()
          + ", i.e. in shared/data/external beside the checkout";
      if (Boolean.getBoolean(REQUIRE)) {
        fail(missing + ", and " + REQUIRE + "=true requires it");
      }
      abort("skipped: " + missing + " (-D" + REQUIRE + "=true makes this a failure)");
    }
    return p;
  }

  static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a CSV file with no quoted commas, less its header. */
  static List<String[]> csv(Path p) {
    List<String> lines = lines(p);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  /** A network of unit-weight links from an edge list (duplicates and both directions merged, self-links dropped). */
  static PersonNetwork fromEdges(Set<String> people, List<String[]> edges) {
    Map<String, Link> links = new LinkedHashMap<>();
    for (String[] e : edges) {
      if (e[0].equals(e[1])) {
        continue;
      }
      Link l = Link.of(e[0], e[1], List.of(LinkEvidence.crime("E", DAY)));
      links.putIfAbsent(l.personA() + "\u0000" + l.personB(), l);
    }
    return PersonNetwork.of(people, links.values());
  }

  /** POLE person id to "name surname". */
  static Map<String, String> polePeople() {
    Map<String, String> names = new HashMap<>();
    for (String[] r : csv(file("neo4j-pole", "crime-investigation.nodes.Person.csv"))) {
      names.put(r[0], r[3] + " " + r[1]); // :ID,surname,nhs_no,name,age,:LABEL
    }
    return names;
  }

  /** The POLE KNOWS graph, undirected: 369 people, 586 links (SOURCE.md). */
  static PersonNetwork poleKnows() {
    return fromEdges(polePeople().keySet(), csv(file("neo4j-pole", "crime-investigation.relationships.KNOWS.csv")));
  }

  /** Wheeler's gang network, undirected: 22 people, 24 links (SOURCE.md). */
  static PersonNetwork gang() {
    Set<String> people = new TreeSet<>();
    for (String[] r : csv(file("wheeler-gang-network", "Nodes_Gang1.csv"))) {
      people.add(r[0]);
    }
    return fromEdges(people, csv(file("wheeler-gang-network", "Edges_Gang1.csv")));
  }

  /** St Louis person names: line i is person P{i+1, three digits}. */
  static List<String> stLouisNames() {
    return lines(file("konect-moreno-crime", "ent.moreno_crime_crime.person.name"));
  }

  /**
   * The St Louis co-involvement projection: two people are linked when they are on the same crime in
   * any role (829 people, 2,253 links, SOURCE.md); ids P001 to P829, crimes C001 to C551.
   */
  static PersonNetwork stLouis() {
    List<String> pairs = lines(file("konect-moreno-crime", "out.moreno_crime_crime"));
    List<String> roles = lines(file("konect-moreno-crime", "rel.moreno_crime_crime.person.role"));
    VcDataset.Builder b = VcDataset.builder();
    for (int i = 0, n = stLouisNames().size(); i < n; i++) {
      b.addPerson(Person.of(String.format("P%03d", i + 1)));
    }
    Set<String> crimes = new TreeSet<>();
    List<String> data = pairs.stream().filter(l -> !l.startsWith("%")).toList();
    for (int i = 0; i < data.size(); i++) {
      String[] pc = data.get(i).strip().split("\\s+");
      String person = String.format("P%03d", Integer.parseInt(pc[0]));
      String crime = String.format("C%03d", Integer.parseInt(pc[1]));
      if (crimes.add(crime)) {
        b.addCrime(Crime.builder().id(crime).hoCode("8N").committedOn(DAY).build());
      }
      for (String role : roles.get(i).strip().split(" ")) {
        b.addInvolvement(crime, person, Role.valueOf(role.toUpperCase()));
      }
    }
    Set<String> everyPair = new TreeSet<>();
    for (Role x : Role.values()) {
      for (Role y : Role.values()) {
        everyPair.add(x + "+" + y);
      }
    }
    return PersonNetwork.build(b.build(), DAY, NetworkOptions.defaults().withRolePairs(everyPair));
  }
}
