package se.skapa.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is pure domain: no adapter, framework, JSON, SQL or I/O, and no package cycles. */
@AnalyzeClasses(packages = "se.skapa.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_depends_on_no_adapter_or_framework =
      noClasses()
          .that()
          .resideInAPackage("se.skapa.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.javalin..",
              "com.fasterxml..",
              "org.eclipse.jetty..",
              "jakarta.servlet..",
              "java.sql..",
              "javax.sql..",
              "org.hibernate..",
              "se.skapa.rest..",
              "se.skapa.examples..")
          .because(
              "skapa-core is embedded by vendors and must stay free of adapters and frameworks");

  @ArchTest
  static final ArchRule core_does_no_io =
      noClasses()
          .that()
          .resideInAPackage("se.skapa.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
          .because("the domain computes; adapters read and write");

  @ArchTest
  static final ArchRule no_package_cycles =
      slices().matching("se.skapa.core.(*)..").should().beFreeOfCycles();
}
