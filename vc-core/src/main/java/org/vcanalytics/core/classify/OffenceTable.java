package org.vcanalytics.core.classify;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcanalytics.core.OffenceCodes;

/**
 * The Home Office offence codes: code, title, group, sub-group, current or legacy, and the
 * violent-crime profiles. {@link #bundled()} is the table shipped with the library, built from the
 * Home Office Counting Rules and the ONS offence hierarchy (provenance in {@code
 * docs/reference-data.md}).
 *
 * <p>Immutable and thread-safe. Look-ups take any form of a code ({@code 008N}, {@code 4/1}).
 */
public final class OffenceTable {

  private static final String RESOURCE = "ho_offence_classification.csv";
  private static final OffenceTable BUNDLED = read();

  private final Map<String, Offence> byCode;

  private OffenceTable(List<Offence> offences) {
    Map<String, Offence> m = new LinkedHashMap<>();
    for (Offence o : offences) {
      if (m.putIfAbsent(o.code(), o) != null) {
        throw new IllegalArgumentException("offence code " + o.code() + " appears twice");
      }
    }
    this.byCode = Collections.unmodifiableMap(m);
  }

  /**
   * A table of one's own, e.g. the bundled offences plus a force's local codes.
   *
   * @param offences the offences, each code once
   * @return the table
   */
  public static OffenceTable of(List<Offence> offences) {
    return new OffenceTable(offences);
  }

  /** @return the table shipped with the library (150 codes) */
  public static OffenceTable bundled() {
    return BUNDLED;
  }

  /**
   * Looks up a code in any recorded form.
   *
   * @param code a code as recorded
   * @return the offence, empty when the code is not in the table
   */
  public Optional<Offence> find(String code) {
    return Optional.ofNullable(byCode.get(OffenceCodes.normalise(code)));
  }

  /** @return every offence, in the order of the source table */
  public List<Offence> offences() {
    return List.copyOf(byCode.values());
  }

  private static OffenceTable read() {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Offence> out = new ArrayList<>();
    try (InputStream in = OffenceTable.class.getResourceAsStream(RESOURCE);
        MappingIterator<Map<String, String>> rows =
            mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
      while (rows.hasNext()) {
        Map<String, String> r = rows.next();
        out.add(
            new Offence(
                OffenceCodes.normalise(r.get("ho_code")),
                r.get("title").strip(),
                r.get("offence_group").strip(),
                r.get("offence_subgroup").strip(),
                r.get("status").strip().equals("legacy"),
                yes(r.get("ndqis_selected")),
                yes(r.get("physical_violence")),
                yes(r.get("physical_and_sexual"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
    }
    return new OffenceTable(out);
  }

  private static boolean yes(String flag) {
    return "Y".equals(flag.strip());
  }
}
