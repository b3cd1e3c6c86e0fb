package org.vcanalytics.core.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vcanalytics.core.AreaCodes;
import org.vcanalytics.core.IntelGrade;
import org.vcanalytics.core.VcDataset;

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
  final Map<AreaCodes, AreaCodes> areaCodes = new ConcurrentHashMap<>();
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

  /**
   * @param personId a person id named by a row
   * @param column the column naming it
   * @return the one instance of the id: the register's when there is one
   * @throws Row.Rejected when there is a register and the id is not accepted in it
   */
  String requirePerson(String personId, String column) throws Row.Rejected {
    return peopleRegister ? people.requireKnown(personId, column) : intern(personId);
  }

  /** The ids of one file: which were accepted (and where), which rejected (and where). */
  static final class IdRegister {
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

    /** Notes that the row holding the id was rejected (unless an earlier row holding it is kept). */
    void rejected(String id, long line) {
      if (!id.isEmpty() && !accepted.containsKey(id)) {
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
              ? "names " + SafeText.echo(id) + ", whose row in " + file + " (line " + line
                  + ") was rejected"
              : "names " + SafeText.echo(id) + ", which is not in " + file);
    }
  }
}
