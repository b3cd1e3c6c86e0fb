/** The runnable SDK: the {@code vc} command, reference pipeline, report and synthetic data. */
package org.vcanalytics.examples;
