package org.vcanalytics.core;

/**
 * Told when each stage of a long piece of work starts and ends: the load of each file, each pillar,
 * each output file. A benchmark measures between the two calls; a command prints a line. The names
 * are the stage names of {@code docs/performance.md} ({@code load crimes.csv}, {@code classify},
 * {@code write people.csv}, ...). Never given person-level data.
 */
public interface StageListener {

  /** Hears nothing. */
  StageListener NONE = new StageListener() {};

  /**
   * A stage starts.
   *
   * @param stage its name
   */
  default void started(String stage) {}

  /**
   * A stage has ended.
   *
   * @param stage its name
   * @param summary what it did, in a few words (counts only), or empty
   */
  default void finished(String stage, String summary) {}

  /**
   * Whether stages must run one at a time, so that each is measured alone: a benchmark says yes.
   * Otherwise stages that need only what is done may run side by side, and their calls come from
   * more than one thread.
   *
   * @return true to have no two stages overlap; false (the default) to let them
   */
  default boolean oneAtATime() {
    return false;
  }
}
