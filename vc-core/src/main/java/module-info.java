/**
 * vc-core: the domain model, offence classification, the violent-crime definition, typology rules,
 * data loading and validation.
 *
 * <p>{@code org.vcanalytics.core.internal} is not API: it is exported only to the pillars that share
 * its id table (vc-harm and vc-network look up a million people by id without a map of boxed
 * numbers), never to a user's module. The
 * Immutables annotations have SOURCE/CLASS retention, so they are needed at compile time only
 * ({@code requires static}). The package {@code org.vcanalytics.core} is opened to vc-network only,
 * so that vc-network can read the grading table {@code intel_grading.csv} stored next to
 * {@link org.vcanalytics.core.IntelGrade} (resources of a named module are encapsulated).
 */
module org.vcanalytics.core {
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.slf4j;

  exports org.vcanalytics.core;
  exports org.vcanalytics.core.classify;
  exports org.vcanalytics.core.load;
  exports org.vcanalytics.core.internal to org.vcanalytics.harm, org.vcanalytics.network;

  opens org.vcanalytics.core to org.vcanalytics.network;
}
