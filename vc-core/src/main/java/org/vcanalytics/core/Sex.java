package org.vcanalytics.core;

/** A person's recorded sex. A blank value in the data is "not recorded", not {@link #U}. */
public enum Sex {
  /** Female. */
  F,
  /** Male. */
  M,
  /** Recorded as unknown. */
  U
}
