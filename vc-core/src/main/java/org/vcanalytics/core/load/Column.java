package org.vcanalytics.core.load;

import java.util.Locale;

/**
 * A column of one CSV file of the data contract (or a property of an {@code areas.geojson}
 * feature). Each file's columns are an enum implementing this interface, declared once next to the
 * code that reads them: the enum is the header the file must have, the names the row reader asks
 * for and, through {@link DataContract}, the contract that the generator's headers and the test of
 * {@code docs/data-contract.md} use, so no column name, marking or type is written twice.
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

  /** @return whether the header must name the column (a feature must have the property) */
  boolean required();

  /** @return what the column holds, as the data contract documents it */
  DataContract.ColumnType type();

  /** @return the column's name in the data contract, e.g. {@code date_of_birth} */
  default String label() {
    return Labels.OF.get(((Enum<?>) this).getDeclaringClass())[ordinal()];
  }

  /** The labels of each column enum, made once (a label is asked for on every row read). */
  final class Labels {
    private Labels() {}

    static final ClassValue<String[]> OF =
        new ClassValue<>() {
          @Override
          protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] out = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
              out[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            }
            return out;
          }
        };
  }
}
