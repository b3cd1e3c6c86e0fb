package org.vcanalytics.core;

import java.util.Optional;

/** A grade component with its data code and meaning. */
interface Coded {
  /** @return the code as written in data */
  String code();

  /** @return the official meaning */
  String meaning();

  static <E extends Enum<E> & Coded> Optional<E> find(E[] values, String code) {
    for (E e : values) {
      if (e.code().equals(code)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
