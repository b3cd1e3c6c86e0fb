package org.vcanalytics.core.load;

import java.util.Locale;

/**
 * A column of one CSV file of the data contract. Each file's columns are an enum implementing this
 * interface, declared once next to the code that reads them: the enum is both the header the file
 * must have and the names the row reader asks for, so no column name is written twice.
 */
interface Column {

  /** For a column the header must have and every row must fill. */
  boolean REQUIRED = true;

  /** For a column that may be absent or blank: "not recorded". */
  boolean OPTIONAL = false;

  /** @return the enum constant's name, e.g. {@code DATE_OF_BIRTH} */
  String name();

  /** @return the enum constant's position: the column's slot in a {@link Row} */
  int ordinal();

  /** @return whether the header must name the column */
  boolean required();

  /** @return the column's name in the data contract, e.g. {@code date_of_birth} */
  default String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
