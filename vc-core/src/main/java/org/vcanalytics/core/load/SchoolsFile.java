package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.SchoolsFile.Col.EASTING;
import static org.vcanalytics.core.load.SchoolsFile.Col.NAME;
import static org.vcanalytics.core.load.SchoolsFile.Col.NORTHING;
import static org.vcanalytics.core.load.SchoolsFile.Col.PHASE;
import static org.vcanalytics.core.load.SchoolsFile.Col.STATUS;
import static org.vcanalytics.core.load.SchoolsFile.Col.URN;

import java.util.List;
import org.vcanalytics.core.School;

/** {@code schools.csv}: schools. Required: the URN, the name and the location. */
final class SchoolsFile implements CsvFile {

  enum Col implements Column {
    URN(REQUIRED),
    NAME(REQUIRED),
    EASTING(REQUIRED),
    NORTHING(REQUIRED),
    PHASE(OPTIONAL),
    STATUS(OPTIONAL);

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
