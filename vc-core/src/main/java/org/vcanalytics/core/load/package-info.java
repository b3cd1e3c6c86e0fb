/**
 * Loading a VC data package from CSV files, with a report of every rejected row and every dropped
 * value. Entry point: {@link
 * org.vcanalytics.core.load.VcPackage#load(java.nio.file.Path)}.
 */
package org.vcanalytics.core.load;
