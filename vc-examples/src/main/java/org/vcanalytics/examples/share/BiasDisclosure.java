package org.vcanalytics.examples.share;

import org.vcanalytics.examples.pipeline.Bias;

import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.examples.share.CellSuppression.Result;

/**
 * The disclosure control of {@code share/bias.csv}: bias.csv's people counts with the same primary
 * and secondary suppression as every shared table (docs/sharing.md). The relations a reader of the
 * shared file has: within a dimension and a category the values add up to the category's total
 * (which is published: a shown share and its count give it away), and the three categories of a
 * value together are at most everyone in the data with it (the categories are disjoint; people in
 * none are in {@code ALL} only). A count of 0 is shown: empty rows are listed, so the floor is 0.
 */
final class BiasDisclosure {
  private BiasDisclosure() {}

  /**
   * @param bias the bias rows
   * @param options the threshold
   * @return what is suppressed, by {@link #key}
   */
  static Result protect(Bias bias, ShareOptions options) {
    long t = options.suppressBelow();
    CellSuppression.Builder b = CellSuppression.builder(t, 0);
    for (Bias.Row r : bias.rows()) {
      b.cell(key(r.dimension(), r.value(), r.category()), r.people(), r.people() > 0 && r.people() < t);
    }
    for (String category : Bias.CATEGORIES) {
      b.cell(total(category), bias.total(category), false);
      for (String dimension : Bias.DIMENSIONS) {
        List<String> parts = new ArrayList<>();
        for (String value : Bias.valuesOf(dimension)) {
          parts.add(key(dimension, value, category));
        }
        b.sum(total(category), parts);
      }
    }
    for (String dimension : Bias.DIMENSIONS) {
      for (String value : Bias.valuesOf(dimension)) {
        List<String> parts = new ArrayList<>();
        for (String category : Bias.CATEGORIES) {
          if (!category.equals(Bias.ALL)) {
            parts.add(key(dimension, value, category));
          }
        }
        b.atMost(parts, key(dimension, value, Bias.ALL));
      }
    }
    return b.suppress();
  }

  /** The cell of a dimension's value in a category. */
  static String key(String dimension, String value, String category) {
    return dimension + "|" + value + "|" + category;
  }

  private static String total(String category) {
    return "total|" + category;
  }
}
