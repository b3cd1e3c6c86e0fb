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

/** {@code custody.csv}: custody records. Required: the id, the person and the day booked. */
final class CustodyFile implements CsvFile {

  enum Col implements Column {
    CUSTODY_ID(REQUIRED),
    PERSON_ID(REQUIRED),
    BOOKED_ON(REQUIRED),
    MENTAL_HEALTH(OPTIONAL),
    SUBSTANCE_MISUSE(OPTIONAL),
    ALCOHOL(OPTIONAL),
    SELF_HARM(OPTIONAL),
    SCHOOL_URN(OPTIONAL);

    private final boolean required;

    Col(boolean required) {
      this.required = required;
    }

    @Override
    public boolean required() {
      return required;
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
            .schoolUrn(row.optionalId(SCHOOL_URN))
            .build();
    state.custody.accept(id, CUSTODY_ID.label(), line, () -> state.data.addCustodyRecord(c));
  }
}
