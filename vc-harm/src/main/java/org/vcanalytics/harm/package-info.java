/**
 * Harm: Crime Severity Score weights, recency scaling, person harm, RFG and the violent-crime
 * categories. Depends on {@code org.vcanalytics.core} only.
 */
package org.vcanalytics.harm;
