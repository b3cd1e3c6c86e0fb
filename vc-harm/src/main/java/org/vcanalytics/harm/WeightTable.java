package org.vcanalytics.harm;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vcanalytics.core.OffenceCodes;

/**
 * Harm weights by offence code: the ONS Crime Severity Score by default, or any table a force
 * supplies (the Cambridge Crime Harm Index, its own).
 *
 * <pre>{@code
 * WeightTable css = WeightTable.defaults();                 // ONS CSS 2020, legacy codes from 2016
 * css.find("8N");                                            // Weight[value=189.1538871, source=ONS CSS 2020]
 * WeightTable chi = WeightTable.fromCsv(Path.of("cchi.csv"), "Cambridge CHI").orElse(css);
 * }</pre>
 *
 * <p>Codes are normalised ({@code 008N} = {@code 8N}). Immutable and thread-safe.
 */
public final class WeightTable {

  private static final String RESOURCE = "ons_css_weights.csv";

  private final String name;
  /** By normalised code; a hash map, since it is asked once per crime and involvement, millions of times. */
  private final Map<String, Weight> weights;
  private final WeightTable fallback;

  private WeightTable(String name, Map<String, Weight> weights, WeightTable fallback) {
    this.name = name;
    this.weights = Map.copyOf(weights);
    this.fallback = fallback;
  }

  /**
   * The default: ONS Crime Severity Score edition 2020; for a code missing from it (the legacy
   * pre-2012/13 codes) its edition-2016 weight; and for the three codes of the "Violence against the
   * person" group that neither edition weighs (11, 12, 8U) the weight of a stated proxy code
   * (docs/harm.md), with the proxy named in the weight's source.
   *
   * @return the default table
   */
  public static WeightTable defaults() {
    return Defaults.TABLE;
  }

  /**
   * One edition of the bundled ONS Crime Severity Score weights, with no fallback.
   *
   * @param edition {@code 2020} or {@code 2016}
   * @return its weights
   * @throws IllegalArgumentException for another edition
   */
  public static WeightTable onsCss(String edition) {
    Map<String, Weight> w = Defaults.EDITIONS.get(edition);
    if (w == null) {
      throw new IllegalArgumentException(
          "no ONS CSS edition " + edition + " is bundled; editions: " + Defaults.EDITIONS.keySet());
    }
    return new WeightTable("ONS CSS " + edition, w, null);
  }

  /**
   * Reads a table from a CSV file with columns {@code ho_code} and {@code weight} (header names
   * case-insensitive, other columns ignored), e.g. the Cambridge Crime Harm Index or a force's own.
   *
   * @param csv the file
   * @param name the table's name, shown in explanations
   * @return the table
   * @throws IllegalArgumentException naming the line of a bad or repeated row
   */
  public static WeightTable fromCsv(Path csv, String name) {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return fromCsv(r, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read weight table " + csv, e);
    }
  }

  /**
   * Reads a table from CSV text with columns {@code ho_code} and {@code weight}.
   *
   * @param csv the text
   * @param name the table's name
   * @return the table
   */
  public static WeightTable fromCsv(Reader csv, String name) {
    Map<String, Weight> w = new TreeMap<>();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      int line = 1;
      while (rows.hasNext()) {
        line++;
        Map<String, String> row = lowerCaseKeys(rows.next());
        String code = OffenceCodes.normalise(row.getOrDefault("ho_code", ""));
        String weight = row.getOrDefault("weight", "").strip();
        if (code.isEmpty()) {
          throw new IllegalArgumentException(name + " line " + line + ": ho_code is blank or missing");
        }
        double value;
        try {
          value = Double.parseDouble(weight);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              name + " line " + line + ": weight '" + weight + "' is not a number", e);
        }
        if (w.putIfAbsent(code, new Weight(value, name)) != null) {
          throw new IllegalArgumentException(name + " line " + line + ": code " + code + " appears twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read weight table " + name, e);
    }
    return new WeightTable(name, w, null);
  }

  /**
   * A table that answers from this one, and for codes this one lacks, from another.
   *
   * @param other the fallback table
   * @return the combined table
   */
  public WeightTable orElse(WeightTable other) {
    return new WeightTable(name + ", else " + other.name(), weights, fallback == null ? other : fallback.orElse(other));
  }

  /** @return the table's name, e.g. {@code ONS CSS 2020, else ONS CSS 2016} */
  public String name() {
    return name;
  }

  /**
   * The weight of an offence code.
   *
   * @param code a code in any recorded form
   * @return its weight and source; empty when no table has it
   */
  public Optional<Weight> find(String code) {
    String c = OffenceCodes.normalise(code);
    Weight w = weights.get(c);
    if (w != null) {
      return Optional.of(w);
    }
    return fallback == null ? Optional.empty() : fallback.find(c);
  }

  /**
   * The weight of a crime, for harm-weighted figures elsewhere (a hotspot's harm takes this as its
   * per-crime weight function): its code's weight, or 0 when no table has one.
   *
   * @param crime a crime
   * @return its weight
   */
  public double weightOf(org.vcanalytics.core.Crime crime) {
    return find(crime.hoCode()).map(Weight::value).orElse(0.0);
  }

  private static Map<String, String> lowerCaseKeys(Map<String, String> row) {
    Map<String, String> out = new TreeMap<>();
    row.forEach((k, v) -> out.put(k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v));
    return out;
  }

  /** The bundled editions, read once. */
  private static final class Defaults {
    static final Map<String, Map<String, Weight>> EDITIONS = readBundled();
    static final WeightTable CSS = onsCss("2020").orElse(onsCss("2016"));
    static final WeightTable TABLE = CSS.orElse(proxies(CSS));

    /** Codes with no ONS weight, weighted as a stated proxy code of the CSS table. */
    private static WeightTable proxies(WeightTable css) {
      Map<String, Weight> w = new TreeMap<>();
      try (InputStream in = WeightTable.class.getResourceAsStream("weight_proxies.csv");
          MappingIterator<Map<String, String>> rows =
              new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
        while (rows.hasNext()) {
          Map<String, String> r = rows.next();
          String proxy = OffenceCodes.normalise(r.get("proxy_code"));
          Weight of = css.find(proxy).orElseThrow();
          w.put(
              OffenceCodes.normalise(r.get("ho_code")),
              new Weight(of.value(), of.source() + " weight of " + proxy + " as a proxy"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled weight_proxies.csv", e);
      }
      return new WeightTable("proxies", w, null);
    }

    private static Map<String, Map<String, Weight>> readBundled() {
      Map<String, Map<String, Weight>> editions = new TreeMap<>();
      try (InputStream in = WeightTable.class.getResourceAsStream(RESOURCE);
          MappingIterator<Map<String, String>> rows =
              new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
        while (rows.hasNext()) {
          Map<String, String> r = rows.next();
          String edition = r.get("edition").strip();
          editions
              .computeIfAbsent(edition, e -> new TreeMap<>())
              .put(
                  OffenceCodes.normalise(r.get("ho_code")),
                  new Weight(Double.parseDouble(r.get("weight").strip()), "ONS CSS " + edition));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
      }
      return editions;
    }
  }
}
