package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.OcgFile.Col.FROM;
import static org.vcanalytics.core.load.OcgFile.Col.OCG_ID;
import static org.vcanalytics.core.load.OcgFile.Col.PERSON_ID;
import static org.vcanalytics.core.load.OcgFile.Col.ROLE;
import static org.vcanalytics.core.load.OcgFile.Col.TO;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vcanalytics.core.OcgMembership;
import org.vcanalytics.core.load.DataContract.ColumnType;

/**
 * {@code ocg.csv}: organised-crime-group memberships. Required: the person, the group and the first
 * day; a bad last day is dropped, which reads as no end recorded: still a member.
 */
final class OcgFile implements CsvFile {

  @Override
  public List<String> needs() {
    return List.of(VcPackage.PEOPLE);
  }

  enum Col implements Column {
    PERSON_ID(REQUIRED, ColumnType.ID),
    OCG_ID(REQUIRED, ColumnType.ID),
    FROM(REQUIRED, ColumnType.DATE),
    TO(OPTIONAL, ColumnType.DATE),
    ROLE(OPTIONAL, ColumnType.TEXT);

    private final boolean required;
    private final ColumnType type;

    Col(boolean required, ColumnType type) {
      this.required = required;
      this.type = type;
    }

    @Override
    public boolean required() {
      return required;
    }

    @Override
    public ColumnType type() {
      return type;
    }
  }

  /** What makes a membership row unique. */
  private record Spell(String personId, String ocgId, LocalDate from) {}

  private final LoadState state;
  private final Map<Spell, Long> spells = new HashMap<>();

  OcgFile(LoadState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return VcPackage.OCG;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "no one is known as an OCG member";
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    String personId = row.id(PERSON_ID);
    String ocgId = state.intern(row.id(OCG_ID));
    LocalDate from = row.date(FROM);
    Optional<LocalDate> to = row.optionalDate(TO);
    if (to.isPresent() && to.get().isBefore(from)) {
      row.drop(TO, "the membership ends before it starts (from " + from + "); read as no end recorded");
      to = Optional.empty();
    }
    personId = state.requirePerson(personId, PERSON_ID.label());
    Long first = spells.putIfAbsent(new Spell(personId, ocgId, from), line);
    if (first != null) {
      throw new Row.Rejected(
          Rejection.WHOLE_ROW,
          personId + "," + ocgId + "," + from,
          "duplicate: the same membership (person, OCG, start date) is on line " + first);
    }
    state.data.addOcgMembership(
        OcgMembership.builder()
            .personId(personId)
            .ocgId(ocgId)
            .since(from)
            .until(to)
            .role(row.optionalText(ROLE))
            .build());
  }
}
