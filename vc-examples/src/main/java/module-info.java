/**
 * vc-examples, the SDK: the one-call pipeline, its options and result, the output writers, the
 * shared (suppressed) outputs, the report and the synthetic force.
 *
 * <p>Not exported: {@code org.vcanalytics.examples.internal} (output helpers) and
 * {@code org.vcanalytics.examples.bench} (the figures of {@code vc bench}, which reads the
 * JVM's CPU and allocation counters from {@code jdk.management}), {@code org.vcanalytics.examples.cli} (the {@code vc} command, the only user of picocli, which is
 * therefore {@code requires static}: a library user never needs it; {@code vc.jar} is a shaded
 * class-path jar and carries picocli). {@code pipeline} is opened to Jackson, which builds
 * {@code PipelineOptions} from JSON by reflection; {@code cli} to picocli, which fills the command's
 * fields by reflection.
 */
module org.vcanalytics.examples {
  requires transitive org.vcanalytics.core;
  requires transitive org.vcanalytics.harm;
  requires transitive org.vcanalytics.network;
  requires transitive org.vcanalytics.geo;
  requires org.locationtech.jts;
  requires org.locationtech.jts.io;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static info.picocli;
  requires jdk.management;

  exports org.vcanalytics.examples.pipeline;
  exports org.vcanalytics.examples.output;
  exports org.vcanalytics.examples.share;
  exports org.vcanalytics.examples.report;
  exports org.vcanalytics.examples.synthetic;
  exports org.vcanalytics.examples.policeuk;

  opens org.vcanalytics.examples.pipeline to com.fasterxml.jackson.databind;
  opens org.vcanalytics.examples.cli to info.picocli;
}
