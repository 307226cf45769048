package se.skapa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.skapa.app.port.Tx;

/**
 * The JDBC storage implements every capability's port, so no use case meets a missing one at run
 * time.
 */
class PortsTest {

  @Test
  void everyPortOfTheApplicationIsImplemented() {
    Set<String> ports =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.skapa.app")
                .stream()
                .filter(JavaClass::isInterface)
                .filter(
                    c ->
                        c.getMethods().stream()
                            .anyMatch(
                                m ->
                                    m.getName().equals("in")
                                        && m.getRawParameterTypes().size() == 1
                                        && m.getRawParameterTypes()
                                            .get(0)
                                            .isEquivalentTo(Tx.class)))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    Set<String> implemented =
        JdbcTx.PORTS.keySet().stream().map(Class::getName).collect(Collectors.toSet());
    assertEquals(ports, implemented);
    assertEquals(18, ports.size(), "the ports found: " + ports);
  }
}
