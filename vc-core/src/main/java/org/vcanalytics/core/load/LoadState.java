package org.vcanalytics.core.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vcanalytics.core.AreaCodes;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.internal.IdTable;

/**
 * What the files of one load share: the options, the data set being built, the ids accepted and
 * rejected so far (for the references of later files), and one instance per distinct text, date,
 * grade or area-code combination.
 *
 * <p>Files that name no other file are read side by side ({@link CsvFile#needs()}): the shared
 * caches (dates, grades, area codes, texts) are concurrent maps, whose one instance per value may be
 * either thread's, equal either way. Each register and each list of the data set is written by its
 * one file only and read by the files that need it after that file is read.
 */
final class LoadState {

  final LoadOptions options;
  final VcDataset.Builder data = VcDataset.builder();
  final IdRegister people = new IdRegister(VcPackage.PEOPLE);
  final IdRegister crimes = new IdRegister(VcPackage.CRIMES);
  final IdRegister intel = new IdRegister(VcPackage.INTEL);
  final IdRegister custody = new IdRegister(VcPackage.CUSTODY);
  final IdRegister schools = new IdRegister(VcPackage.SCHOOLS);
  /** Parsed dates by text: millions of rows share a few thousand days. */
  final Map<String, LocalDate> dates = new ConcurrentHashMap<>();
  final Map<String, IntelGrade> grades = new ConcurrentHashMap<>();
  /** Area-code combinations by their codes ({@link CrimesFile.AreaKey}). */
  final Map<CrimesFile.AreaKey, AreaCodes> areaCodes = new ConcurrentHashMap<>();
  /** The window of a date of birth: from the as-of date when given, else the general one. */
  final Row.DateWindow dateOfBirthWindow;
  /**
   * One instance per distinct text, so that ids repeated across millions of rows, offence codes and
   * grades are held once (person ids when there is no register; other ids come from the registers).
   */
  private final Map<String, String> strings = new ConcurrentHashMap<>();
  /** Whether people.csv is the register: present with a header (set before a file naming people is read). */
  volatile boolean peopleRegister;

  LoadState(LoadOptions options) {
    this.options = options;
    this.dateOfBirthWindow =
        options.asOf().map(Row.DateWindow::dateOfBirth).orElse(Row.DateWindow.GENERAL);
  }

  String intern(String s) {
    String known = strings.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  /** The most distinct values {@link #term} holds once each; a file of free text stops there. */
  static final int VOCABULARY = 1 << 16;

  /** Values of the small vocabularies, held once each: see {@link #term}. */
  private final Map<String, String> terms = new ConcurrentHashMap<>();

  /**
   * One instance per distinct value of a column with a small vocabulary (handling codes, headers,
   * school URNs, postcodes, offence titles), so that two million logs do not hold two million copies
   * of {@code P} and {@code DRUGS}. Once {@link #VOCABULARY} distinct values are held, a new value is
   * kept as read: equal either way, only held more than once.
   *
   * @param s a value as read
   * @return the one instance of an equal value
   */
  String term(String s) {
    String known = terms.get(s);
    if (known != null) {
      return known;
    }
    if (terms.size() >= VOCABULARY) {
      return s;
    }
    known = terms.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  /**
   * @param personId a person id named by a row
   * @param column the column naming it
   * @return the one instance of the id: the register's when there is one
   * @throws Row.Rejected when there is a register and the id is not accepted in it
   */
  String requirePerson(String personId, String column) throws Row.Rejected {
    return peopleRegister ? people.requireKnown(personId, column) : intern(personId);
  }

  /**
   * One file reader's memo of the last id it looked up in a register: rows naming the same crime
   * or log one after another (a file sorted by crime, as most exports are) then compare one text
   * already in the cache instead of probing the register; and a new id is first compared with the
   * id the register accepted after the last one (the two files sorted alike, as exports are), which
   * lies beside it in memory, where a probe of the register reads three places far apart.
   * Single-threaded, one per reader and register.
   */
  static final class LastId {
    private final IdRegister register;
    private String last;
    private int number = -1;

    LastId(IdRegister register) {
      this.register = register;
    }

    /** @return {@link IdRegister#requireNumber} of the id */
    int requireNumber(String id, String column) throws Row.Rejected {
      if (!id.equals(last)) {
        int next = number + 1;
        number = next < register.count() && register.idAt(next).equals(id)
            ? next
            : register.requireNumber(id, column);
        last = id;
      }
      return number;
    }

    /** @return {@link IdRegister#idAt} */
    String idAt(int n) {
      return register.idAt(n);
    }
  }

  /**
   * The ids of one file: which were accepted (and where), which rejected (and where). The accepted
   * ids are numbered in accept order in flat arrays (the id, its line) with an open-addressing
   * table of hashes and numbers (linear probing, at most half full, doubled when it fills): no
   * node or record per id, for the millions of a force's crimes and logs. Written by its file's
   * reader only; read by the files that need it once that file is read.
   */
  static final class IdRegister {
    private final String file;
    private String[] ids = new String[1024];
    /** Each id's {@link IdTable#code}, in step with {@link #ids}. */
    private long[] codes = new long[1024];
    private long[] lines = new long[1024];
    private int count;
    /** The ids' hashes and numbers ({@link IdTable}'s layout). */
    private long[] slots = IdTable.slots(1024);
    private final Map<String, Long> rejected = new HashMap<>();

    IdRegister(String file) {
      this.file = file;
    }

    /** @return the number of an accepted id, or -1 */
    private int find(String id) {
      return IdTable.find(slots, ids, codes, id);
    }

    /** Accepts an id unless an earlier row holds it. */
    void accept(String id, String column, long line, Runnable add) throws Row.Rejected {
      int first = find(id);
      if (first >= 0) {
        throw new Row.Rejected(
            column, id, "duplicate id: the row on line " + lines[first] + " has it and is kept");
      }
      if (count == ids.length) {
        ids = java.util.Arrays.copyOf(ids, count * 2);
        codes = java.util.Arrays.copyOf(codes, count * 2);
        lines = java.util.Arrays.copyOf(lines, count * 2);
      }
      ids[count] = id;
      codes[count] = IdTable.code(id);
      lines[count] = line;
      if (2 * (count + 1) > slots.length) {
        slots = IdTable.grown(slots);
      }
      IdTable.insert(slots, id.hashCode(), count++);
      add.run();
    }

    int count() {
      return count;
    }

    /** Notes that the row holding the id was rejected (unless an earlier row holding it is kept). */
    void rejected(String id, long line) {
      if (!id.isEmpty() && find(id) < 0) {
        rejected.put(id, line);
      }
    }

    /** @return the accepted instance of the id */
    String requireKnown(String id, String column) throws Row.Rejected {
      return ids[requireNumber(id, column)];
    }

    /** @return the accept-order number of an accepted id (its instance is {@link #idAt}) */
    int requireNumber(String id, String column) throws Row.Rejected {
      int seen = find(id);
      if (seen >= 0) {
        return seen;
      }
      throw notAccepted(id, column);
    }

    /**
     * {@link #find} of ids {@code [0, n)} at once ({@link IdTable#findAll}).
     *
     * @param numbers where each id's number goes, -1 for an id not accepted
     */
    void findAll(String[] ids, int n, int[] numbers) {
      IdTable.findAll(slots, this.ids, codes, ids, n, numbers);
    }

    /** @return why a row naming an id not accepted here is rejected */
    Row.Rejected notAccepted(String id, String column) {
      Long line = rejected.get(id);
      return new Row.Rejected(
          column,
          id,
          line != null
              ? "names " + SafeText.echo(id) + ", whose row in " + file + " (line " + line
                  + ") was rejected"
              : "names " + SafeText.echo(id) + ", which is not in " + file);
    }

    /** @return the accepted instance of the id numbered {@code number} */
    String idAt(int number) {
      return ids[number];
    }
  }
}
