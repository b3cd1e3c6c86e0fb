package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.PeopleFile.Col.DATE_OF_BIRTH;
import static org.vcanalytics.core.load.PeopleFile.Col.HOME_EASTING;
import static org.vcanalytics.core.load.PeopleFile.Col.HOME_NORTHING;
import static org.vcanalytics.core.load.PeopleFile.Col.HOME_POSTCODE;
import static org.vcanalytics.core.load.PeopleFile.Col.PERSON_ID;
import static org.vcanalytics.core.load.PeopleFile.Col.SEX;

import java.util.List;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.internal.Texts;
import org.vcanalytics.core.load.DataContract.ColumnType;

/** {@code people.csv}: the people register. Only the id is required; every other value may drop. */
final class PeopleFile implements CsvFile {

  enum Col implements Column {
    PERSON_ID(REQUIRED, ColumnType.ID),
    DATE_OF_BIRTH(OPTIONAL, ColumnType.DATE),
    SEX(OPTIONAL, ColumnType.CODE),
    HOME_EASTING(OPTIONAL, ColumnType.METRES),
    HOME_NORTHING(OPTIONAL, ColumnType.METRES),
    HOME_POSTCODE(OPTIONAL, ColumnType.TEXT);

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

  PeopleFile(LoadState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return VcPackage.PEOPLE;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "people are taken from the ids in the other files, with no date of birth, sex or home";
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    String id = row.id(PERSON_ID);
    Person p =
        Person.builder()
            .id(id)
            .dateOfBirth(row.optionalDate(DATE_OF_BIRTH, state.dateOfBirthWindow))
            .sex(row.optionalEnum(SEX, Sex.class))
            .home(row.point(HOME_EASTING, HOME_NORTHING))
            .homePostcode(row.optionalText(HOME_POSTCODE).map(Texts::upper).map(state::term))
            .build();
    state.people.accept(id, PERSON_ID.label(), line, () -> state.data.addPerson(p));
  }

  @Override
  public void rejected(Row row, long line) {
    state.people.rejected(row.raw(PERSON_ID), line);
  }
}
