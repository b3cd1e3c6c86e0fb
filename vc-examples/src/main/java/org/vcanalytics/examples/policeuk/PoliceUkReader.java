package org.vcanalytics.examples.policeuk;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.GridPoint;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.load.BrokenFileException;
import org.vcanalytics.core.load.FileReport;
import org.vcanalytics.core.load.LoadReport;
import org.vcanalytics.core.load.Rejection;
import org.vcanalytics.geo.Coordinates;
import org.vcanalytics.geo.LonLat;

/**
 * Reads a police.uk download into the project's model ({@link PoliceUkLoad}) by the rules of {@link
 * PoliceUkRules} and docs/open-data.md. Files are read in the order of their paths relative to the
 * folder, so the result does not depend on the order the file system lists them. A bad row is
 * rejected, a bad optional value dropped, each listed with file, line, column, value and reason; a
 * file whose header is not the format's is refused ({@link BrokenFileException}).
 *
 * <pre>{@code
 * PoliceUkLoad load = PoliceUkReader.read(Path.of("police-uk-download"), PoliceUkFormat.STREET);
 * load.dataset().crimes();        // the violent crimes, dated the 15th of their month
 * load.antiSocialBehaviourRows(); // counted, not crimes
 * }</pre>
 */
public final class PoliceUkReader {
  private PoliceUkReader() {}

  /** The header of the monthly street files, in order. */
  public static final List<String> STREET_HEADER =
      List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location",
          "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context");

  /** The columns an API extract must have (others, such as {@code street}, are ignored). */
  public static final List<String> API_COLUMNS = List.of("type", "month", "latitude", "longitude");

  private static final Pattern STREET_FILE = Pattern.compile("\\d{4}-\\d{2}-.+-street\\.csv");
  private static final Pattern MONTH_FOLDER = Pattern.compile("\\d{4}-\\d{2}");
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  /**
   * Whether a folder is a police.uk street download: it has {@code YYYY-MM-<force>-street.csv} files
   * (flat or in {@code YYYY-MM/} sub-folders) and the first of them has the street header.
   *
   * @param dir a folder
   * @return true for a police.uk download
   */
  public static boolean isStreetDownload(Path dir) {
    List<Path> files = files(dir, PoliceUkFormat.STREET);
    if (files.isEmpty()) {
      return false;
    }
    List<String> header = header(dir, files.get(0));
    return header.equals(STREET_HEADER);
  }

  /**
   * Reads a download.
   *
   * @param dir the folder
   * @param format the variant
   * @return the data set, the load report and the counts
   * @throws BrokenFileException when there are no files, or a file's header is not the format's
   */
  public static PoliceUkLoad read(Path dir, PoliceUkFormat format) {
    List<Path> files = files(dir, format);
    if (files.isEmpty()) {
      throw new BrokenFileException(dir.toString(), 0,
          format == PoliceUkFormat.STREET
              ? "no YYYY-MM-<force>-street.csv files (flat or in YYYY-MM sub-folders): not a police.uk download"
              : "no .csv files: not a police.uk API extract", null);
    }
    State s = new State(format);
    for (Path f : files) {
      readFile(dir, f, s);
    }
    VcDataset.Builder b = VcDataset.builder();
    s.crimes.forEach(b::addCrime);
    LoadReport report = new LoadReport(s.reports, s.rejections, warnings(s));
    return new PoliceUkLoad(format, b.build(), report, s.rowsByType, s.asb, s.duplicates,
        s.withoutLocation, s.forces, s.names, s.months);
  }

  /** The mutable state of one read, kept inside it. */
  private static final class State {
    final PoliceUkFormat format;
    final List<Crime> crimes = new ArrayList<>();
    final List<FileReport> reports = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final Map<String, String> firstSeen = new HashMap<>();
    final SortedMap<String, Long> rowsByType = new TreeMap<>();
    final SortedSet<String> forces = new TreeSet<>();
    final SortedMap<String, SortedMap<String, String>> names = new TreeMap<>();
    final SortedSet<String> months = new TreeSet<>();
    long asb;
    long duplicates;
    long withoutLocation;

    State(PoliceUkFormat format) {
      this.format = format;
    }
  }

  private static List<String> warnings(State s) {
    List<String> w = new ArrayList<>();
    w.add("police.uk: violent crime is 'Violence and sexual offences' (older files: 'Violent crime') and"
        + " 'Robbery'; the files carry no offence code, weapon, domestic-abuse flag or people, so no"
        + " typology is derived and harm per person, categories and networks are not produced");
    w.add("police.uk: harm is an approximation, one weight per category (the median ONS CSS 2020 weight"
        + " of the Home Office codes it covers)");
    w.add("police.uk: the files give the month only; every crime is dated the " + PoliceUkRules.DAY_OF_MONTH
        + "th of its month, so day-level figures mean nothing");
    if (s.asb > 0) {
      w.add(String.format(Locale.ROOT, "police.uk: %,d anti-social behaviour rows are not crimes: counted in"
          + " summary.json (police_uk.anti_social_behaviour_rows), left out of everything else", s.asb));
    }
    long other = s.rowsByType.entrySet().stream()
        .filter(e -> !e.getKey().equals(PoliceUkRules.ANTI_SOCIAL_BEHAVIOUR))
        .filter(e -> PoliceUkRules.violentCode(e.getKey()).isEmpty())
        .mapToLong(Map.Entry::getValue).sum();
    if (other > 0) {
      w.add(String.format(Locale.ROOT, "police.uk: %,d rows of other crime types are not violent crime:"
          + " counted per crime type in summary.json (police_uk.rows_by_crime_type), left out of everything else", other));
    }
    if (s.withoutLocation > 0) {
      w.add(String.format(Locale.ROOT, "police.uk: %,d violent crimes have no location: UNASSIGNED on the"
          + " map and the grid", s.withoutLocation));
    }
    return w;
  }

  /** The files of a download, by their path relative to the folder. */
  static List<Path> files(Path dir, PoliceUkFormat format) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> top = Files.list(dir)) {
      for (Path p : top.toList()) {
        String name = p.getFileName().toString();
        if (format == PoliceUkFormat.API) {
          if (Files.isRegularFile(p) && name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            out.add(p);
          }
        } else if (Files.isRegularFile(p) && STREET_FILE.matcher(name).matches()) {
          out.add(p);
        } else if (Files.isDirectory(p) && MONTH_FOLDER.matcher(name).matches()) {
          try (Stream<Path> inner = Files.list(p)) {
            inner.filter(Files::isRegularFile)
                .filter(q -> STREET_FILE.matcher(q.getFileName().toString()).matches())
                .forEach(out::add);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    out.sort((a, b) -> relative(dir, a).compareTo(relative(dir, b)));
    return out;
  }

  /** A file's name as reports show it: its path under the folder, with {@code /}. */
  static String relative(Path dir, Path f) {
    return dir.relativize(f).toString().replace('\\', '/');
  }

  private static List<String> header(Path dir, Path f) {
    List<String[]> rows = rows(dir, f, 1);
    return rows.isEmpty() ? List.of() : List.of(rows.get(0)).stream().map(String::strip).toList();
  }

  /** The file's records (the header first), at most {@code limit} of them (0: all). */
  private static List<String[]> rows(Path dir, Path f, int limit) {
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new BrokenFileException(relative(dir, f), 0, "cannot be read as UTF-8 text: " + e.getMessage(), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvMapper m = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> out = new ArrayList<>();
    try (MappingIterator<String[]> it = m.readerFor(String[].class).readValues(text)) {
      while (it.hasNextValue() && (limit == 0 || out.size() < limit)) {
        out.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      throw new BrokenFileException(relative(dir, f), out.size() + 1, "is not valid CSV: " + e.getMessage(), e);
    }
    return out;
  }

  private static void readFile(Path dir, Path f, State s) {
    String file = relative(dir, f);
    List<String[]> rows = rows(dir, f, 0);
    List<String> header = rows.isEmpty() ? List.of() : List.of(rows.get(0)).stream().map(String::strip).toList();
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      col.putIfAbsent(header.get(i), i);
    }
    if (s.format == PoliceUkFormat.STREET && !header.equals(STREET_HEADER)) {
      throw new BrokenFileException(file, 1, "the header is not that of a police.uk street file: expected "
          + String.join(",", STREET_HEADER) + ", found " + String.join(",", header), null);
    }
    if (s.format == PoliceUkFormat.API && !col.keySet().containsAll(API_COLUMNS)) {
      throw new BrokenFileException(file, 1, "the header is not that of a police.uk API extract: expected"
          + " the columns " + String.join(",", API_COLUMNS) + ", found " + String.join(",", header), null);
    }
    long read = 0, rejected = 0, dropped = 0;
    for (int r = 1; r < rows.size(); r++) {
      String[] row = rows.get(r);
      long line = r + 1;
      if (row.length == 1 && row[0].isBlank()) {
        continue; // a blank line, e.g. the last
      }
      read++;
      int before = s.rejections.size();
      boolean ok;
      if (row.length != header.size()) {
        s.rejections.add(new Rejection(file, line, Rejection.WHOLE_ROW, String.join(",", row),
            "has " + row.length + " fields, the header " + header.size()));
        ok = false;
      } else {
        ok = s.format == PoliceUkFormat.STREET ? street(file, line, row, col, s) : api(file, line, row, col, s);
      }
      if (!ok) {
        rejected++;
      }
      dropped += s.rejections.subList(before, s.rejections.size()).stream().filter(x -> !x.rowRejected()).count();
    }
    s.reports.add(new FileReport(file, true, read, read - rejected, rejected, dropped));
  }

  private static String get(String[] row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null || i >= row.length ? "" : row[i].strip();
  }

  /** One row of a street file; false when it is rejected. */
  private static boolean street(String file, long line, String[] row, Map<String, Integer> col, State s) {
    String type = get(row, col, "Crime type");
    if (!PoliceUkRules.known(type)) {
      s.rejections.add(new Rejection(file, line, "Crime type", type, "not a police.uk crime type"));
      return false;
    }
    Optional<YearMonth> month = month(file, line, "Month", get(row, col, "Month"), s);
    if (month.isEmpty()) {
      return false;
    }
    s.rowsByType.merge(type, 1L, Long::sum);
    s.months.add(month.get().toString());
    if (type.equals(PoliceUkRules.ANTI_SOCIAL_BEHAVIOUR)) {
      s.asb++;
      return true;
    }
    String id = get(row, col, "Crime ID");
    if (id.isEmpty()) {
      s.rejections.add(new Rejection(file, line, "Crime ID", "", "a crime row (" + type + ") with no Crime ID"));
      return false;
    }
    String first = s.firstSeen.putIfAbsent(id, file + " line " + line);
    if (first != null) {
      s.duplicates++;
      s.rejections.add(new Rejection(file, line, "Crime ID", id, "repeats the Crime ID of " + first + " (the first is kept)"));
      return false;
    }
    Optional<String> code = PoliceUkRules.violentCode(type);
    if (code.isEmpty()) {
      return true; // counted, not a violent crime
    }
    Crime.Builder c = crime(id, code.get(), month.get());
    location(file, line, "Longitude", get(row, col, "Longitude"), "Latitude", get(row, col, "Latitude"), s, c);
    String force = get(row, col, "Falls within");
    if (!force.isEmpty()) {
      c.putAreaCodes("force", force);
      s.forces.add(force);
    }
    String lsoa = get(row, col, "LSOA code");
    if (!lsoa.isEmpty()) {
      c.putAreaCodes("lsoa", lsoa);
      String name = get(row, col, "LSOA name");
      s.names.computeIfAbsent("lsoa", k -> new TreeMap<>()).putIfAbsent(lsoa, name.isEmpty() ? lsoa : name);
    }
    s.crimes.add(c.build());
    return true;
  }

  /** One row of an API extract; false when it is rejected. */
  private static boolean api(String file, long line, String[] row, Map<String, Integer> col, State s) {
    String slug = get(row, col, "type");
    Optional<String> type = PoliceUkRules.crimeTypeOfSlug(slug);
    if (type.isEmpty()) {
      s.rejections.add(new Rejection(file, line, "type", slug, "not a police.uk API category slug"));
      return false;
    }
    Optional<YearMonth> month = month(file, line, "month", get(row, col, "month"), s);
    if (month.isEmpty()) {
      return false;
    }
    s.rowsByType.merge(type.get(), 1L, Long::sum);
    s.months.add(month.get().toString());
    if (type.get().equals(PoliceUkRules.ANTI_SOCIAL_BEHAVIOUR)) {
      s.asb++;
      return true;
    }
    Optional<String> code = PoliceUkRules.violentCode(type.get());
    if (code.isEmpty()) {
      return true;
    }
    // The extract has no Crime ID: the row is its own id, file and line, unique by construction.
    Crime.Builder c = crime(file + ":" + line, code.get(), month.get());
    location(file, line, "longitude", get(row, col, "longitude"), "latitude", get(row, col, "latitude"), s, c);
    String ward = get(row, col, "ward");
    if (!ward.isEmpty()) {
      c.putAreaCodes("ward", ward);
    }
    s.crimes.add(c.build());
    return true;
  }

  private static Crime.Builder crime(String id, String code, YearMonth month) {
    LocalDate day = month.atDay(PoliceUkRules.DAY_OF_MONTH);
    return Crime.builder().id(id).hoCode(code).committedOn(day).offenceTitle(PoliceUkRules.title(code));
  }

  private static Optional<YearMonth> month(String file, long line, String column, String text, State s) {
    try {
      YearMonth m = YearMonth.parse(text, MONTH);
      if (m.getYear() < 1900 || m.getYear() > 2100) {
        s.rejections.add(new Rejection(file, line, column, text, "a month outside 1900 to 2100"));
        return Optional.empty();
      }
      return Optional.of(m);
    } catch (DateTimeParseException e) {
      s.rejections.add(new Rejection(file, line, column, text, "not a month in YYYY-MM form"));
      return Optional.empty();
    }
  }

  /**
   * The location of a row on the National Grid: none when both are blank; a bad or half-given pair,
   * or a point outside Great Britain's grid, is dropped (listed) and the crime kept without one.
   */
  private static void location(
      String file, long line, String lonColumn, String lon, String latColumn, String lat, State s, Crime.Builder c) {
    if (lon.isEmpty() && lat.isEmpty()) {
      s.withoutLocation++;
      return;
    }
    Optional<GridPoint> p = Optional.empty();
    String reason;
    try {
      GridPoint g = Coordinates.toGrid(LonLat.of(Double.parseDouble(lon), Double.parseDouble(lat)));
      p = Optional.of(g);
      reason = "";
    } catch (NumberFormatException e) {
      reason = lon.isEmpty() || lat.isEmpty() ? "only one of longitude and latitude is given" : "not a number";
    } catch (IllegalArgumentException e) {
      reason = "not a WGS84 position in Great Britain";
    }
    if (p.isPresent()) {
      c.location(p.get());
      return;
    }
    s.withoutLocation++;
    s.rejections.add(Rejection.valueDropped(file, line, lonColumn + "/" + latColumn, lon + " " + lat,
        reason + ": the crime is kept with no location (UNASSIGNED)"));
  }
}
