package se.skapa.app;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Stored mode's capabilities (access, measurement, register, review, survey, audit) live in their
 * own packages: no cycles between them, and they meet only through a few named types.
 */
class CapabilityArchitectureTest {

  static final JavaClasses APP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.skapa.app");

  /**
   * What one capability may use of another: the service check and the service port (access), the
   * audit line and its port (audit), the enrolments the survey counts and the days work followed
   * (register).
   */
  static final Set<String> MEETING_POINTS =
      Set.of(
          "se.skapa.app.access.Organisations",
          "se.skapa.app.access.OrganisationStore",
          // What an organisation chooses for itself: thresholds and intervals every capability
          // keeps to.
          "se.skapa.app.access.OrganisationSettings",
          "se.skapa.app.access.Service",
          "se.skapa.app.audit.AuditEntry",
          "se.skapa.app.audit.AuditLog",
          "se.skapa.app.register.RegisterStore",
          // The days work followed and the interventions, which the analysis of what precedes work
          // and a service's quality signals read beside the measurements.
          "se.skapa.app.register.RegisterFacts",
          "se.skapa.app.register.StoredEnrolment",
          // Which services' data about one participant a limited key sees (secrecy, consent).
          "se.skapa.app.consent.ParticipantScope");

  @Test
  void capabilitiesHaveNoCycles() {
    slices().matching("se.skapa.app.(*)..").should().beFreeOfCycles().check(APP);
  }

  @Test
  void capabilitiesMeetOnlyThroughNamedTypes() {
    Set<String> crossings = new TreeSet<>();
    for (JavaClass c : APP) {
      String from = capability(c);
      if (from == null) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass target = d.getTargetClass().getBaseComponentType();
        String to = capability(target);
        if (to != null && !to.equals(from)) {
          String name = target.getName().replaceAll("\\$.*", "");
          if (!MEETING_POINTS.contains(name)) {
            crossings.add(c.getName() + " -> " + target.getName());
          }
        }
      }
    }
    assertEquals(Set.of(), crossings, "capabilities meet only through " + MEETING_POINTS);
  }

  /** The capability a class belongs to; null for the shared kernel and the port package. */
  private static String capability(JavaClass c) {
    String p = c.getPackageName();
    if (!p.startsWith("se.skapa.app.") || p.startsWith("se.skapa.app.port")) {
      return null;
    }
    String rest = p.substring("se.skapa.app.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
