package org.vcanalytics.core.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The person named by each row of a file that names people (involvements.csv, intel_people.csv),
 * looked up in the people register a batch of rows at a time ({@link LoadState.IdRegister#findAll}):
 * a row whose other checks pass is held here with its person id; when the batch is full (and at the
 * end of the file) every id is looked up at once, a row naming a registered person goes on with
 * that person's one instance, and a row naming anyone else is rejected exactly as a look-up of its
 * own would have rejected it (the same column, value and reason, at its line). The person is the
 * last check of such a row, so a held row has no other reason to be rejected. With no register
 * (people.csv absent or empty) the id is taken as it is, at once. Single-threaded: one per reader.
 *
 * @param <T> what the file keeps of a row besides its person (a role, say)
 */
final class PersonReferences<T> {

  /** What a row that names a registered person becomes. */
  @FunctionalInterface
  interface Accept<T> {
    void accept(String personId, long line, int parent, T rest);
  }

  /** Rows held at most: enough for the look-ups to overlap, few enough to stay in a near cache. */
  static final int BATCH = 64;

  private final LoadState state;
  private final String file;
  private final String column;
  private final Accept<T> accept;
  private final String[] ids = new String[BATCH];
  private final long[] lines = new long[BATCH];
  private final int[] parents = new int[BATCH];
  private final Object[] rests = new Object[BATCH];
  private final int[] numbers = new int[BATCH];
  private int held;
  private final List<Rejection> rejections = new ArrayList<>();

  /**
   * @param state the load
   * @param file the file's name
   * @param column the column naming the person
   * @param accept where a row naming a registered person goes, in line order
   */
  PersonReferences(LoadState state, String file, String column, Accept<T> accept) {
    this.state = state;
    this.file = file;
    this.column = column;
    this.accept = accept;
  }

  /**
   * @param personId the row's person id (checked as an id, not yet looked up)
   * @param line the row's line
   * @param parent the number of the row's parent (its crime, its log)
   * @param rest the rest of the row
   */
  void add(String personId, long line, int parent, T rest) {
    if (!state.peopleRegister) {
      accept.accept(state.intern(personId), line, parent, rest);
      return;
    }
    ids[held] = personId;
    lines[held] = line;
    parents[held] = parent;
    rests[held] = rest;
    if (++held == BATCH) {
      flush();
    }
  }

  @SuppressWarnings("unchecked")
  private void flush() {
    LoadState.IdRegister people = state.people;
    people.findAll(ids, held, numbers);
    for (int i = 0; i < held; i++) {
      if (numbers[i] >= 0) {
        accept.accept(people.idAt(numbers[i]), lines[i], parents[i], (T) rests[i]);
      } else {
        Row.Rejected r = people.notAccepted(ids[i], column);
        rejections.add(new Rejection(file, lines[i], r.column, SafeText.shown(r.value), r.getMessage()));
      }
      ids[i] = null;
      rests[i] = null;
    }
    held = 0;
  }

  /**
   * Looks up the rows still held.
   *
   * @return the rows rejected for their person, in line order
   */
  List<Rejection> finish() {
    flush();
    return rejections;
  }
}
