package org.vcanalytics.examples.policeuk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vcanalytics.examples.internal.OutputFiles;

/**
 * What a run from police.uk adds to the files of {@code vc analyse}: a {@code police_uk} object in
 * summary.json ({@link #summary}) and {@code police-uk-areas.csv}, the name of every area code
 * (level, id, name: the LSOA names of the files and the forces). Written after the pipeline's files.
 */
public final class PoliceUkOutputs {
  private PoliceUkOutputs() {}

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The file of area names. */
  public static final String AREAS_FILE = "police-uk-areas.csv";

  /**
   * Adds {@code police_uk} to {@code out/summary.json} and writes {@code out/police-uk-areas.csv}.
   *
   * @param load the download read
   * @param out the output folder of the run
   * @return the files written
   * @throws IOException when a file cannot be read or written
   */
  public static List<Path> write(PoliceUkLoad load, Path out) throws IOException {
    List<Path> written = new ArrayList<>();
    Path summary = out.resolve("summary.json");
    ObjectNode s = Files.isRegularFile(summary) ? (ObjectNode) JSON.readTree(summary.toFile()) : JSON.createObjectNode();
    s.set("police_uk", summary(load));
    written.add(OutputFiles.text(summary, JSON.writeValueAsString(s) + "\n"));
    List<List<String>> rows = new ArrayList<>();
    for (String force : load.forces()) {
      rows.add(List.of("force", force, force));
    }
    for (Map.Entry<String, java.util.SortedMap<String, String>> level : load.areaNames().entrySet()) {
      level.getValue().forEach((id, name) -> rows.add(List.of(level.getKey(), id, name)));
    }
    written.add(OutputFiles.csv(out.resolve(AREAS_FILE), List.of("level", "area_id", "area_name"), rows));
    return written;
  }

  /**
   * The {@code police_uk} object of summary.json: the counts of the download, the rules applied and
   * what is not produced, and why.
   *
   * @param load the download read
   * @return the object
   */
  public static ObjectNode summary(PoliceUkLoad load) {
    ObjectNode p = JSON.createObjectNode();
    p.put("format", load.format().label());
    p.put("files", load.files().size());
    p.put("rows", load.rows());
    ObjectNode byType = p.putObject("rows_by_crime_type");
    load.rowsByCrimeType().forEach(byType::put);
    p.put("anti_social_behaviour_rows", load.antiSocialBehaviourRows());
    p.put("violent_crime_rows", load.violentRows());
    p.put("violent_crimes", load.dataset().crimes().size());
    p.put("duplicate_crime_ids", load.duplicateCrimeIds());
    p.put("rows_rejected", load.report().rejectedCount());
    p.put("violent_crimes_without_location", load.violentWithoutLocation());
    load.forces().forEach(p.putArray("forces")::add);
    if (!load.months().isEmpty()) {
      p.put("first_month", load.months().first());
      p.put("last_month", load.months().last());
    }
    p.put("committed_on", "the " + PoliceUkRules.DAY_OF_MONTH + "th of the row's month (the files give the"
        + " month only): day-level figures are meaningless; read months and years");
    ObjectNode def = p.putObject("definition");
    def.put("name", PoliceUkRules.DEFINITION_NAME);
    def.put(PoliceUkRules.VIOLENCE_CODE, "Violence and sexual offences (older files: Violent crime)");
    def.put(PoliceUkRules.ROBBERY_CODE, "Robbery");
    def.put("note", "includes sexual offences and business robbery; synthetic codes, not Home Office codes");
    ObjectNode harm = p.putObject("harm_weights");
    harm.put("approximation", true);
    harm.put("method", "median ONS CSS 2020 weight of the current Home Office codes of the ONS groups a"
        + " category covers");
    for (String code : List.of(PoliceUkRules.VIOLENCE_CODE, PoliceUkRules.ROBBERY_CODE)) {
      PoliceUkRules.CategoryWeight w = PoliceUkRules.weight(code);
      ObjectNode o = harm.putObject(code);
      o.put("weight", OutputFiles.fixed4(w.weight()));
      o.put("codes", w.codes());
      ArrayNode groups = o.putArray("ons_groups");
      w.groups().forEach(groups::add);
    }
    ObjectNode not = p.putObject("not_produced");
    String why = "police.uk has no people";
    not.put("typologies", "police.uk has no offence code, weapon, domestic-abuse flag or people: the typology"
        + " columns are empty");
    not.put("harm_per_person", why);
    not.put("categories", why);
    not.put("networks", why + ": people.csv, links.csv and the network files are empty");
    return p;
  }
}
