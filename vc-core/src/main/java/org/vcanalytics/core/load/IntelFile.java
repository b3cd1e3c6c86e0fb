package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.IntelFile.Col.EASTING;
import static org.vcanalytics.core.load.IntelFile.Col.GRADING_SYSTEM;
import static org.vcanalytics.core.load.IntelFile.Col.HANDLING_CODE;
import static org.vcanalytics.core.load.IntelFile.Col.HEADERS;
import static org.vcanalytics.core.load.IntelFile.Col.INTELLIGENCE_ASSESSMENT;
import static org.vcanalytics.core.load.IntelFile.Col.INTEL_ID;
import static org.vcanalytics.core.load.IntelFile.Col.NORTHING;
import static org.vcanalytics.core.load.IntelFile.Col.RECORDED_ON;
import static org.vcanalytics.core.load.IntelFile.Col.SOURCE_EVALUATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vcanalytics.core.GradingSystem;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.load.DataContract.ColumnType;

/**
 * {@code intel.csv}: intelligence logs. Required: the id, the day recorded and the grade (its
 * system, source evaluation and intelligence assessment); a bad handling code, header or location
 * is dropped.
 */
final class IntelFile implements CsvFile {

  enum Col implements Column {
    INTEL_ID(REQUIRED, ColumnType.ID),
    RECORDED_ON(REQUIRED, ColumnType.DATE),
    GRADING_SYSTEM(OPTIONAL, ColumnType.CODE),
    SOURCE_EVALUATION(REQUIRED, ColumnType.GRADE),
    INTELLIGENCE_ASSESSMENT(REQUIRED, ColumnType.GRADE),
    HANDLING_CODE(OPTIONAL, ColumnType.GRADE),
    HEADERS(OPTIONAL, ColumnType.TEXT_LIST),
    EASTING(OPTIONAL, ColumnType.METRES),
    NORTHING(OPTIONAL, ColumnType.METRES);

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

  IntelFile(LoadState state) {
    this.state = state;
  }

  @Override
  public String name() {
    return VcPackage.INTEL;
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
    String id = row.id(INTEL_ID);
    LocalDate recorded = row.date(RECORDED_ON);
    IntelGrade grade = grade(row);
    Optional<String> handling =
        row.optionalText(HANDLING_CODE).map(h -> state.term(h.toUpperCase(Locale.ROOT)));
    if (handling.isPresent() && !grade.isValidHandlingCode(handling.get())) {
      row.drop(
          HANDLING_CODE,
          "graded outside its system: a " + grade.system() + " handling code is "
              + grade.system().handlingCodes());
      handling = Optional.empty();
    }
    IntelLog log =
        IntelLog.builder()
            .id(id)
            .recordedOn(recorded)
            .grade(grade)
            .handlingCode(handling)
            .headers(row.optionalText(HEADERS).map(this::headers).orElse(List.of()))
            .location(row.point(EASTING, NORTHING))
            .build();
    state.intel.accept(id, INTEL_ID.label(), line, () -> state.data.addIntelLog(log));
  }

  /** The headers as read, split at {@code ;}, each held once ({@link LoadState#term}). */
  private List<String> headers(String text) {
    String[] parts = text.split(";");
    for (int i = 0; i < parts.length; i++) {
      parts[i] = state.term(parts[i]);
    }
    return List.of(parts);
  }

  /** The grade: blank system = 3x5x2; each code checked against its system. */
  private IntelGrade grade(Row row) throws Row.Rejected {
    String systemText = row.raw(GRADING_SYSTEM);
    GradingSystem system;
    if (systemText.isEmpty()) {
      system = GradingSystem.THREE_BY_FIVE_BY_TWO;
    } else {
      system =
          GradingSystem.fromLabel(row.id(GRADING_SYSTEM))
              .orElseThrow(
                  () ->
                      new Row.Rejected(
                          GRADING_SYSTEM.label(),
                          systemText,
                          "unknown grading system; expected 3x5x2 or 5x5x5"));
    }
    String source = row.id(SOURCE_EVALUATION).toUpperCase(Locale.ROOT);
    if (!system.isSourceCode(source)) {
      throw new Row.Rejected(
          SOURCE_EVALUATION.label(),
          row.raw(SOURCE_EVALUATION),
          "graded outside its system: a " + system + " source evaluation is " + system.sourceCodes());
    }
    String assessment = row.id(INTELLIGENCE_ASSESSMENT).toUpperCase(Locale.ROOT);
    if (!system.isAssessmentCode(assessment)) {
      throw new Row.Rejected(
          INTELLIGENCE_ASSESSMENT.label(),
          row.raw(INTELLIGENCE_ASSESSMENT),
          "graded outside its system: a " + system + " intelligence assessment is "
              + system.assessmentCodes());
    }
    GradingSystem s = system;
    return state.grades.computeIfAbsent(
        s.label() + source + '/' + assessment, k -> IntelGrade.of(s, source, assessment));
  }

  @Override
  public void rejected(Row row, long line) {
    state.intel.rejected(row.raw(INTEL_ID), line);
  }
}
