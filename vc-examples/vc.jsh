// JShell start-up for the vc library. Start it from the project root with
//   mvn -B -q package -DskipTests && jshell --class-path vc-examples/target/vc.jar --startup DEFAULT --startup PRINTING --startup vc-examples/vc.jsh
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.vcanalytics.core.*;
import org.vcanalytics.core.load.*;
import org.vcanalytics.core.classify.*;
import org.vcanalytics.harm.*;
import org.vcanalytics.network.*;
import org.vcanalytics.geo.*;
import org.vcanalytics.geo.hotspot.*;
import org.vcanalytics.examples.pipeline.*;
import org.vcanalytics.examples.output.*;
import org.vcanalytics.examples.report.*;
import org.vcanalytics.examples.synthetic.*;

/** Loads a package folder and prints what was rejected. */
LoadResult load(String dir) {
  LoadResult r = VcPackage.load(Path.of(dir));
  System.out.println(r.dataset());
  r.report().rejections().forEach(System.out::println);
  return r;
}

/** Runs every pillar as of a date (YYYY-MM-DD) with the default options. */
Pipeline.PipelineResult analyse(LoadResult r, String asOf) {
  return Pipeline.run(r.dataset(), r.report(), LocalDate.parse(asOf), PipelineOptions.defaults(), System.out::println);
}

System.out.println("vc: load(\"examples/sample-package\"), then analyse(loaded, \"2024-12-31\"). See docs/jshell.md.");
