package se.skapa.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows point inward: core ← app ← store. The store knows nothing of HTTP. */
@AnalyzeClasses(packages = "se.skapa", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

  @ArchTest
  static final ArchRule the_store_knows_no_adapter =
      noClasses()
          .that()
          .resideInAPackage("se.skapa.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("se.skapa.rest..", "io.javalin..", "com.fasterxml..", "jakarta..")
          .because(
              "storage implements the application's ports; HTTP is another adapter's business");
}
