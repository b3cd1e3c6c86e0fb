package org.vcanalytics.geo.hotspot;

/**
 * The school nearest to a violent crime.
 *
 * @param crimeId the crime
 * @param urn the nearest school's URN (among equally near schools, the smallest URN)
 * @param distanceMetres the straight-line distance on the National Grid
 */
public record NearestSchool(String crimeId, String urn, double distanceMetres) {}
