package org.vcanalytics.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vcanalytics.core.Link;
import org.vcanalytics.examples.Pipeline.PipelineResult;
import org.vcanalytics.geo.AreaFigures;
import org.vcanalytics.harm.Category;
import org.vcanalytics.network.NetworkExport;
import org.vcanalytics.network.Pseudonymiser;

/** The {@code share/} folder of {@code vc analyse --share-key}: outputs fit for partners outside the force. */
public final class SharedOutputs {
  private SharedOutputs() {}

  /**
   * Writes the outputs fit for sharing outside the force into a folder: person ids replaced by keyed
   * pseudonyms, no person-level table, and every count of an aggregate table below {@code minCount}
   * suppressed (written {@code <5}, with the harm, rate, share and rank of that row left empty, so it
   * cannot be worked back).
   *
   * @param r the result
   * @param out the folder
   * @param pseudonyms the keyed pseudonymiser
   * @param minCount the smallest count shown (default 5)
   * @return the files written
   */
  public static List<Path> write(PipelineResult r, Path out, Pseudonymiser pseudonyms, int minCount) {
    try {
      OutputFiles.folder(out);
      List<Path> files = new ArrayList<>();
      List<List<String>> rows = new ArrayList<>();
      for (AreaFigures f : r.hotspots().figures()) {
        boolean small = f.vcEvents() < minCount;
        rows.add(
            List.of(
                f.level(), f.areaId(), f.period().toString(), f.typology(),
                small ? "<" + minCount : Long.toString(f.vcEvents()),
                small ? "" : OutputFiles.fixed4(f.harm()),
                f.offenders() < minCount ? "<" + minCount : Long.toString(f.offenders()),
                f.victims() < minCount ? "<" + minCount : Long.toString(f.victims()),
                small || f.ratePer1000().isEmpty() ? "" : OutputFiles.fixed4(f.ratePer1000().getAsDouble()),
                small ? "" : OutputFiles.fixed4(f.shareOfForce()),
                small || f.rank().isEmpty() ? "" : Integer.toString(f.rank().getAsInt())));
      }
      files.add(
          OutputFiles.csv(out.resolve("hotspots.csv"),
              List.of("level", "area_id", "period", "typology", "vc_events", "harm", "offenders", "victims",
                  "rate_per_1000", "share_of_force", "rank"),
              rows));
      List<List<String>> links = new ArrayList<>();
      for (Link l : r.network().links()) {
        String a = pseudonyms.pseudonym(l.personA());
        String b = pseudonyms.pseudonym(l.personB());
        links.add(
            List.of(a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a, OutputFiles.fixed4(l.weight()),
                Long.toString(l.crimeEvidence()), Long.toString(l.intelEvidence())));
      }
      links.sort(java.util.Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1)));
      files.add(OutputFiles.csv(out.resolve("links.csv"), List.of("person_a", "person_b", "weight", "crime_evidence", "intel_evidence"), links));
      Path graph = out.resolve("network.graphml");
      Set<String> people = new TreeSet<>();
      r.harm().people().stream().filter(p -> p.category() != Category.NONE).forEach(p -> people.add(p.personId()));
      files.add(
          OutputFiles.write(
              graph,
              w ->
                  NetworkExport.of(r.network().around(people))
                      .withNodeAttributes(
                          List.of("category", "harm_recency", "typologies", "proximity"),
                          id -> Outputs.nodeAttributes(r, id))
                      .pseudonymised(pseudonyms)
                      .graphml(w)));
      files.add(OutputFiles.text(out.resolve("README.txt"),
          "Outputs for sharing outside the force, as of " + r.asOf() + ".\n"
              + "Person ids are keyed pseudonyms (HMAC-SHA-256); the key is not here and must not travel with these files.\n"
              + "Counts below " + minCount + " are shown as <" + minCount + ", with the harm, rate, share and rank of their row left empty.\n"
              + "There is no person-level table. These figures augment, and never replace, professional judgement.\n"));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
