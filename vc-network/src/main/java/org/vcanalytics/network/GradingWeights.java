package org.vcanalytics.network;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.vcanalytics.core.GradingSystem;
import org.vcanalytics.core.IntelGrade;

/**
 * How much an intelligence log is worth as evidence of a link: source weight × assessment weight.
 * The defaults are the {@code default_weight} column of the bundled {@code intel_grading.csv} (3x5x2:
 * source 1 → 1.0, 2 → 0.6, 3 → 0.2; assessment A → 1.0, B → 0.8, C → 0.6, D → 0.3, E → 0.0;
 * 5x5x5: source A 1.0, B 0.8, C 0.5, D 0.2, E 0.6; intelligence 1 → 1.0, 2 → 0.8, 3 → 0.7, 4 → 0.4,
 * 5 → 0.0). A design choice of this project, not an official scale; replace any value with {@link
 * #with}.
 */
public final class GradingWeights {

  private final Map<String, Double> weights;

  private GradingWeights(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** @return the bundled defaults */
  public static GradingWeights defaults() {
    return Defaults.WEIGHTS;
  }

  /**
   * A copy with one weight replaced.
   *
   * @param system the grading system
   * @param dimension {@code source_evaluation} or {@code intelligence_assessment}
   * @param grade the code, e.g. {@code 2} or {@code C}
   * @param weight the new weight in [0, 1]
   * @return the copy
   */
  public GradingWeights with(GradingSystem system, String dimension, String grade, double weight) {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("a grading weight must be in [0, 1], was " + weight);
    }
    String key = key(system, dimension, grade);
    if (!weights.containsKey(key)) {
      throw new IllegalArgumentException("no grade " + grade + " of " + dimension + " in " + system);
    }
    Map<String, Double> m = new TreeMap<>(weights);
    m.put(key, weight);
    return new GradingWeights(m);
  }

  /**
   * @param grade a grade
   * @return source weight × assessment weight, in [0, 1]
   */
  public double weight(IntelGrade grade) {
    return source(grade) * assessment(grade);
  }

  /** @param grade a grade @return its source evaluation's weight */
  public double source(IntelGrade grade) {
    return weights.get(key(grade.system(), "source_evaluation", grade.sourceCode()));
  }

  /** @param grade a grade @return its intelligence assessment's weight */
  public double assessment(IntelGrade grade) {
    return weights.get(key(grade.system(), "intelligence_assessment", grade.assessmentCode()));
  }

  private static String key(GradingSystem system, String dimension, String grade) {
    return system.label() + "/" + dimension + "/" + grade;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradingWeights g && g.weights.equals(weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  private static final class Defaults {
    static final GradingWeights WEIGHTS = read();

    private static GradingWeights read() {
      Map<String, Double> m = new TreeMap<>();
      try (InputStream in = IntelGrade.class.getResourceAsStream("intel_grading.csv");
          MappingIterator<Map<String, String>> rows =
              new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
        while (rows.hasNext()) {
          Map<String, String> r = rows.next();
          String weight = Objects.requireNonNullElse(r.get("default_weight"), "").strip();
          if (weight.isEmpty()) {
            continue; // handling codes carry no weight
          }
          GradingSystem system = GradingSystem.fromLabel(r.get("system")).orElseThrow();
          // 5x5x5 calls its second dimension "intelligence_evaluation": one name here.
          String dimension = r.get("dimension").startsWith("source") ? "source_evaluation" : "intelligence_assessment";
          m.put(key(system, dimension, r.get("grade").strip()), Double.parseDouble(weight));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled intel_grading.csv", e);
      }
      return new GradingWeights(m);
    }
  }
}
