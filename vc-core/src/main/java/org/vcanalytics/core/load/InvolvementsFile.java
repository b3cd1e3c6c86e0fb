package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.InvolvementsFile.Col.CRIME_ID;
import static org.vcanalytics.core.load.InvolvementsFile.Col.PERSON_ID;
import static org.vcanalytics.core.load.InvolvementsFile.Col.ROLE;

import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.load.DataContract.ColumnType;

/** {@code involvements.csv}: who was involved in each crime. Every column is required. */
final class InvolvementsFile implements CsvFile {

  @Override
  public List<String> needs() {
    return List.of(VcPackage.PEOPLE, VcPackage.CRIMES);
  }

  enum Col implements Column {
    CRIME_ID(REQUIRED, ColumnType.ID),
    PERSON_ID(REQUIRED, ColumnType.ID),
    ROLE(REQUIRED, ColumnType.CODE);

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

  private final LoadState state;
  private final Pending<Involvement> pending = new Pending<>();
  private final LoadState.LastId crime;
  private final PersonReferences<Role> people;

  InvolvementsFile(LoadState state) {
    this.state = state;
    this.crime = new LoadState.LastId(state.crimes);
    this.people = new PersonReferences<>(state, name(), PERSON_ID.label(),
        (person, line, crimeNumber, role) ->
            pending.add(Involvement.of(crime.idAt(crimeNumber), person, role), line, crimeNumber));
  }

  @Override
  public String name() {
    return VcPackage.INVOLVEMENTS;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "no crime names anyone, so there is no harm per person, no crime links and no"
        + " YOUTH, OCG-member or VAW typology";
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    Role role = row.requiredEnum(ROLE, Role.class);
    int crimeNumber = crime.requireNumber(row.id(CRIME_ID), CRIME_ID.label());
    people.add(row.id(PERSON_ID), line, crimeNumber, role); // the person is looked up with others
  }

  @Override
  public List<Rejection> finish() {
    List<Rejection> rejected = new ArrayList<>(people.finish());
    rejected.addAll(pending.finish(
        name(),
        state.crimes.count(),
        // Within one crime an involvement equals another exactly when its person and role do: the
        // record is its own key, so no key is made for each of millions of rows.
        i -> i,
        i -> i.crimeId() + "," + i.personId() + "," + i.role(),
        Rejection.WHOLE_ROW,
        "duplicate: the same person in the same role on the same crime is on line %d",
        state.data::addInvolvement));
    return rejected;
  }
}
