package org.vcanalytics.core.load;

import org.vcanalytics.core.VcDataset;

/**
 * What a load gives: the data set of every accepted row, and the report of what was rejected.
 *
 * @param dataset the accepted records, indexed
 * @param report per-file counts, rejections and warnings
 */
public record LoadResult(VcDataset dataset, LoadReport report) {}
