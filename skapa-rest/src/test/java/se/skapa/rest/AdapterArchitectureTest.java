package se.skapa.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapter translates: route packages stand alone, and nothing in the adapter touches SQL. */
@AnalyzeClasses(packages = "se.skapa.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterArchitectureTest {

  @ArchTest
  static final ArchRule route_packages_do_not_depend_on_each_other =
      slices()
          .matching("se.skapa.rest.(*)..")
          .should()
          .notDependOnEachOther()
          .ignoreDependency(
              DescribedPredicate.alwaysTrue(),
              JavaClass.Predicates.resideInAnyPackage(
                  "se.skapa.rest.http",
                  "se.skapa.rest.responses",
                  "se.skapa.rest.print",
                  "se.skapa.rest.files"));

  @ArchTest
  static final ArchRule only_main_meets_the_store =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName("se.skapa.rest.Main")
          .and()
          .doNotHaveFullyQualifiedName("se.skapa.rest.Commands")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("se.skapa.store..")
          .because(
              "the adapter speaks to use cases and their ports; Main alone wires the PostgreSQL store in,"
                  + " and Commands alone runs its maintenance (backup, restore)");

  @ArchTest
  static final ArchRule no_sql =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
}
