package org.vcanalytics.core;

/** Checks shared by every identifier of the model. */
final class Ids {
  private Ids() {}

  static String requireId(String id, String what) {
    java.util.Objects.requireNonNull(id, what);
    // Most ids: neither end is white space, so the id is neither blank nor padded (white space is
    // never a supplementary character, so the ends' chars decide). Only the others are scanned.
    if (!id.isEmpty()
        && !Character.isWhitespace(id.charAt(0))
        && !Character.isWhitespace(id.charAt(id.length() - 1))) {
      return id;
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    if (!id.equals(id.strip())) {
      throw new IllegalArgumentException(what + " '" + id + "' has leading or trailing spaces");
    }
    return id;
  }
}
