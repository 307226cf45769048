package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IPS fidelity reviews in the browser (issue 23): a draft with items left out, finalised with all
 * 25, corrected only with a reason, listed with its total and level and drawn.
 */
class FidelityPagesTest {

  static final String ORG = "ame-fidelity";
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.stored(ServerConfig.forTests());
    TestServer admin = PageClient.organisation(server, ORG);
    PageClient.service(admin, ORG, "ips", "IPS Boden");
    BrowserTest.user(admin, ORG, "h-9", "handledare");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String scores(int items, int score) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= items; i++) {
      s.append("&item.").append(i).append('=').append(score);
    }
    return s.toString();
  }

  @Test
  void a_review_is_drafted_finalised_and_corrected_only_with_a_reason() throws Exception {
    PageClient h = new PageClient(server);
    assertEquals(303, h.signIn(ORG, "h-9", BrowserTest.PASSWORD, "").statusCode());
    assertTrue(h.get("/app/fidelity?service=ips").body().contains("Inga granskningar"));
    String form = h.get("/app/fidelity/review?service=ips").body();
    assertTrue(
        form.contains("aktiva deltagare per heltidsanställd arbetsspecialist: 5 = högst 20"),
        "item 1's numeric anchor beside it: " + form);
    String csrf = PagesTest.csrf(form);
    String base = "csrf=" + csrf + "&service=ips&date=2026-05-15&reviewers=h-9&id=&version=";
    assertEquals(
        303,
        h.post(
                "/app/fidelity/review",
                base
                    + "&status=draft"
                    + scores(10, 4)
                    + "&plan.0.item=8&plan.0.action="
                    + PageClient.enc("Tydligare uppdrag")
                    + "&plan.0.owner=h-9&plan.0.due=2026-09-01")
            .statusCode());
    String list = h.get("/app/fidelity?service=ips").body();
    assertTrue(list.contains("utkast"), list);
    Matcher id = Pattern.compile("id=([0-9a-f-]{36})").matcher(list);
    assertTrue(id.find(), list);
    String draft = h.get("/app/fidelity/review?service=ips&id=" + id.group(1)).body();
    assertTrue(draft.contains("Tydligare uppdrag"), "the plan is kept: " + draft);

    String again = "csrf=" + csrf + "&service=ips&date=2026-05-15&reviewers=h-9&id=" + id.group(1);
    assertEquals(
        303,
        h.post("/app/fidelity/review", again + "&version=1&status=final" + scores(25, 4))
            .statusCode());
    list = h.get("/app/fidelity?service=ips").body();
    assertTrue(list.contains("fastställd") && list.contains("100/125"), list);
    assertTrue(list.contains("<figure"), "the chart of the final review: " + list);
    assertTrue(
        list.contains("Programtrohetsmätning IPS Boden"),
        "the service by its name, not id: " + list);

    assertEquals(
        422,
        h.post("/app/fidelity/review", again + "&version=2&status=final" + scores(25, 3))
            .statusCode(),
        "a final review is corrected only with a reason");
    assertEquals(
        303,
        h.post(
                "/app/fidelity/review",
                again
                    + "&version=2&status=final&reason="
                    + PageClient.enc("Punkt 1 räknades om")
                    + scores(25, 3))
            .statusCode());
    list = h.get("/app/fidelity?service=ips").body();
    assertTrue(list.contains("75/125"));
    String history = h.get("/app/fidelity/history?service=ips&id=" + id.group(1)).body();
    assertTrue(
        history.contains("Punkt 1 räknades om") && history.contains("1: 4 → 3"),
        "every version, the reason and each item's change: " + history);
    assertTrue(history.contains("<td>utkast</td>"), "the draft it began as: " + history);
    assertFalse(list.contains("fidelity-compare"), "one final review has nothing to compare with");

    // A second final review in the autumn: the two side by side, item by item, and the change.
    String autumn = "csrf=" + csrf + "&service=ips&date=2026-10-20&reviewers=h-9&id=&version=";
    assertEquals(
        303,
        h.post(
                "/app/fidelity/review",
                autumn
                    + "&status=final"
                    + scores(1, 5)
                    + scores(25, 4).substring(scores(1, 4).length()))
            .statusCode());
    String compared = h.get("/app/fidelity?service=ips").body();
    int table = compared.indexOf("id=\"fidelity-compare\"");
    assertTrue(table > 0, compared);
    String side = compared.substring(table);
    assertTrue(side.contains("2026-05-15") && side.contains("2026-10-20"), side);
    assertTrue(compared.contains("Programtrohet jämförd: IPS Boden"), "the comparison chart");
    assertTrue(side.contains("<td>3</td><td>5</td><td>+2</td>"), "item 1 rose by two: " + side);
    assertTrue(side.contains("<td>75/125</td><td>101/125</td><td>+26</td>"), "the total: " + side);
  }
}
