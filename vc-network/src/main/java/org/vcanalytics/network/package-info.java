/**
 * The reliability-weighted network of people: links from crimes and intelligence, metrics, proximity
 * to violence and exports. Depends on {@code org.vcanalytics.core} only.
 */
package org.vcanalytics.network;
