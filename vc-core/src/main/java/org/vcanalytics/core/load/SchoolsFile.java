package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.SchoolsFile.Col.EASTING;
import static org.vcanalytics.core.load.SchoolsFile.Col.NAME;
import static org.vcanalytics.core.load.SchoolsFile.Col.NORTHING;
import static org.vcanalytics.core.load.SchoolsFile.Col.PHASE;
import static org.vcanalytics.core.load.SchoolsFile.Col.STATUS;
import static org.vcanalytics.core.load.SchoolsFile.Col.URN;

import java.util.List;
import org.vcanalytics.core.School;
import org.vcanalytics.core.load.DataContract.ColumnType;

/** {@code schools.csv}: schools. Required: the URN, the name and the location. */
final class SchoolsFile implements CsvFile {

  enum Col implements Column {
    URN(REQUIRED, ColumnType.ID),
    NAME(REQUIRED, ColumnType.TEXT),
    EASTING(REQUIRED, ColumnType.METRES),
    NORTHING(REQUIRED, ColumnType.METRES),
    PHASE(OPTIONAL, ColumnType.TEXT),
    STATUS(OPTIONAL, ColumnType.TEXT);

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

  SchoolsFile(LoadState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return VcPackage.SCHOOLS;
  }

  @Override
  public List<Col> columns() {
    return List.of(Col.values());
  }

  @Override
  public String absentMeaning() {
    return "there are no schools near hotspots";
  }

  @Override
  public void read(Row row, long line) throws Row.Rejected {
    String urn = row.id(URN);
    School s =
        School.builder()
            .urn(urn)
            .name(row.text(NAME))
            .location(row.requiredPoint(EASTING, NORTHING))
            .phase(row.optionalText(PHASE))
            .status(row.optionalText(STATUS))
            .build();
    state.schools.accept(urn, URN.label(), line, () -> state.data.addSchool(s));
  }
}
