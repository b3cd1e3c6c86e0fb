package org.vcanalytics.examples.policeuk;

import java.util.Arrays;
import java.util.List;

/** The input formats of {@code vc analyse --format}. */
public enum PoliceUkFormat {
  /** The monthly {@code YYYY-MM-<force>-street.csv} files of a data.police.uk download. */
  STREET("police-uk"),
  /**
   * CSV extracts of the data.police.uk API's {@code crimes-street}: columns {@code type} (category
   * slug), {@code month}, {@code latitude}, {@code longitude}, optionally {@code street}, {@code ward}
   * and a row number.
   */
  API("police-uk-api");

  private final String label;

  PoliceUkFormat(String label) {
    this.label = label;
  }

  /** @return the name of {@code --format} */
  public String label() {
    return label;
  }

  /**
   * @param text a {@code --format} value other than {@code auto} and {@code vc}
   * @return the format
   * @throws IllegalArgumentException naming the values allowed
   */
  public static PoliceUkFormat parse(String text) {
    return Arrays.stream(values())
        .filter(f -> f.label.equals(text))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "--format must be one of " + labels() + ", was " + text));
  }

  /** @return every value of {@code --format}: auto, vc and the police.uk ones */
  public static List<String> labels() {
    return List.of("auto", "vc", STREET.label, API.label);
  }
}
