/** vc-harm: Crime Severity Score weights, recency scaling, person harm, RFG and the categories. */
module org.vcanalytics.harm {
  requires transitive org.vcanalytics.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.vcanalytics.harm;
}
