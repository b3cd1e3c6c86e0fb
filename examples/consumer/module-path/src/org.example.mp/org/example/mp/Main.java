package org.example.mp;

import java.nio.file.Path;
import java.time.LocalDate;
import org.vcanalytics.core.VcDataset;
import org.vcanalytics.core.classify.Classification;
import org.vcanalytics.core.classify.VcClassifier;
import org.vcanalytics.core.load.LoadResult;
import org.vcanalytics.core.load.VcPackage;
import org.vcanalytics.harm.HarmCalculator;
import org.vcanalytics.harm.HarmOptions;
import org.vcanalytics.network.NetworkOptions;
import org.vcanalytics.network.PersonNetwork;
import org.vcanalytics.examples.pipeline.Pipeline;
import org.vcanalytics.examples.pipeline.PipelineOptions;

public class Main {
  public static void main(String[] args) throws Exception {
    LoadResult r = VcPackage.load(Path.of(args[0]));
    VcDataset d = r.dataset();
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Classification c = VcClassifier.classify(d, asOf);
    PersonNetwork net = PersonNetwork.build(d, c, NetworkOptions.defaults());
    System.out.println("harm P003: " + HarmCalculator.calculate(d, c, net, HarmOptions.defaults()).category("P003"));
    var p = Pipeline.run(d, r.report(), asOf, PipelineOptions.defaults(), s -> {});
    System.out.println("wgs84: " + org.vcanalytics.geo.Coordinates.toWgs84(org.vcanalytics.core.GridPoint.of(406000, 286000)));
    System.out.println("pipeline hotspots: " + p.hotspots().figures().size());
    System.out.println("options from JSON: " + PipelineOptions.read(Path.of(args[1])).harmOptions().windowDays() + " in module " + PipelineOptions.class.getModule().getName());
  }
}
