package org.vcanalytics.core;

/** Checks shared by every identifier of the model. */
final class Ids {
  private Ids() {}

  static String requireId(String id, String what) {
    java.util.Objects.requireNonNull(id, what);
    if (id.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    if (!id.equals(id.strip())) {
      throw new IllegalArgumentException(what + " '" + id + "' has leading or trailing spaces");
    }
    return id;
  }
}
