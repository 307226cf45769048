package se.skapa.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A failure as the log may hold it: its classes and frames, the whole chain, never a message. */
class RedactedTest {

  @Test
  void a_failure_with_causes_keeps_its_chain_of_classes_without_their_messages() {
    IllegalStateException failure =
        new IllegalStateException(
            "p-1234 was not found",
            new java.io.UncheckedIOException(
                "read p-1234", new java.io.IOException("disk said p-1234")));
    Redacted r = Redacted.of(failure);
    assertEquals(IllegalStateException.class.getName(), r.getMessage());
    assertEquals(java.io.UncheckedIOException.class.getName(), r.getCause().getMessage());
    assertEquals(java.io.IOException.class.getName(), r.getCause().getCause().getMessage());
    assertNull(r.getCause().getCause().getCause());
    assertEquals(failure.getStackTrace()[0], r.getStackTrace()[0]);
  }

  @Test
  void a_failure_that_is_its_own_cause_ends_the_chain() {
    Exception loop = new Exception("x");
    Exception other = new Exception("y", loop);
    loop.initCause(other);
    Redacted r = Redacted.of(loop);
    assertEquals(Exception.class.getName(), r.getCause().getMessage());
    assertNull(r.getCause().getCause());
  }
}
