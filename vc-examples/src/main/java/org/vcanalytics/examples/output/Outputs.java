package org.vcanalytics.examples.output;

import org.vcanalytics.examples.internal.OutputFiles;
import org.vcanalytics.examples.pipeline.AreaCoverage;
import org.vcanalytics.examples.pipeline.NetworkSelection;
import org.vcanalytics.examples.report.Report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.StageListener;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.core.load.Rejection;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.harm.WeightTable;
import org.vcanalytics.network.NetworkExport;
import org.vcanalytics.network.NetworkMeasures;
import org.vcanalytics.geo.hotspot.AreaFigures;
import org.vcanalytics.geo.grid.GridHotspots;
import org.vcanalytics.geo.hotspot.Flow;
import org.vcanalytics.geo.hotspot.OffenderOrigins;
import org.vcanalytics.geo.hotspot.SchoolCohort;
import org.vcanalytics.geo.hotspot.SchoolNearArea;
import org.vcanalytics.geo.hotspot.Schools;
import org.vcanalytics.geo.hotspot.Travel;
import org.vcanalytics.geo.Period;

/**
 * Writes the pipeline's result as the files of {@code vc analyse}: CSV tables, JSON summary and
 * options, the network as GraphML, GEXF and Cytoscape JSON. Numbers are plain decimals with a dot
 * whatever the locale; rows are sorted by their key; the same input in any row order gives the same
 * bytes.
 */
public final class Outputs {
  private Outputs() {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Writes every output file into a folder (created if needed), on all cores.
   *
   * @param r the result
   * @param out the folder
   * @return the files written, in order
   */
  public static List<Path> write(PipelineResult r, Path out) {
    return write(r, out, StageListener.NONE, Runtime.getRuntime().availableProcessors());
  }

  /** One output file (or a few of one kind) and how it is written. */
  private record Task(String name, Writing writing) {}

  @FunctionalInterface
  private interface Writing {
    List<Path> write() throws IOException;
  }

  private static Task one(String name, Path out, Writing1 w) {
    return new Task(name, () -> List.of(w.write(out.resolve(name))));
  }

  @FunctionalInterface
  private interface Writing1 {
    Path write(Path file) throws IOException;
  }

  /**
   * The output files in their order: each names the file it writes. The network files' people and
   * links are chosen here, once, and each of the three writers writes them.
   */
  private static List<Task> tasks(PipelineResult r, Path out) {
    NetworkSelection selection = NetworkSelection.of(r);
    NetworkExport network = NetworkFiles.export(r, selection);
    return List.of(
        one("events.csv", out, f -> events(r, f)),
        one("people.csv", out, f -> people(r, f)),
        one("links.csv", out, f -> links(r, f)),
        one("rejections.csv", out, f -> rejections(r, f)),
        one("options.json", out, f -> OutputFiles.text(f, r.options().toJson())),
        one("summary.json", out, f -> OutputFiles.text(f, summary(r, selection))),
        one("bias.csv", out, f -> BiasTables.write(r, f)),
        one("bias-areas.csv", out, f -> BiasTables.writeAreas(r, f)),
        one("network.graphml", out, f -> OutputFiles.write(f, network::graphml)),
        one("network.gexf", out, f -> OutputFiles.write(f, network::gexf)),
        one("network.cyjs", out, f -> OutputFiles.write(f, network::cytoscapeJson)),
        one("hotspots.csv", out, f -> hotspots(r, f)),
        new Task("grid.csv", () -> grid(r, out.resolve("grid.csv")).map(List::of).orElse(List.of())),
        new Task("ehsa.csv", () -> EmergingFiles.cells(r, out.resolve("ehsa.csv")).map(List::of).orElse(List.of())),
        new Task("ehsa_periods.csv",
            () -> EmergingFiles.periods(r, out.resolve("ehsa_periods.csv")).map(List::of).orElse(List.of())),
        new Task("ehsa-areas.csv",
            () -> EmergingFiles.areas(r, out.resolve("ehsa-areas.csv")).map(List::of).orElse(List.of())),
        new Task("ehsa-areas_periods.csv",
            () -> EmergingFiles.areaPeriods(r, out.resolve("ehsa-areas_periods.csv")).map(List::of).orElse(List.of())),
        one("travel.csv", out, f -> travel(r, f)),
        one("schools.csv", out, f -> schools(r, f)),
        one("factors.csv", out, f -> factors(r, f)),
        new Task("hotspots.geojson", () -> geojson(r, out)),
        one("report.html", out, f -> Report.write(r, f)));
  }

  /**
   * Writes every output file into a folder (created if needed), telling a listener when each file
   * ({@code write events.csv}, ...) starts and ends. With more than one thread the files are written
   * side by side (each file's bytes are the same either way); a benchmark uses one thread, so that
   * each file's time, CPU and allocation are its own.
   *
   * @param r the result
   * @param out the folder
   * @param stages told of each file (from the writing threads)
   * @param threads how many files are written at once (at least 1)
   * @return the files written, in order
   */
  public static List<Path> write(PipelineResult r, Path out, StageListener stages, int threads) {
    try {
      OutputFiles.folder(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Task> tasks = tasks(r, out);
    java.util.function.Function<Task, List<Path>> run =
        t -> {
          stages.started("write " + t.name());
          try {
            List<Path> written = t.writing().write();
            stages.finished("write " + t.name(), written.size() + (written.size() == 1 ? " file" : " files"));
            return written;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    List<Path> files = new ArrayList<>();
    if (threads <= 1) {
      tasks.forEach(t -> files.addAll(run.apply(t)));
      return files;
    }
    try (org.vcanalytics.examples.internal.Beside beside = org.vcanalytics.examples.internal.Beside.threads(threads)) {
      // Started longest first, so that the last file started is a short one and no core waits on
      // another's long file at the end; the files are still listed in their order.
      List<java.util.concurrent.Future<List<Path>>> done = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
      for (int k : startOrder(tasks)) {
        Task t = tasks.get(k);
        done.set(k, beside.submit(() -> run.apply(t)));
      }
      for (java.util.concurrent.Future<List<Path>> f : done) {
        files.addAll(org.vcanalytics.examples.internal.Beside.get(f));
      }
      return files;
    }
  }

  /**
   * The files that take longest at a force's size, longest first (docs/performance.md, {@code vc
   * bench} at 1×: report.html 14 s, people.csv 8 s, the network files and events.csv 3–4 s each);
   * every other file takes under 2 s.
   */
  private static final List<String> LONGEST_FIRST =
      List.of("report.html", "people.csv", "network.graphml", "events.csv", "network.gexf", "network.cyjs",
          "hotspots.csv", "bias-areas.csv", "links.csv");

  /**
   * @return the places of the tasks in the order they start: {@link #LONGEST_FIRST}, then the rest in
   *     order
   * @throws IllegalStateException when a name of {@link #LONGEST_FIRST} names no task (a file renamed)
   */
  private static int[] startOrder(List<Task> tasks) {
    int[] order = new int[tasks.size()];
    int n = 0;
    for (String name : LONGEST_FIRST) {
      int before = n;
      for (int k = 0; k < tasks.size(); k++) {
        if (tasks.get(k).name().equals(name)) {
          order[n++] = k;
        }
      }
      if (n == before) {
        throw new IllegalStateException("no output file " + name + " to start first");
      }
    }
    for (int k = 0; k < tasks.size(); k++) {
      if (!LONGEST_FIRST.contains(tasks.get(k).name())) {
        order[n++] = k;
      }
    }
    return order;
  }

  private static Path events(PipelineResult r, Path file) throws IOException {
    WeightTable weights = r.options().harmOptions().weights();
    // Millions of rows share a hundred codes, a few thousand days and a few typology sets: each text
    // is made once (the rows are made one after another, on the writing thread).
    Map<String, String> weightTexts = new HashMap<>();
    Map<java.time.LocalDate, String> dayTexts = new HashMap<>();
    Map<List<org.vcanalytics.core.classify.Typology>, String> typologyTexts = new HashMap<>();
    return OutputFiles.csv(
        file,
        List.of("crime_id", "violent", "typologies", "weight", "ho_code", "committed_on"),
        OutputFiles.rows(
            r.classification().crimes().size(),
            k -> {
              org.vcanalytics.core.classify.CrimeClassification c = r.classification().crimes().get(k);
              Crime crime = r.classification().crimeRecords().get(k);
              return List.of(
                  c.crimeId(),
                  Boolean.toString(c.violent()),
                  typologyTexts.computeIfAbsent(c.typologies(), types -> {
                    List<String> names = new ArrayList<>();
                    types.forEach(t -> names.add(t.name()));
                    return String.join(";", names);
                  }),
                  weightTexts.computeIfAbsent(
                      crime.hoCode(), code -> weights.find(code).map(w -> OutputFiles.fixed4(w.value())).orElse("")),
                  crime.hoCode(),
                  dayTexts.computeIfAbsent(crime.committedOn(), java.time.LocalDate::toString));
            }));
  }

  private static Path people(PipelineResult r, Path file) throws IOException {
    return OutputFiles.csv(
        file,
        List.of("person_id", "category", "vc_events", "harm", "harm_recency", "last_vc_on", "explanation", "proximity",
            "degree", "weighted_degree", "betweenness", "closeness", "component", "community", "coreness"),
        OutputFiles.rows(
            r.harm().people(),
            p -> {
              java.util.OptionalInt hops = r.proximity().hops(p.personId());
              List<String> row = new ArrayList<>(15);
              row.add(p.personId());
              row.add(p.category().name());
              row.add(Integer.toString(p.vcEvents()));
              row.add(OutputFiles.fixed4(p.harm()));
              row.add(OutputFiles.fixed4(p.harmRecency()));
              row.add(p.lastVcOn().map(Object::toString).orElse(""));
              row.add(p.explanation());
              row.add(hops.isPresent() ? Integer.toString(hops.getAsInt()) : "");
              java.util.Optional<NetworkMeasures.PersonMeasures> m =
                  r.measures().flatMap(x -> x.person(p.personId())).filter(x -> x.linked());
              if (m.isPresent()) {
                NetworkMeasures.PersonMeasures x = m.get();
                row.add(Integer.toString(x.degree()));
                row.add(OutputFiles.fixed4(x.weightedDegree()));
                row.add(OutputFiles.fixed4(x.betweenness()));
                row.add(org.vcanalytics.core.Decimals.fixed(x.closeness(), 6));
                row.add(Integer.toString(x.component()));
                row.add(Integer.toString(x.community()));
                row.add(Integer.toString(x.coreness()));
              } else {
                row.addAll(NO_MEASURES);
              }
              return row;
            }));
  }

  private static final List<String> NO_MEASURES = java.util.Collections.nCopies(7, "");

  private static Path links(PipelineResult r, Path file) throws IOException {
    return OutputFiles.csv(
        file,
        List.of("person_a", "person_b", "weight", "crime_evidence", "intel_evidence"),
        OutputFiles.rows(
            r.network().links(),
            l -> List.of(
                l.personA(), l.personB(), OutputFiles.fixed4(l.weight()), Long.toString(l.crimeEvidence()),
                Long.toString(l.intelEvidence()))));
  }

  private static Path rejections(PipelineResult r, Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Rejection x : r.load().rejections()) {
      rows.add(List.of(x.file(), Long.toString(x.line()), x.column(), x.value(), x.reason(), x.action().label()));
    }
    return OutputFiles.csv(file, List.of("file", "line", "column", "value", "reason", "action"), rows);
  }

  private static Path hotspots(PipelineResult r, Path file) throws IOException {
    // Each row made as it is written: 900,000 rows of 11 cells held at once are 11 million objects
    // for the collector to walk while the other files are written.
    return OutputFiles.csv(
        file,
        List.of("level", "area_id", "period", "typology", "vc_events", "harm", "offenders", "victims",
            "rate_per_1000", "share_of_force", "rank"),
        OutputFiles.rows(
            r.hotspots().figures(),
            f -> List.of(
                f.level(), f.areaId(), f.period().toString(), f.typology(), Long.toString(f.vcEvents()),
                OutputFiles.fixed4(f.harm()), Long.toString(f.offenders()), Long.toString(f.victims()),
                f.ratePer1000().isPresent() ? OutputFiles.fixed4(f.ratePer1000().getAsDouble()) : "",
                OutputFiles.fixed4(f.shareOfForce()), f.rank().isPresent() ? Integer.toString(f.rank().getAsInt()) : "")));
  }

  /**
   * travel.csv: per level and area, the offenders and suspects of its violent crimes, how many live
   * outside it, and the home-area → crime-area flows; the first row gives the distance summary.
   */
  private static Path travel(PipelineResult r, Path file) throws IOException {
    Travel t = r.hotspots().travel();
    // Rows made as they are written (a force has hundreds of thousands of flows), in this order.
    Iterable<List<String>> rows =
        () -> java.util.stream.Stream.of(
                t.distances().stream().map(
                    d -> List.of("distance", "", "", Long.toString(d.count()), "", "",
                        OutputFiles.fixed4(d.lowerQuartile()) + ";" + OutputFiles.fixed4(d.median()) + ";"
                            + OutputFiles.fixed4(d.upperQuartile()))),
                t.origins().stream().map(
                    o -> List.of("origins", o.level(), o.areaId(), Long.toString(o.offenders()),
                        Long.toString(o.livingOutside()), Long.toString(o.withoutHome()),
                        o.shareLivingOutside().isPresent() ? OutputFiles.fixed4(o.shareLivingOutside().getAsDouble()) : "")),
                t.flows().stream().map(
                    f -> List.of("flow", f.level(), f.homeArea() + ">" + f.crimeArea(), Long.toString(f.journeys()),
                        Long.toString(f.people()), "", "")))
            .flatMap(x -> x)
            .iterator();
    return OutputFiles.csv(file, List.of("kind", "level", "area", "count", "outside_or_people", "without_home", "value"), rows);
  }

  /** schools.csv: schools near each area, and per school the cohort people who attended it (counts). */
  private static Path schools(PipelineResult r, Path file) throws IOException {
    Schools s = r.hotspots().schools();
    List<List<String>> rows = new ArrayList<>();
    for (SchoolNearArea n : s.nearAreas()) {
      rows.add(List.of("near_area", n.level(), n.areaId(), n.urn(), n.schoolName(), OutputFiles.fixed4(n.distanceMetres())));
    }
    for (SchoolCohort c : s.cohorts()) {
      rows.add(List.of("cohort_attended", "", "", c.urn(), c.schoolName().orElse(""), Integer.toString(c.personIds().size())));
    }
    return OutputFiles.csv(file, List.of("kind", "level", "area_id", "urn", "name", "value"), rows);
  }

  /**
   * factors.csv: prevalence of each contributing factor per category and per area of the finest
   * level (the offenders, suspects and victims of the area's violent crimes up to the as-of date),
   * with the counts behind every percentage.
   */
  private static Path factors(PipelineResult r, Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (org.vcanalytics.core.classify.FactorPrevalence f :
        r.factors()) {
      rows.add(List.of(f.group(), f.factor().name(), Long.toString(f.count()), Long.toString(f.of()),
          org.vcanalytics.core.Decimals.fixed(f.percent(), 1)));
    }
    return OutputFiles.csv(file, List.of("group", "factor", "count", "of", "percent"), rows);
  }

  /**
   * grid.csv: the pipeline's grid statistics of the violent crimes with a location — counts, kernel
   * density and Gi* over all of them up to the as-of date, and each cell's class over the calendar
   * years of the ten-year view.
   */
  private static java.util.Optional<Path> grid(PipelineResult r, Path file) throws IOException {
    if (r.grid().isEmpty()) {
      return java.util.Optional.empty();
    }
    GridHotspots.Grid g = r.grid().get();
    List<String> classes = r.gridClasses();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < g.cells().size(); i++) {
      GridHotspots.Cell c = g.cells().get(i);
      rows.add(
          List.of(
              Integer.toString(c.column()), Integer.toString(c.row()), OutputFiles.fixed4(c.centre().easting()),
              OutputFiles.fixed4(c.centre().northing()), Long.toString(c.n()), OutputFiles.fixed4(c.kde()), OutputFiles.fixed4(c.giStar()),
              org.vcanalytics.core.Decimals.fixed(c.p(), 6), classes.get(i)));
    }
    return java.util.Optional.of(
        OutputFiles.csv(file, List.of("column", "row", "easting", "northing", "vc_events", "kde", "gi_star", "p", "class"), rows));
  }

  /**
   * hotspots.geojson: the finest level with polygons (lsoa, else postcode_district, neighbourhood,
   * npu, else the first other level) in the calendar year of the as-of date; and one
   * hotspots-LEVEL.geojson per level with polygons.
   */
  private static List<Path> geojson(PipelineResult r, Path out) throws IOException {
    List<Path> files = new ArrayList<>();
    Period year = Period.parse(Integer.toString(r.asOf().getYear()));
    List<String> levels = new ArrayList<>(r.hotspots().layers().keySet());
    if (levels.isEmpty()) {
      return files;
    }
    String finest = levels.get(0);
    for (String l : List.of("npu", "neighbourhood", "postcode_district", "lsoa")) {
      if (levels.contains(l)) {
        finest = l;
      }
    }
    files.add(OutputFiles.text(out.resolve("hotspots.geojson"), r.hotspots().toGeoJson(finest, year)));
    Set<String> names = new java.util.HashSet<>();
    for (String l : levels) {
      String name = OutputFiles.safeName(l);
      // Names that differ only in case would overwrite each other on Windows and macOS.
      for (int k = 2; !names.add(name.toLowerCase(Locale.ROOT)); k++) {
        name = OutputFiles.safeName(l) + "-" + k;
      }
      files.add(OutputFiles.text(out.resolve("hotspots-" + name + ".geojson"), r.hotspots().toGeoJson(l, year)));
    }
    return files;
  }

  private static String summary(PipelineResult r, NetworkSelection selection) throws IOException {
    ObjectNode s = JSON.createObjectNode();
    s.put("as_of", r.asOf().toString());
    s.put("advisory",
        "These figures describe recorded police data as of the date above. They augment, and never"
            + " replace, professional judgement; they predict nothing.");
    ObjectNode input = s.putObject("input");
    for (FileReport f : r.load().files()) {
      ObjectNode o = input.putObject(f.file());
      o.put("present", f.present());
      o.put("rows_read", f.rowsRead());
      o.put("accepted", f.accepted());
      o.put("rejected", f.rejected());
      o.put("values_dropped", f.valuesDropped());
    }
    // The warnings the report lists, in its order; warning_sources says how many came from where.
    ArrayNode warnings = s.putArray("warnings");
    ObjectNode sources = s.putObject("warning_sources");
    for (Map.Entry<String, List<String>> e : r.warningsBySource().entrySet()) {
      e.getValue().forEach(warnings::add);
      sources.put(e.getKey(), e.getValue().size());
    }
    ObjectNode crimes = s.putObject("crimes");
    crimes.put("up_to_as_of", r.classification().crimes().size());
    crimes.put("violent", r.classification().violentCrimes().size());
    crimes.put("after_as_of_left_out", r.classification().crimesAfterAsOf());
    crimes.put("intelligence_after_as_of_left_out", r.classification().intelAfterAsOf());
    crimes.put("custody_after_as_of_left_out", r.classification().custodyAfterAsOf());
    crimes.put("definition", r.options().classifier().definition().name());
    ObjectNode typ = crimes.putObject("typologies");
    r.classification().typologyCounts().forEach((t, n) -> typ.put(t.name(), n));
    ObjectNode areas = s.putObject("areas"); // see AreaCoverage and docs/report.md
    ObjectNode withoutPolygon = areas.putObject("violent_crimes_with_code_without_polygon");
    ObjectNode codesWithoutPolygon = areas.putObject("codes_without_polygon");
    ArrayNode levelsWithoutPolygons = areas.putArray("levels_without_polygons");
    for (AreaCoverage a : r.coverage().all()) {
      withoutPolygon.put(a.level(), a.violentCrimes());
      a.codes().stream().limit(20).forEach(codesWithoutPolygon.putArray(a.level())::add);
      if (!a.hasPolygons()) {
        levelsWithoutPolygons.add(a.level());
      }
    }
    ObjectNode cats = s.putObject("categories");
    r.harm().counts().forEach((k, v) -> cats.put(k.name(), v));
    ObjectNode cohort = s.putObject("cohort");
    cohort.put("size", r.harm().cohort().size());
    cohort.put("fraction", r.harm().cohort().fraction());
    cohort.put("k", r.harm().cohort().k());
    if (r.harm().cohort().threshold().isPresent()) {
      cohort.put("threshold", OutputFiles.fixed4(r.harm().cohort().threshold().getAsDouble()));
    }
    cohort.put("high_harm", r.harm().cohort().highHarm());
    ObjectNode net = s.putObject("network");
    net.put("people", r.network().people().size());
    net.put("links", r.network().links().size());
    net.put("violent_offenders", r.proximity().sources().size());
    ObjectNode files = net.putObject("files"); // network.graphml, .gexf, .cyjs; docs/network.md §3
    files.put("scope", selection.scope().label());
    files.put("people", selection.people().size());
    files.put("people_in_a_category", selection.inCategory());
    files.put("links", selection.links().size());
    ObjectNode measures = net.putObject("measures"); // people.csv's degree ... coreness; docs/network.md
    measures.put("computed", r.measures().isPresent());
    if (r.measures().isEmpty()) {
      measures.put("note", "not worked out (off by default): the columns degree to coreness of people.csv are"
          + " empty; set the option measures.enabled to true");
    } else {
      NetworkMeasures m = r.measures().get();
      measures.put("scope", "people in a category (HIGH_HARM, INVOLVED, CONNECTED) and the links among them");
      measures.put("people", m.size());
      measures.put("links", m.network().links().size());
      measures.put("betweenness_closeness", m.exact() ? "exact" : "sampled");
      measures.put("components_sampled", m.sampledComponents());
      measures.put("node_limit", m.options().nodeLimit());
      measures.put("samples", m.samples());
      measures.put("seed", m.seed());
      measures.put("weighted", m.options().weighted());
    }
    return JSON.writeValueAsString(s) + "\n";
  }

}
