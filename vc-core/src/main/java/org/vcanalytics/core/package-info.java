/**
 * The domain model of violent-crime analytics: people, crimes, involvements, intelligence logs,
 * custody records, OCG memberships and schools, and the {@link org.vcanalytics.core.VcDataset}
 * that holds them indexed by id.
 */
package org.vcanalytics.core;
