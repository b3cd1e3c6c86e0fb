package org.vcanalytics.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the project, checked on the compiled main classes of every module (vc-examples
 * sees them all on its test class path):
 *
 * <ul>
 *   <li>the pillars (vc-harm, vc-network, vc-geo) never import each other, and vc-core imports none
 *       of them;
 *   <li>no library module imports vc-examples;
 *   <li>nothing outside a module uses its {@code internal} package, but vc-harm and vc-network
 *       vc-core's (its id table, exported to them alone);
 *   <li>inside vc-examples: no package but {@code cli} imports {@code cli}; {@code pipeline} imports
 *       neither {@code output}, {@code report} nor {@code cli}.
 * </ul>
 *
 * <p>The module descriptors enforce the {@code internal} rule at compile time for module-path users
 * too; this test also covers class-path users and the rules the descriptors cannot express.
 */
class ArchitectureTest {

  private static final String CORE = "org.vcanalytics.core..";
  private static final String HARM = "org.vcanalytics.harm..";
  private static final String NETWORK = "org.vcanalytics.network..";
  private static final String GEO = "org.vcanalytics.geo..";
  private static final String EXAMPLES = "org.vcanalytics.examples..";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vcanalytics");
  }

  private static void check(ArchRule rule) {
    rule.check(classes);
  }

  @Test
  void theMainClassesOfEveryModuleAreImported() {
    for (String p :
        new String[] {"org.vcanalytics.core", "org.vcanalytics.harm", "org.vcanalytics.network",
            "org.vcanalytics.geo", "org.vcanalytics.examples.pipeline"}) {
      if (classes.stream().noneMatch(c -> c.getPackageName().equals(p))) {
        throw new AssertionError("no classes imported from " + p + ": the test would check nothing");
      }
    }
  }

  @Test
  void coreImportsNoPillar() {
    check(noClasses().that().resideInAPackage(CORE).should().dependOnClassesThat()
        .resideInAnyPackage(HARM, NETWORK, GEO, EXAMPLES).because("vc-core is the base of every pillar"));
  }

  @Test
  void harmImportsNoOtherPillar() {
    check(noClasses().that().resideInAPackage(HARM).should().dependOnClassesThat()
        .resideInAnyPackage(NETWORK, GEO, EXAMPLES).because("pillars never import each other"));
  }

  @Test
  void networkImportsNoOtherPillar() {
    check(noClasses().that().resideInAPackage(NETWORK).should().dependOnClassesThat()
        .resideInAnyPackage(HARM, GEO, EXAMPLES).because("pillars never import each other"));
  }

  @Test
  void geoImportsNoOtherPillar() {
    check(noClasses().that().resideInAPackage(GEO).should().dependOnClassesThat()
        .resideInAnyPackage(HARM, NETWORK, EXAMPLES).because("pillars never import each other"));
  }

  @Test
  void nothingOutsideAModuleUsesItsInternals() {
    // vc-core's is shared with the pillars that need its id table (module-info exports it to them
    // alone): never with vc-examples, a user's code or vc-geo.
    check(noClasses().that().resideOutsideOfPackages(CORE, HARM, NETWORK).should().dependOnClassesThat()
        .resideInAPackage("org.vcanalytics.core.internal..").because("internal is not API"));
    check(noClasses().that().resideOutsideOfPackage(EXAMPLES).should().dependOnClassesThat()
        .resideInAPackage("org.vcanalytics.examples.internal..").because("internal is not API"));
  }

  @Test
  void onlyTheCommandImportsTheCommand() {
    check(noClasses().that().resideOutsideOfPackage("org.vcanalytics.examples.cli..").should()
        .dependOnClassesThat().resideInAPackage("org.vcanalytics.examples.cli..")
        .because("the SDK is a library; picocli is optional"));
  }

  @Test
  void thePipelineWritesNothing() {
    check(noClasses().that().resideInAPackage("org.vcanalytics.examples.pipeline..").should()
        .dependOnClassesThat().resideInAnyPackage(
            "org.vcanalytics.examples.output..", "org.vcanalytics.examples.report..",
            "org.vcanalytics.examples.cli..")
        .because("the pipeline computes; writers and the command sit on top of it"));
  }
}
