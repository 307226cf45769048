package se.skapa.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The application layer holds use cases and ports: no SQL, no HTTP, no framework, no I/O. */
@AnalyzeClasses(packages = "se.skapa.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

  @ArchTest
  static final ArchRule app_depends_on_core_and_the_jdk_only =
      noClasses()
          .that()
          .resideInAPackage("se.skapa.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "se.skapa.store..",
              "se.skapa.rest..",
              "java.sql..",
              "javax.sql..",
              "io.javalin..",
              "com.fasterxml..",
              "org.postgresql..",
              "com.zaxxer..",
              "org.flywaydb..",
              "java.io..",
              "java.nio.file..",
              "java.net..")
          .because(
              "vendors may implement the ports with their own storage; the use cases must not know which");
}
