package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.CustodyFile.Col.ALCOHOL;
import static org.vcanalytics.core.load.CustodyFile.Col.BOOKED_ON;
import static org.vcanalytics.core.load.CustodyFile.Col.CUSTODY_ID;
import static org.vcanalytics.core.load.CustodyFile.Col.MENTAL_HEALTH;
import static org.vcanalytics.core.load.CustodyFile.Col.PERSON_ID;
import static org.vcanalytics.core.load.CustodyFile.Col.SCHOOL_URN;
import static org.vcanalytics.core.load.CustodyFile.Col.SELF_HARM;
import static org.vcanalytics.core.load.CustodyFile.Col.SUBSTANCE_MISUSE;

import java.util.List;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.load.DataContract.ColumnType;

/** {@code custody.csv}: custody records. Required: the id, the person and the day booked. */
final class CustodyFile implements CsvFile {

  @Override
  public List<String> needs() {
    return List.of(VcPackage.PEOPLE);
  }

  enum Col implements Column {
    CUSTODY_ID(REQUIRED, ColumnType.ID),
    PERSON_ID(REQUIRED, ColumnType.ID),
    BOOKED_ON(REQUIRED, ColumnType.DATE),
    MENTAL_HEALTH(OPTIONAL, ColumnType.FLAG),
    SUBSTANCE_MISUSE(OPTIONAL, ColumnType.FLAG),
    ALCOHOL(OPTIONAL, ColumnType.FLAG),
    SELF_HARM(OPTIONAL, ColumnType.FLAG),
    SCHOOL_URN(OPTIONAL, ColumnType.ID);

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

  CustodyFile(LoadState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return VcPackage.CUSTODY;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "there are no custody markers (mental health, substance misuse, alcohol, self-harm)"
        + " and no schools attended";
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    String id = row.id(CUSTODY_ID);
    String personId = state.requirePerson(row.id(PERSON_ID), PERSON_ID.label());
    CustodyRecord c =
        CustodyRecord.builder()
            .id(id)
            .personId(personId)
            .bookedOn(row.date(BOOKED_ON))
            .mentalHealth(row.flag(MENTAL_HEALTH))
            .substanceMisuse(row.flag(SUBSTANCE_MISUSE))
            .alcohol(row.flag(ALCOHOL))
            .selfHarm(row.flag(SELF_HARM))
            .schoolUrn(row.optionalId(SCHOOL_URN).map(state::term))
            .build();
    state.custody.accept(id, CUSTODY_ID.label(), line, () -> state.data.addCustodyRecord(c));
  }
}
