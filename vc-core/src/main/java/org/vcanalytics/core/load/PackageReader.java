package org.vcanalytics.core.load;

import static org.vcanalytics.core.load.VcPackage.CRIMES;
import static org.vcanalytics.core.load.VcPackage.CUSTODY;
import static org.vcanalytics.core.load.VcPackage.INTEL;
import static org.vcanalytics.core.load.VcPackage.INTEL_PEOPLE;
import static org.vcanalytics.core.load.VcPackage.INVOLVEMENTS;
import static org.vcanalytics.core.load.VcPackage.OCG;
import static org.vcanalytics.core.load.VcPackage.PEOPLE;
import static org.vcanalytics.core.load.VcPackage.SCHOOLS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vcanalytics.core.AreaCodes;
import org.vcanalytics.core.Crime;
import org.vcanalytics.core.CustodyRecord;
import org.vcanalytics.core.GradingSystem;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.IntelLog;
import org.vcanalytics.core.IntelMention;
import org.vcanalytics.core.Involvement;
import org.vcanalytics.core.OcgMembership;
import org.vcanalytics.core.OffenceCodes;
import org.vcanalytics.core.Person;
import org.vcanalytics.core.Role;
import org.vcanalytics.core.School;
import org.vcanalytics.core.Sex;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.Weapon;
import org.vcanalytics.core.WeaponUse;
import org.vcanalytics.core.internal.Buckets;
import org.vcanalytics.core.internal.Texts;

/** One load of one package: reads the files in contract order, checking rows and references. */
final class PackageReader {

  private static final Logger LOG = LoggerFactory.getLogger(PackageReader.class);
  private static final int SHOWN_VALUE_LENGTH = 200;

  private final Path dir;
  private final LoadOptions options;
  private final VcDataset.Builder data = VcDataset.builder();
  private final List<FileReport> files = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** Accepted ids with the line they were accepted on; rejected ids with the line of their last rejection. */
  private final IdRegister people = new IdRegister(PEOPLE);
  private final IdRegister crimes = new IdRegister(CRIMES);
  private final IdRegister intel = new IdRegister(INTEL);
  private final IdRegister custody = new IdRegister(CUSTODY);
  private final IdRegister schools = new IdRegister(SCHOOLS);
  /** Rows that passed their own checks, awaiting the duplicate check at the end of their file. */
  private final Pending<Involvement> involvements = new Pending<>();
  private final Pending<IntelMention> mentions = new Pending<>();
  private final Map<OcgSpell, Long> ocgSpells = new HashMap<>();
  /**
   * One instance per distinct text, so that ids repeated across millions of rows, offence codes and
   * grades are held once (person ids when there is no register; other ids come from {@link Ids}).
   */
  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<String, IntelGrade> grades = new HashMap<>();
  private final Map<AreaCodes, AreaCodes> areaCodes = new HashMap<>();
  private boolean peopleRegister;

  PackageReader(Path dir, LoadOptions options) {
    this.dir = dir;
    this.options = options;
  }

  LoadResult read() {
    if (!Files.exists(dir.resolve(CRIMES))) {
      throw new BrokenFileException(
          CRIMES, 0, "is missing from " + dir + "; it is the one file every package must have", null);
    }
    // people.csv is the register when it has a header; absent or empty, people come from the other files.
    peopleRegister =
        readFile(
            PEOPLE,
            List.of("person_id"),
            List.of("date_of_birth", "sex", "home_easting", "home_northing", "home_postcode"),
            this::person);
    readFile(
        CRIMES,
        List.of("crime_id", "ho_code", "committed_on"),
        List.of(
            "offence_title", "recorded_on", "easting", "northing", "postcode", "weapon",
            "weapon_use", "domestic_abuse", "ocg_related", "mo_text", "npu", "neighbourhood",
            "postcode_district", "lsoa"),
        this::crime);
    readFile(INVOLVEMENTS, List.of("crime_id", "person_id", "role"), List.of(), this::involvement);
    finishFile(
        INVOLVEMENTS,
        involvements,
        i -> crimes.indexOf(i.crimeId()),
        crimes.count(),
        i -> List.of(i.personId(), i.role()),
        i -> i.crimeId() + "," + i.personId() + "," + i.role(),
        Rejection.WHOLE_ROW,
        "duplicate: the same person in the same role on the same crime is on line %d",
        data::addInvolvement);
    readFile(
        INTEL,
        List.of("intel_id", "recorded_on", "source_evaluation", "intelligence_assessment"),
        List.of("grading_system", "handling_code", "headers", "easting", "northing"),
        this::intel);
    readFile(INTEL_PEOPLE, List.of("intel_id", "person_id"), List.of(), this::mention);
    finishFile(
        INTEL_PEOPLE,
        mentions,
        m -> intel.indexOf(m.intelId()),
        intel.count(),
        IntelMention::personId,
        IntelMention::personId,
        "person_id",
        "the log already names this person on line %d; a person cannot be their own link",
        data::addIntelMention);
    readFile(
        CUSTODY,
        List.of("custody_id", "person_id", "booked_on"),
        List.of("mental_health", "substance_misuse", "alcohol", "self_harm", "school_urn"),
        this::custody);
    readFile(OCG, List.of("person_id", "ocg_id", "from"), List.of("to", "role"), this::ocg);
    readFile(
        SCHOOLS,
        List.of("urn", "name", "easting", "northing"),
        List.of("phase", "status"),
        this::school);
    readAreas();
    VcDataset dataset = data.build();
    LOG.info("loaded {} ({} rows rejected)", dataset, rejections.size());
    return new LoadResult(dataset, new LoadReport(files, rejections, warnings));
  }

  // ---------------------------------------------------------------------------------------------
  // Generic file reading.

  @FunctionalInterface
  private interface RowReader {
    void read(Row row, long line) throws Row.Rejected;
  }

  /** @return whether the file was there with a header */
  private boolean readFile(String name, List<String> required, List<String> optional, RowReader reader) {
    Path path = dir.resolve(name);
    if (!Files.exists(path)) {
      warnings.add(name + " is absent: " + absentMeaning(name));
      files.add(new FileReport(name, false, 0, 0, 0));
      return false;
    }
    long read = 0;
    long rejected = 0;
    try (CsvRows rows = CsvRows.open(path)) {
      String[] header = rows.next();
      if (header == null) {
        warnings.add(name + " is empty (not even a header): read as a file with no rows"
            + (name.equals(PEOPLE) ? "; people are taken from the ids in the other files" : ""));
        files.add(new FileReport(name, true, 0, 0, 0));
        return false;
      }
      Map<String, Integer> columns = header(name, header, required, optional);
      String[] fields;
      while ((fields = rows.next()) != null) {
        read++;
        long line = rows.line();
        try {
          check(header.length, fields);
          reader.read(new Row(columns, fields, dates), line);
        } catch (Row.Rejected r) {
          rejected++;
          rejections.add(new Rejection(name, line, r.column, shown(r.value), r.getMessage()));
        } catch (IllegalArgumentException e) {
          // A rule of the domain model that the row checks above did not catch: still a rejection.
          rejected++;
          rejections.add(new Rejection(name, line, Rejection.WHOLE_ROW, "", e.getMessage()));
        }
      }
      if (rows.blankLines() > 0) {
        warnings.add(
            name + ": " + rows.blankLines() + (rows.blankLines() == 1 ? " line" : " lines")
                + " holding only white space or an empty quoted field skipped as blank");
      }
    }
    if (read == 0) {
      warnings.add(name + " has a header but no rows");
    }
    files.add(new FileReport(name, true, read, read - rejected, rejected));
    LOG.info("{}: {} rows read, {} accepted, {} rejected", name, read, read - rejected, rejected);
    return true;
  }

  private void readAreas() {
    Path path = dir.resolve(VcPackage.AREAS);
    if (!Files.exists(path)) {
      warnings.add(VcPackage.AREAS + " is absent: " + absentMeaning(VcPackage.AREAS));
      files.add(new FileReport(VcPackage.AREAS, false, 0, 0, 0));
      return;
    }
    try {
      if (Files.size(path) == 0) {
        warnings.add(VcPackage.AREAS + " is empty: read as a file with no areas");
        files.add(new FileReport(VcPackage.AREAS, true, 0, 0, 0));
        return;
      }
    } catch (IOException e) {
      throw new BrokenFileException(VcPackage.AREAS, 0, "cannot be read: " + e.getMessage(), e);
    }
    long[] rejected = {0};
    long read =
        AreasReader.read(
            path,
            new AreasReader.Sink() {
              @Override
              public void accept(org.vcanalytics.core.Area area) {
                data.addArea(area);
              }

              @Override
              public void reject(Rejection r) {
                rejected[0]++;
                rejections.add(r);
              }
            });
    files.add(new FileReport(VcPackage.AREAS, true, read, read - rejected[0], rejected[0]));
  }

  /**
   * The duplicate check of a file whose rows name a parent (a crime, a log): rows are grouped by
   * their parent's accept order with a counting sort, and within each group a row whose key repeats
   * an earlier row's is rejected, naming the earlier line. Linear time: a hash map only ever holds one
   * group, where one of millions of rows would cost far more. The rest are accepted, in file order.
   */
  private <T> void finishFile(
      String name,
      Pending<T> pending,
      ToIntFunction<T> parent,
      int parents,
      Function<T, Object> key,
      Function<T, String> value,
      String column,
      String reason,
      Consumer<T> accept) {
    int n = pending.items.size();
    int[] parentOf = new int[n];
    for (int i = 0; i < n; i++) {
      parentOf[i] = parent.applyAsInt(pending.items.get(i));
    }
    Buckets groups = Buckets.of(parentOf, parents);
    boolean[] duplicate = new boolean[n];
    List<Rejection> found = new ArrayList<>();
    Map<Object, Integer> firstOf = new HashMap<>();
    for (int k = 0; k < parents; k++) {
      firstOf.clear();
      for (int a = groups.start[k]; a < groups.start[k + 1]; a++) {
        int row = groups.order[a];
        Integer first = firstOf.putIfAbsent(key.apply(pending.items.get(row)), row);
        if (first != null) {
          duplicate[row] = true;
          found.add(
              new Rejection(
                  name, pending.lines[row], column, shown(value.apply(pending.items.get(row))),
                  String.format(Locale.ROOT, reason, pending.lines[first])));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!duplicate[i]) {
        accept.accept(pending.items.get(i));
      }
    }
    if (!found.isEmpty()) {
      // Keep the report in line order within the file.
      rejections.addAll(found);
      List<Rejection> ofFile = rejections.subList(firstRejectionOf(name), rejections.size());
      ofFile.sort(Comparator.comparingLong(Rejection::line));
      FileReport f = files.remove(files.size() - 1);
      files.add(
          new FileReport(
              name, true, f.rowsRead(), f.accepted() - found.size(), f.rejected() + found.size()));
      LOG.info("{}: {} duplicate rows rejected", name, found.size());
    }
    pending.clear();
  }

  private int firstRejectionOf(String name) {
    int i = rejections.size();
    while (i > 0 && rejections.get(i - 1).file().equals(name)) {
      i--;
    }
    return i;
  }

  /** What makes an OCG membership row unique. */
  private record OcgSpell(String personId, String ocgId, LocalDate from) {}

  /** Rows with their lines, in file order. */
  private static final class Pending<T> {
    final List<T> items = new ArrayList<>();
    long[] lines = new long[1024];

    void add(T item, long line) {
      if (items.size() == lines.length) {
        lines = Arrays.copyOf(lines, lines.length * 2);
      }
      lines[items.size()] = line;
      items.add(item);
    }

    void clear() {
      items.clear();
      lines = new long[0];
    }
  }

  private static String absentMeaning(String name) {
    switch (name) {
      case PEOPLE:
        return "people are taken from the ids in the other files, with no date of birth, sex or home";
      case INVOLVEMENTS:
        return "no crime names anyone, so there is no harm per person, no crime links and no"
            + " YOUTH, OCG-member or VAW typology";
      case INTEL:
      case INTEL_PEOPLE:
        return "there are no intelligence links";
      case CUSTODY:
        return "there are no custody markers (mental health, substance misuse, alcohol, self-harm)"
            + " and no schools attended";
      case OCG:
        return "no one is known as an OCG member";
      case SCHOOLS:
        return "there are no schools near hotspots";
      case VcPackage.AREAS:
        return "crimes are placed in areas only by their pre-assigned area codes";
      default:
        return "not used";
    }
  }

  private Map<String, Integer> header(
      String name, String[] header, List<String> required, List<String> optional) {
    if (header == null) {
      throw new BrokenFileException(name, 1, "has no header row", null);
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    Set<String> ignored = new LinkedHashSet<>();
    for (int i = 0; i < header.length; i++) {
      String col = header[i].strip().toLowerCase(Locale.ROOT);
      if (col.isEmpty()) {
        ignored.add("(blank column " + (i + 1) + ")");
        continue;
      }
      if (!required.contains(col) && !optional.contains(col)) {
        ignored.add(header[i].strip());
        continue;
      }
      if (columns.putIfAbsent(col, i) != null) {
        throw new BrokenFileException(
            name, 1, "the header names column '" + col + "' twice (columns " + (columns.get(col) + 1)
                + " and " + (i + 1) + ")", null);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String r : required) {
      if (!columns.containsKey(r)) {
        missing.add(r);
      }
    }
    if (!missing.isEmpty()) {
      throw new BrokenFileException(
          name,
          1,
          "wrong header: required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
              + (missing.size() > 1 ? " are" : " is") + " missing; the header reads '"
              + shown(String.join(",", header)) + "'. Is this the right file, and is it CSV?",
          null);
    }
    for (String col : ignored) {
      warnings.add(name + ": column '" + col + "' is not in the data contract and was ignored");
    }
    return columns;
  }

  private void check(int headerLength, String[] fields) throws Row.Rejected {
    if (fields.length != headerLength) {
      throw new Row.Rejected(
          Rejection.WHOLE_ROW,
          String.join(",", fields),
          "the row has " + fields.length + " fields but the header has " + headerLength);
    }
    for (String f : fields) {
      // Characters are Unicode code points: an emoji is one character, not two.
      if (f.length() > options.maxFieldLength()
          && f.codePointCount(0, f.length()) > options.maxFieldLength()) {
        throw new Row.Rejected(
            Rejection.WHOLE_ROW,
            f,
            "a field is " + f.codePointCount(0, f.length()) + " characters long; the limit is "
                + options.maxFieldLength());
      }
    }
  }

  static String shown(String value) {
    int length = value.codePointCount(0, value.length());
    return length <= SHOWN_VALUE_LENGTH
        ? value
        : value.substring(0, value.offsetByCodePoints(0, SHOWN_VALUE_LENGTH))
            + "… (" + length + " characters)";
  }

  // ---------------------------------------------------------------------------------------------
  // The files.

  private void person(Row row, long line) throws Row.Rejected {
    String id = row.required("person_id");
    try {
      Person p =
          Person.builder()
              .id(id)
              .dateOfBirth(row.optionalDate("date_of_birth"))
              .sex(row.optionalEnum("sex", Sex.class))
              .home(row.point("home_easting", "home_northing"))
              .homePostcode(row.optional("home_postcode").map(PackageReader::postcode))
              .build();
      people.accept(id, "person_id", line, () -> data.addPerson(p));
    } catch (Row.Rejected r) {
      people.rejected(id, line);
      throw r;
    }
  }

  private void crime(Row row, long line) throws Row.Rejected {
    String id = row.required("crime_id");
    try {
      String rawCode = row.required("ho_code");
      String code = intern(OffenceCodes.normalise(rawCode));
      if (code.isEmpty()) {
        throw new Row.Rejected("ho_code", rawCode, "a value is required");
      }
      LocalDate committed = row.requiredDate("committed_on");
      Optional<LocalDate> recorded = row.optionalDate("recorded_on");
      if (recorded.isPresent() && recorded.get().isBefore(committed)) {
        throw new Row.Rejected(
            "committed_on",
            row.raw("committed_on"),
            "committed after it was recorded (recorded_on " + recorded.get() + ")");
      }
      Crime.Builder c =
          Crime.builder()
              .id(id)
              .hoCode(code)
              .committedOn(committed)
              .recordedOn(recorded)
              .offenceTitle(row.optional("offence_title"))
              .location(row.point("easting", "northing"))
              .postcode(row.optional("postcode").map(PackageReader::postcode))
              .weapon(row.optionalEnum("weapon", Weapon.class))
              .weaponUse(row.optionalEnum("weapon_use", WeaponUse.class))
              .domesticAbuse(row.flag("domestic_abuse"))
              .ocgRelated(row.flag("ocg_related"))
              .moText(row.optional("mo_text"));
      Map<String, String> codes = new LinkedHashMap<>();
      for (String level : Crime.AREA_LEVELS) {
        Optional<String> area = row.optional(level);
        if (area.isPresent()) {
          codes.put(level, intern(level.equals("postcode_district") ? postcode(area.get()) : area.get()));
        }
      }
      if (!codes.isEmpty()) {
        // One instance per combination: millions of crimes share a few thousand.
        AreaCodes shared = AreaCodes.of(codes);
        AreaCodes known = areaCodes.putIfAbsent(shared, shared);
        c.assignedAreas(known != null ? known : shared);
      }
      Crime crime = c.build();
      crimes.accept(id, "crime_id", line, () -> data.addCrime(crime));
    } catch (Row.Rejected r) {
      crimes.rejected(id, line);
      throw r;
    }
  }

  private void involvement(Row row, long line) throws Row.Rejected {
    Role role = row.requiredEnum("role", Role.class);
    String crimeId = crimes.requireKnown(row.required("crime_id"), "crime_id");
    String personId = requirePerson(row.required("person_id"));
    involvements.add(Involvement.of(crimeId, personId, role), line);
  }

  private void intel(Row row, long line) throws Row.Rejected {
    String id = row.required("intel_id");
    try {
      LocalDate recorded = row.requiredDate("recorded_on");
      String systemText = row.raw("grading_system");
      GradingSystem system =
          systemText.isEmpty()
              ? GradingSystem.THREE_BY_FIVE_BY_TWO
              : GradingSystem.fromLabel(systemText)
                  .orElseThrow(
                      () ->
                          new Row.Rejected(
                              "grading_system", systemText, "unknown grading system; expected 3x5x2 or 5x5x5"));
      String source = row.required("source_evaluation").toUpperCase(Locale.ROOT);
      if (!system.isSourceCode(source)) {
        throw new Row.Rejected(
            "source_evaluation",
            row.raw("source_evaluation"),
            "graded outside its system: a " + system + " source evaluation is " + system.sourceCodes());
      }
      String assessment = row.required("intelligence_assessment").toUpperCase(Locale.ROOT);
      if (!system.isAssessmentCode(assessment)) {
        throw new Row.Rejected(
            "intelligence_assessment",
            row.raw("intelligence_assessment"),
            "graded outside its system: a " + system + " intelligence assessment is "
                + system.assessmentCodes());
      }
      IntelGrade grade =
          grades.computeIfAbsent(
              system.label() + source + '/' + assessment, k -> IntelGrade.of(system, source, assessment));
      Optional<String> handling = row.optional("handling_code").map(h -> h.toUpperCase(Locale.ROOT));
      if (handling.isPresent() && !grade.isValidHandlingCode(handling.get())) {
        throw new Row.Rejected(
            "handling_code",
            row.raw("handling_code"),
            "graded outside its system: a " + system + " handling code is " + system.handlingCodes());
      }
      IntelLog log =
          IntelLog.builder()
              .id(id)
              .recordedOn(recorded)
              .grade(grade)
              .handlingCode(handling)
              .headers(headers(row.raw("headers")))
              .location(row.point("easting", "northing"))
              .build();
      intel.accept(id, "intel_id", line, () -> data.addIntelLog(log));
    } catch (Row.Rejected r) {
      intel.rejected(id, line);
      throw r;
    }
  }

  /** Headers split on {@code ;}, upper case, single spaces, blanks and repeats dropped. */
  static List<String> headers(String text) {
    return List.of(text.split(";")); // IntelLog normalises them
  }

  private void mention(Row row, long line) throws Row.Rejected {
    String intelId = intel.requireKnown(row.required("intel_id"), "intel_id");
    String personId = requirePerson(row.required("person_id"));
    mentions.add(IntelMention.of(intelId, personId), line);
  }

  private void custody(Row row, long line) throws Row.Rejected {
    String id = row.required("custody_id");
    String personId = requirePerson(row.required("person_id"));
    CustodyRecord c =
        CustodyRecord.builder()
            .id(id)
            .personId(personId)
            .bookedOn(row.requiredDate("booked_on"))
            .mentalHealth(row.flag("mental_health"))
            .substanceMisuse(row.flag("substance_misuse"))
            .alcohol(row.flag("alcohol"))
            .selfHarm(row.flag("self_harm"))
            .schoolUrn(row.optional("school_urn"))
            .build();
    custody.accept(id, "custody_id", line, () -> data.addCustodyRecord(c));
  }

  private void ocg(Row row, long line) throws Row.Rejected {
    String personId = row.required("person_id");
    String ocgId = intern(row.required("ocg_id"));
    LocalDate from = row.requiredDate("from");
    Optional<LocalDate> to = row.optionalDate("to");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new Row.Rejected("to", row.raw("to"), "the membership ends before it starts (from " + from + ")");
    }
    personId = requirePerson(personId);
    Long first = ocgSpells.putIfAbsent(new OcgSpell(personId, ocgId, from), line);
    if (first != null) {
      throw new Row.Rejected(
          Rejection.WHOLE_ROW,
          personId + "," + ocgId + "," + from,
          "duplicate: the same membership (person, OCG, start date) is on line " + first);
    }
    data.addOcgMembership(
        OcgMembership.builder()
            .personId(personId)
            .ocgId(ocgId)
            .since(from)
            .until(to)
            .role(row.optional("role"))
            .build());
  }

  private void school(Row row, long line) throws Row.Rejected {
    String urn = row.required("urn");
    String name = row.required("name");
    row.required("easting");
    row.required("northing");
    School s =
        School.builder()
            .urn(urn)
            .name(name)
            .location(row.point("easting", "northing").orElseThrow())
            .phase(row.optional("phase"))
            .status(row.optional("status"))
            .build();
    schools.accept(urn, "urn", line, () -> data.addSchool(s));
  }

  /** @return the one instance of the id: the register's when there is one */
  private String requirePerson(String personId) throws Row.Rejected {
    return peopleRegister ? people.requireKnown(personId, "person_id") : intern(personId);
  }

  private String intern(String s) {
    String known = strings.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  /** Upper case with single spaces: {@code b1  1aa} → {@code B1 1AA}. */
  private static String postcode(String text) {
    return Texts.upper(text);
  }

  // ---------------------------------------------------------------------------------------------

  /** The ids of one file: which were accepted (and where), which rejected (and where). */
  private static final class IdRegister {
    /** An accepted id, the one instance of it, its line, and its place in accept order. */
    private record Seen(String id, long line, int index) {}

    private final String file;
    private final Map<String, Seen> accepted = new HashMap<>();
    private final Map<String, Long> rejected = new HashMap<>();

    IdRegister(String file) {
      this.file = file;
    }

    /** Accepts an id unless an earlier row holds it. */
    void accept(String id, String column, long line, Runnable add) throws Row.Rejected {
      Seen first = accepted.putIfAbsent(id, new Seen(id, line, accepted.size()));
      if (first != null) {
        throw new Row.Rejected(
            column, id, "duplicate id: the row on line " + first.line() + " has it and is kept");
      }
      add.run();
    }

    /** @return the accept-order index of an accepted id */
    int indexOf(String id) {
      return accepted.get(id).index();
    }

    int count() {
      return accepted.size();
    }

    void rejected(String id, long line) {
      if (!accepted.containsKey(id)) {
        rejected.put(id, line);
      }
    }

    /** @return the accepted instance of the id */
    String requireKnown(String id, String column) throws Row.Rejected {
      Seen seen = accepted.get(id);
      if (seen != null) {
        return seen.id();
      }
      Long line = rejected.get(id);
      throw new Row.Rejected(
          column,
          id,
          line != null
              ? "names " + id + ", whose row in " + file + " (line " + line + ") was rejected"
              : "names " + id + ", which is not in " + file);
    }
  }
}
