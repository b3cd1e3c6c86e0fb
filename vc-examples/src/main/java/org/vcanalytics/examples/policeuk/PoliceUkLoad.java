package org.vcanalytics.examples.policeuk;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.load.LoadReport;

/**
 * A police.uk download read into the project's model: the data set (violent crimes only, no people,
 * areas as pre-assigned codes), the load report (every rejected row and dropped value, a file report
 * per monthly file) and the counts summary.json gives under {@code police_uk}.
 *
 * @param format the variant read
 * @param dataset the violent crimes, as a data set
 * @param report the load report
 * @param rowsByCrimeType every row read, by crime type as the CSV files name it (API slugs mapped)
 * @param antiSocialBehaviourRows the anti-social behaviour rows: not crimes, left out
 * @param duplicateCrimeIds the rows whose Crime ID repeats an earlier row's (rejected)
 * @param violentWithoutLocation the violent crimes kept with no location (UNASSIGNED)
 * @param forces the forces of {@code Falls within}, each an area of level {@code force}
 * @param areaNames per level, each area code's name ({@code lsoa} from {@code LSOA name})
 * @param months the months of the rows read, {@code YYYY-MM}
 */
public record PoliceUkLoad(
    PoliceUkFormat format,
    VcDataset dataset,
    LoadReport report,
    SortedMap<String, Long> rowsByCrimeType,
    long antiSocialBehaviourRows,
    long duplicateCrimeIds,
    long violentWithoutLocation,
    SortedSet<String> forces,
    SortedMap<String, SortedMap<String, String>> areaNames,
    SortedSet<String> months) {

  /** Copies the collections. */
  public PoliceUkLoad {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(report, "report");
    rowsByCrimeType = Collections.unmodifiableSortedMap(new TreeMap<>(rowsByCrimeType));
    forces = Collections.unmodifiableSortedSet(new TreeSet<>(forces));
    SortedMap<String, SortedMap<String, String>> names = new TreeMap<>();
    areaNames.forEach((level, m) -> names.put(level, Collections.unmodifiableSortedMap(new TreeMap<>(m))));
    areaNames = Collections.unmodifiableSortedMap(names);
    months = Collections.unmodifiableSortedSet(new TreeSet<>(months));
  }

  /** @return every row read, over all files */
  public long rows() {
    return rowsByCrimeType.values().stream().mapToLong(Long::longValue).sum();
  }

  /** @return the rows of a violent crime type (before duplicates and bad rows are rejected) */
  public long violentRows() {
    return rowsByCrimeType.entrySet().stream()
        .filter(e -> PoliceUkRules.violentCode(e.getKey()).isPresent())
        .mapToLong(e -> e.getValue())
        .sum();
  }

  /** @return the files read, in the order read */
  public List<String> files() {
    return report.files().stream().map(f -> f.file()).toList();
  }
}
