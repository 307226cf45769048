package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.skapa.rest.http.AccessLog;

class AccessLogTest {

  @Test
  void a_line_names_the_route_not_the_keys_or_dates_in_the_request() {
    String line =
        AccessLog.line(
            "GET",
            "/api/v1/organisations/{org}/participants/{participant}/progression",
            200,
            12.345);
    assertEquals(
        "GET /api/v1/organisations/{org}/participants/{participant}/progression 200 12.3 ms", line);
    assertEquals("DELETE (no route) 404 0.5 ms", AccessLog.line("DELETE", "", 404, 0.49));
  }
}
