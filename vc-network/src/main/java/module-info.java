/** vc-network: the reliability-weighted network of people, its metrics, proximity and exports. */
module org.vcanalytics.network {
  requires transitive org.vcanalytics.core;
  requires org.jgrapht.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports org.vcanalytics.network;
}
