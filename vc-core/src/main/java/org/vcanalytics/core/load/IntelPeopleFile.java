package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.IntelPeopleFile.Col.INTEL_ID;
import static org.vcanalytics.core.load.IntelPeopleFile.Col.PERSON_ID;

import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.IntelMention;
import org.vcanalytics.core.load.DataContract.ColumnType;

/** {@code intel_people.csv}: the people each intelligence log names. Every column is required. */
final class IntelPeopleFile implements CsvFile {

  @Override
  public List<String> needs() {
    return List.of(VcPackage.PEOPLE, VcPackage.INTEL);
  }

  enum Col implements Column {
    INTEL_ID(REQUIRED, ColumnType.ID),
    PERSON_ID(REQUIRED, ColumnType.ID);

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
  private final Pending<IntelMention> pending = new Pending<>();
  private final LoadState.LastId log;
  private final PersonReferences<Void> people;

  IntelPeopleFile(LoadState state) {
    this.state = state;
    this.log = new LoadState.LastId(state.intel);
    this.people = new PersonReferences<>(state, name(), PERSON_ID.label(),
        (person, line, logNumber, none) ->
            pending.add(IntelMention.of(log.idAt(logNumber), person), line, logNumber));
  }

  @Override
  public String name() {
    return VcPackage.INTEL_PEOPLE;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "there are no intelligence links";
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    int logNumber = log.requireNumber(row.id(INTEL_ID), INTEL_ID.label());
    people.add(row.id(PERSON_ID), line, logNumber, null); // the person is looked up with others
  }

  @Override
  public List<Rejection> finish() {
    List<Rejection> rejected = new ArrayList<>(people.finish());
    rejected.addAll(pending.finish(
        name(),
        state.intel.count(),
        IntelMention::personId,
        IntelMention::personId,
        PERSON_ID.label(),
        "the log already names this person on line %d; a person cannot be their own link",
        state.data::addIntelMention));
    return rejected;
  }
}
