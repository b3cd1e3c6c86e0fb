package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.classify.TypologyOptions;
import org.vcanalytics.core.classify.VcDefinition;
import org.vcanalytics.core.classify.VcProfile;
import org.vcanalytics.core.load.LoadOptions;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.examples.cli.VcCommand;
import org.vcanalytics.examples.pipeline.Pipeline.PipelineResult;
import org.vcanalytics.examples.synthetic.SyntheticForce;
import org.vcanalytics.geo.PeriodType;
import org.vcanalytics.geo.grid.GridHotspots;
import org.vcanalytics.geo.hotspot.HotspotOptions;
import org.vcanalytics.harm.HarmOptions;
import org.vcanalytics.harm.RecencyScaling;
import org.vcanalytics.network.NetworkOptions;

class PipelineOptionsTest {

  private static final Path SAMPLE = Path.of("../examples/sample-package");
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components of the pillars' options that are not plain values and stay out of options.json. */
  private static final Set<String> NOT_IN_JSON = Set.of("HarmOptions.weights", "NetworkOptions.grading");

  @TempDir Path tmp;

  /** Every option set to something other than its default. */
  static PipelineOptions everyOptionChanged() {
    return new PipelineOptions(
        VcDefinition.of(VcProfile.VIOLENCE_AGAINST_THE_PERSON).minusCodes("8L").plusTitles("Assault by beating"),
        new TypologyOptions(17, EnumSet.of(Role.VICTIM), true, new TreeSet<>(Set.of("DOMESTIC ABUSE", "DA")), true),
        HarmOptions.defaults()
            .withRecency(new RecencyScaling.Exponential(200))
            .withWindowDays(500)
            .withRecentDays(200)
            .withHighHarmFraction(0.2)
            .withConnectedLinkWeight(0.3),
        new NetworkOptions(300, Set.of("OFFENDER+OFFENDER", "VICTIM+VICTIM"), 0.25,
            NetworkOptions.defaults().grading()),
        new HotspotOptions(EnumSet.of(PeriodType.MONTH, PeriodType.YEAR), List.of("npu"), PeriodType.FINANCIAL_YEAR, 5,
            List.of(0.2), 250, 10),
        new GridHotspots.Options(250, 900, true, 0.2),
        new MeasuresOptions(true, false, 1_000, 300, 7, 1),
        new ExportOptions(ExportOptions.Scope.WHOLE),
        new ReportOptions(500, 1_000, 50),
        new EmergingOptions(false, org.vcanalytics.geo.PeriodType.QUARTER, false, 0.1, java.util.Optional.of("lsoa")));
  }

  @Test
  void anEmptyFileIsTheDefaultsAndOneFieldChangesOneThing() throws IOException {
    Files.writeString(tmp.resolve("empty.json"), "{}");
    assertThat(PipelineOptions.read(tmp.resolve("empty.json"))).isEqualTo(PipelineOptions.defaults());
    Files.writeString(
        tmp.resolve("one.json"),
        "{\"harm\": {\"highHarmFraction\": 0.05}, \"hotspots\": {\"periods\": [\"YEAR\"], \"schoolDistanceMetres\": 250},"
            + " \"definition\": {\"profile\": \"PHYSICAL_AND_SEXUAL\", \"addCodes\": [\"8L\"]}, \"grid\": {\"cellSize\": 300}}");
    PipelineOptions o = PipelineOptions.read(tmp.resolve("one.json"));
    assertThat(o.harm().highHarmFraction()).isEqualTo(0.05);
    assertThat(o.harm().windowDays()).isEqualTo(730);
    assertThat(o.hotspots().periods()).containsExactly(PeriodType.YEAR);
    assertThat(o.hotspots().schoolDistanceMetres()).isEqualTo(250);
    assertThat(o.definition())
        .isEqualTo(VcDefinition.of(VcProfile.PHYSICAL_AND_SEXUAL).plusCodes("8L"));
    assertThat(o.grid()).isEqualTo(new GridHotspots.Options(300, 0, false, 0.05));
  }

  /**
   * Every option of every pillar is in options.json (by reflection over the records' components),
   * each is set to a non-default value, and the written file reads back equal.
   */
  @Test
  void everyOptionIsWrittenAndReadsBackEqual() throws IOException {
    PipelineOptions changed = everyOptionChanged();
    PipelineOptions defaults = PipelineOptions.defaults();
    JsonNode written = JSON.readTree(changed.toJson());
    JsonNode writtenDefaults = JSON.readTree(defaults.toJson());
    int checked = 0;
    for (RecordComponent pillar : PipelineOptions.class.getRecordComponents()) {
      JsonNode section = written.get(pillar.getName());
      assertThat(section).as("options.json has %s", pillar.getName()).isNotNull();
      Object mine = value(pillar, changed);
      Object theirs = value(pillar, defaults);
      List<String> names = new ArrayList<>();
      for (RecordComponent option : pillar.getType().getRecordComponents()) {
        String name = pillar.getType().getSimpleName() + "." + option.getName();
        if (NOT_IN_JSON.contains(name)) {
          continue;
        }
        names.add(option.getName());
        assertThat(section.has(option.getName())).as("options.json has %s.%s", pillar.getName(), option.getName())
            .isTrue();
        assertThat(value(option, mine)).as("%s is set to a non-default value", name).isNotEqualTo(value(option, theirs));
        checked++;
      }
      // Nothing is written that is not an option, and the defaults are written in full too.
      List<String> fields = new ArrayList<>();
      section.fieldNames().forEachRemaining(fields::add);
      fields.remove("halfLifeDays"); // part of recency
      assertThat(fields).containsExactlyInAnyOrderElementsOf(names);
      List<String> defaultFields = new ArrayList<>();
      writtenDefaults.get(pillar.getName()).fieldNames().forEachRemaining(defaultFields::add);
      assertThat(defaultFields).containsExactlyElementsOf(
          section.get("halfLifeDays") == null ? fields : allFields(section));
    }
    assertThat(checked).isGreaterThanOrEqualTo(25);
    assertThat(written.get("harm").get("halfLifeDays").asDouble()).isEqualTo(200);
    Files.writeString(tmp.resolve("options.json"), changed.toJson());
    PipelineOptions read = PipelineOptions.read(tmp.resolve("options.json"));
    assertThat(read).isEqualTo(changed);
    assertThat(read.toJson()).isEqualTo(changed.toJson());
    Files.writeString(tmp.resolve("defaults.json"), defaults.toJson());
    assertThat(PipelineOptions.read(tmp.resolve("defaults.json"))).isEqualTo(defaults);
  }

  /** Each pillar of a run on the sample package gets the options read back from options.json. */
  @Test
  void everyOptionReadBackReachesItsPillar() throws IOException {
    Files.writeString(tmp.resolve("options.json"), everyOptionChanged().toJson());
    PipelineOptions o = PipelineOptions.read(tmp.resolve("options.json"));
    LoadResult loaded = VcPackage.load(SAMPLE, LoadOptions.defaults().withAsOf(AS_OF));
    PipelineResult changed = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF, o, s -> {});
    PipelineResult plain = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF, PipelineOptions.defaults(), s -> {});
    assertThat(changed.classification().options().definition()).isEqualTo(o.definition());
    assertThat(changed.classification().options().typologies()).isEqualTo(o.typologies());
    assertThat(changed.harm().options()).isEqualTo(o.harm());
    assertThat(changed.hotspots().options()).isEqualTo(o.hotspots());
    assertThat(changed.hotspots().levels()).containsExactly("npu");
    // The network records no options: each network option changes the links on its own, on a
    // generated force (the sample's links are all of weight 1).
    Path force = tmp.resolve("force");
    SyntheticForce.generate(force, new SyntheticForce.Settings(400, 3, 7, AS_OF));
    loaded = VcPackage.load(force, LoadOptions.defaults().withAsOf(AS_OF));
    plain = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF, PipelineOptions.defaults(), s -> {});
    for (NetworkOptions one : List.of(
        NetworkOptions.defaults().withWindowDays(o.network().windowDays()),
        NetworkOptions.defaults().withRolePairs(o.network().rolePairs()),
        NetworkOptions.defaults().withMinLinkWeight(o.network().minLinkWeight()))) {
      PipelineResult r = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF,
          PipelineOptions.defaults().withNetwork(one), s -> {});
      assertThat(r.network().links()).as("%s", one).isNotEqualTo(plain.network().links());
    }
    // The grid: cell size and bandwidth as set; FDR changes the p-values; critical p and the
    // ten-year view's length change the classes.
    GridHotspots.Grid g = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF, o, s -> {}).grid().orElseThrow();
    assertThat(g.cellSize()).isEqualTo(250);
    assertThat(g.bandwidth()).isEqualTo(900);
    GridHotspots.Options sized = new GridHotspots.Options(250, 900, false, 0.05);
    PipelineResult base = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF,
        PipelineOptions.defaults().withGrid(sized), s -> {});
    PipelineResult fdr = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF,
        PipelineOptions.defaults().withGrid(new GridHotspots.Options(250, 900, true, 0.05)), s -> {});
    assertThat(pValues(fdr)).isNotEqualTo(pValues(base));
    PipelineResult p = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF,
        PipelineOptions.defaults().withGrid(new GridHotspots.Options(250, 900, false, 0.001)), s -> {});
    assertThat(p.gridClasses()).isNotEqualTo(base.gridClasses());
    PipelineResult years = Pipeline.run(loaded.dataset(), loaded.report(), AS_OF,
        PipelineOptions.defaults().withGrid(sized).withHotspots(HotspotOptions.defaults().withTrendLength(2)), s -> {});
    assertThat(years.gridClasses()).isNotEqualTo(base.gridClasses());
  }

  @Test
  void linearAndBandedRecencyReadBack() throws IOException {
    for (String kind : List.of("linear", "banded")) {
      Files.writeString(tmp.resolve(kind + ".json"), "{\"harm\": {\"recency\": \"" + kind + "\", \"windowDays\": 600}}");
      PipelineOptions o = PipelineOptions.read(tmp.resolve(kind + ".json"));
      assertThat(o.harm().recency().name()).isEqualTo(kind);
      Files.writeString(tmp.resolve(kind + "-back.json"), o.toJson());
      assertThat(PipelineOptions.read(tmp.resolve(kind + "-back.json"))).isEqualTo(o);
    }
    Files.writeString(tmp.resolve("both.json"), "{\"harm\": {\"recency\": \"linear\", \"halfLifeDays\": 100}}");
    assertThatThrownBy(() -> PipelineOptions.read(tmp.resolve("both.json")))
        .hasMessageContaining("option harm: halfLifeDays 100.0 is only for exponential recency");
  }

  @Test
  void aMisspeltOptionIsAnError() throws IOException {
    Files.writeString(tmp.resolve("bad.json"), "{\"harm\": {\"highHarmFracton\": 0.05}}");
    assertThatThrownBy(() -> PipelineOptions.read(tmp.resolve("bad.json")))
        .hasMessageContaining("unknown option harm.highHarmFracton")
        .hasMessageContaining("highHarmFraction");
    Files.writeString(tmp.resolve("grid.json"), "{\"grid\": {\"cellsize\": 100}}");
    assertThatThrownBy(() -> PipelineOptions.read(tmp.resolve("grid.json")))
        .hasMessageContaining("unknown option grid.cellsize");
    Files.writeString(tmp.resolve("p.json"), "{\"grid\": {\"criticalP\": 1.5}}");
    assertThatThrownBy(() -> PipelineOptions.read(tmp.resolve("p.json")))
        .hasMessageContaining("option grid: criticalP must be in (0, 1), was 1.5");
  }

  /** docs/options.md shows the options.json that {@code vc analyse} writes on the sample package. */
  @Test
  void theDocumentedOptionsAreTheWrittenDefaults() throws IOException {
    String doc = Files.readString(Path.of("../docs/options.md"));
    Matcher m = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("docs/options.md has a json block").isTrue();
    Path out = tmp.resolve("out");
    assertThat(VcCommand.execute("analyse", "--data", SAMPLE.toString(), "--as-of", "2024-12-31", "--out", out.toString()))
        .isZero();
    assertThat(m.group(1)).isEqualTo(Files.readString(out.resolve("options.json")));
    assertThat(m.group(1)).isEqualTo(PipelineOptions.defaults().toJson());
    // Every option of the table is in the written JSON, and every written option in the table.
    JsonNode written = JSON.readTree(m.group(1));
    written.fields().forEachRemaining(section -> section.getValue().fieldNames().forEachRemaining(
        name -> assertThat(doc).as("docs/options.md lists %s.%s", section.getKey(), name)
            .containsPattern("\\| `" + section.getKey() + "` \\| `[^|]*" + name + "`")));
  }

  private static List<String> allFields(JsonNode section) {
    List<String> f = new ArrayList<>();
    section.fieldNames().forEachRemaining(f::add);
    return f;
  }

  private static List<Double> pValues(PipelineResult r) {
    return r.grid().orElseThrow().cells().stream().map(GridHotspots.Cell::p).toList();
  }

  private static Object value(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
