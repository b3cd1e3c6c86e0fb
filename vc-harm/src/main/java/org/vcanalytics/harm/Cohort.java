package org.vcanalytics.harm;

import java.util.OptionalDouble;

/**
 * The VC cohort and its HIGH_HARM cut.
 *
 * @param size n, the people with at least one violent-crime event in the window
 * @param fraction the HIGH_HARM fraction (default 0.10)
 * @param k ⌈fraction × n⌉, worked out exactly in decimal (0.07 × 100 is 7; in binary floating point 7.000000000000001, whose ceiling would be 8)
 * @param threshold the harm-with-recency of the k-th person, highest first; empty for an empty cohort
 * @param highHarm the people at or above the threshold: k, or more when people tie at it
 */
public record Cohort(int size, double fraction, int k, OptionalDouble threshold, int highHarm) {}
