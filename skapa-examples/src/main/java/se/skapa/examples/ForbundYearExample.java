package se.skapa.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import se.skapa.rest.ServerConfig;
import se.skapa.rest.SkapaServer;
import se.skapa.store.Database;
import se.skapa.store.DatabaseSettings;
import se.skapa.store.JdbcStorage;

/**
 * A year of a small samordningsförbund, run through the stored routes of a real server on its
 * embedded PostgreSQL, as a förbund would run it: two services (Steget fram, arbetsträning; IPS),
 * forty participants admitted over 2025 with their first contact and action plan, SKAPA
 * self-ratings every two to three months, closings with outcomes, targets from the verksamhetsplan,
 * the anonymous participant survey and two IPS fidelity reviews. At the end it fetches what a
 * förbundschef hands the styrgrupp: the yearly reports as CSV for Excel and as PDF, the
 * measurements export and the latest fidelity review with its action plan.
 *
 * <p>The participants are invented (seeded, so every run is the same year) and pseudonymous:
 * löpnummer {@code EX-001} to {@code EX-040}, never a name or a personnummer. Run with {@code mvn
 * -q install -DskipTests && mvn -q -pl skapa-examples exec:java
 * -Dexample=se.skapa.examples.ForbundYearExample -Dskapa.examples.dir=docs/examples/forbund-2025}.
 */
public final class ForbundYearExample {

  static final String ORG = "sf-exempelbygden";
  static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);
  private static final String OPERATOR = "example-operator-key-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The server's today: after the year, so every date of 2025 may be recorded. */
  private static final Clock CLOCK =
      Clock.fixed(
          LocalDate.of(2026, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  /** What the year came to, for the test and the printout. */
  public record Year(
      int participants,
      Map<String, Integer> closedPerService,
      JsonNode forbundReport,
      Map<String, JsonNode> serviceReports,
      Map<String, JsonNode> surveys,
      List<JsonNode> reviews,
      Map<String, Path> files) {}

  private ForbundYearExample() {}

  public static void main(String[] args) {
    run(Output.standard());
  }

  public static Year run(Output o) {
    Path data;
    try {
      data = Files.createTempDirectory("skapa-forbund-year");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Database db = Database.open(DatabaseSettings.embedded(data))) {
      SkapaServer server =
          SkapaServer.create(
                  // The förbund releases its year to analysts two weeks after it ends, so that the
                  // board's report in January can be read by its analyst too.
                  ServerConfig.forTests()
                      .withOperatorKeys(List.of(OPERATOR))
                      .withReleases(
                          new se.skapa.core.outcomes.ReleaseCalendar(
                              se.skapa.core.outcomes.ReleaseCalendar.Granularity.YEAR, 14)),
                  CLOCK,
                  Optional.of(new JdbcStorage(db.dataSource())))
              .start();
      try {
        return year(
            new Http(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.port(), OPERATOR), o);
      } finally {
        server.stop();
      }
    } finally {
      delete(data);
    }
  }

  /** The year's database goes with the run: an example leaves no health data behind. */
  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Year year(Http operator, Output o) {
    o.heading("Ett år i Samordningsförbundet Exempelbygden (2025), genom de lagrade routerna");
    String base = "/api/v1/organisations/" + ORG;
    JsonNode created =
        operator.send(
            "POST",
            "/api/v1/organisations",
            "{\"id\":\"" + ORG + "\",\"name\":\"Samordningsförbundet Exempelbygden\"}");
    Http admin = operator.as(created.at("/adminKey/key").asText());
    admin.send(
        "POST",
        base + "/services",
        "{\"id\":\"steget-fram\",\"name\":\"Steget fram (arbetsträning)\"}");
    admin.send(
        "POST",
        base + "/services",
        "{\"id\":\"ips\",\"name\":\"IPS – individanpassat stöd till arbete\"}");
    Http handledare =
        admin.as(
            admin
                .send(
                    "POST",
                    base + "/keys",
                    "{\"holder\":\"handledare-1\",\"roles\":[\"handledare\"]}")
                .get("key")
                .asText());
    Http analyst =
        admin.as(
            admin
                .send(
                    "POST", base + "/keys", "{\"holder\":\"analytiker-1\",\"roles\":[\"analyst\"]}")
                .get("key")
                .asText());

    // The verksamhetsplan's targets (Södra Norrbotten's form: 40 % for the förbund, 30 % and more
    // per insats).
    admin.send("PUT", base + "/targets", targets("SHARE_LASTING", 0.4));
    admin.send(
        "PUT",
        base + "/services/steget-fram/targets",
        targets("SHARE_LASTING", 0.3, "SHARE_CONTACTED", 0.9, "SHARE_ACTION_PLAN", 1.0));
    admin.send(
        "PUT",
        base + "/services/ips/targets",
        targets("SHARE_EMPLOYMENT", 0.3, "SHARE_CONTACTED", 0.9, "SHARE_ACTION_PLAN", 1.0));

    Random random = new Random(2025);
    // The register's facts draw from their own generator: the year's other files stay as they were.
    Random facts = new Random(19);
    Map<String, Integer> closed = new LinkedHashMap<>();
    Map<String, Integer> active = new LinkedHashMap<>();
    String[] stegetFram = {
      "EMPLOYMENT", "STUDIES", "OCCUPATION", "OTHER_LASTING", "NONE", "OCCUPATION", "STUDIES"
    };
    String[] ips = {"EMPLOYMENT", "EMPLOYMENT", "STUDIES", "NONE", "EMPLOYMENT"};
    for (int i = 1; i <= 40; i++) {
      String participant = String.format("EX-%03d", i);
      String service = i <= 24 ? "steget-fram" : "ips";
      LocalDate admitted = LocalDate.of(2025, 1, 8).plusDays(random.nextInt(250));
      LocalDate contact = admitted.plusDays(2 + random.nextInt(random.nextInt(10) == 0 ? 30 : 12));
      boolean plan = random.nextInt(12) != 0;
      String enrolment =
          handledare
              .send(
                  "POST",
                  base + "/enrolments",
                  "{\"participant\":\""
                      + participant
                      + "\",\"service\":\""
                      + service
                      + "\",\"admitted\":\""
                      + admitted
                      + "\",\"firstContact\":\""
                      + contact
                      + "\",\"actionPlan\":"
                      + plan
                      + ",\"support\":"
                      + admissionSupport(facts)
                      + "}")
              .get("id")
              .asText();
      LocalDate closing = admitted.plusDays(120 + random.nextInt(200));
      boolean closes = closing.isBefore(YEAR_END) && random.nextInt(5) != 0;
      LocalDate last = closes ? closing : YEAR_END;
      // A self-rating at the start and every 70–95 days: the rhythm of two to three months.
      int level = 2 + random.nextInt(3);
      for (LocalDate day = admitted.plusDays(5);
          !day.isAfter(last);
          day = day.plusDays(70 + random.nextInt(26))) {
        handledare.send(
            "POST", base + "/measurements", measurement(participant, service, day, level, random));
        level = Math.min(9, level + random.nextInt(3));
      }
      registerFacts(handledare, base, participant, service, enrolment, admitted, last, facts);
      if (closes) {
        String[] outcomes = service.equals("ips") ? ips : stegetFram;
        String outcome = outcomes[random.nextInt(outcomes.length)];
        handledare.send(
            "POST",
            base + "/enrolments/" + enrolment + "/closing",
            "{\"closed\":\""
                + closing
                + "\",\"outcome\":\""
                + outcome
                + "\",\"subsidised\":"
                + (outcome.equals("EMPLOYMENT") && random.nextBoolean())
                + ",\"support\":"
                + closingSupport(outcome, i)
                + "}");
        // Six months after: found out by phone, or not reached.
        LocalDate sixMonths = closing.plusMonths(6);
        if (!sixMonths.isAfter(LocalDate.now(CLOCK))) {
          boolean reached = facts.nextInt(4) != 0;
          handledare.send(
              "POST",
              base + "/enrolments/" + enrolment + "/after-closing",
              "{\"monthsAfter\":6,\"date\":\""
                  + min(sixMonths.plusDays(facts.nextInt(10)), LocalDate.now(CLOCK))
                  + "\",\"status\":\""
                  + (reached ? afterStatus(outcome) : "NOT_REACHED")
                  + "\""
                  + (reached ? ",\"support\":" + closingSupport(outcome, i) : "")
                  + "}");
        }
        closed.merge(service, 1, Integer::sum);
      } else {
        active.merge(service, 1, Integer::sum);
      }
    }
    o.out()
        .println(
            "40 deltagare inskrivna; avslutade under året: "
                + closed
                + "; aktiva vid årets slut: "
                + active);

    // The survey: offered to everyone active in the year, answered anonymously by about two in
    // three.
    Map<String, JsonNode> surveys = new LinkedHashMap<>();
    for (String service : List.of("steget-fram", "ips")) {
      int current = closed.getOrDefault(service, 0) + active.getOrDefault(service, 0);
      handledare.send(
          "POST",
          base + "/services/" + service + "/surveys",
          "{\"period\":\"2025\",\"offered\":" + current + "}");
      StringBuilder batch = new StringBuilder("{\"responses\":[");
      int responses = (int) Math.round(current * 0.65);
      for (int r = 0; r < responses; r++) {
        batch
            .append(r == 0 ? "" : ",")
            .append("{\"answers\":{\"satisfied\":")
            .append(random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 4 + random.nextInt(2))
            .append(",\"respect\":")
            .append(3 + random.nextInt(3))
            .append(",\"next-step\":")
            .append(2 + random.nextInt(4))
            .append("}}");
      }
      handledare.send(
          "POST",
          base + "/services/" + service + "/surveys/2025/responses",
          batch.append("]}").toString());
      surveys.put(
          service, analyst.send("GET", base + "/services/" + service + "/surveys/2025", null));
    }

    // Two fidelity reviews of the IPS service: fair in February, better in October with an action
    // plan.
    List<JsonNode> reviews = new ArrayList<>();
    reviews.add(
        handledare.send(
            "POST",
            base + "/services/ips/fidelity-reviews",
            review("2025-02-12", random, 2, 4, "")));
    reviews.add(
        handledare.send(
            "POST",
            base + "/services/ips/fidelity-reviews",
            review(
                "2025-10-21",
                random,
                3,
                5,
                ",\"actionPlan\":[{\"item\":8,\"action\":\"Handledarna får en halvdag om IPS-modellen\",\"owner\":\"enhetschef-1\",\"due\":\"2026-03-31\"},"
                    + "{\"item\":12,\"action\":\"Ekonomisk vägledning erbjuds alla vid inskrivning\",\"owner\":\"ips-1\",\"due\":\"2026-02-28\"}]")));
    for (JsonNode r : reviews) {
      o.out()
          .println(
              "IPS-granskning "
                  + r.get("date").asText()
                  + ": "
                  + r.get("total").asInt()
                  + "/125, "
                  + r.get("band").asText());
    }

    String period = "?from=2025-01-01&to=2025-12-31";
    JsonNode forbund = handledare.send("GET", base + "/report" + period, null);
    JsonNode forAnalysts = analyst.send("GET", base + "/report" + period, null);
    Map<String, JsonNode> serviceReports = new LinkedHashMap<>();
    for (String service : List.of("steget-fram", "ips")) {
      serviceReports.put(
          service,
          handledare.send("GET", base + "/services/" + service + "/report" + period, null));
    }
    o.out()
        .println(
            "Förbundet: "
                + forbund.at("/report/lasting/count").asText()
                + " av "
                + forbund.at("/report/lasting/denominator").asText()
                + " avslutade till arbete, studier eller annan varaktig lösning; för analytiker undanhålls "
                + forAnalysts.at("/report/suppression/cells").size()
                + " celler (färre än 5 eller räknebara ur dem)");

    for (String quarter : List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4")) {
      JsonNode q =
          handledare.send("GET", base + "/services/ips/ips-outcomes?quarter=" + quarter, null);
      String fidelity = q.path("fidelity").path("total").asText("");
      o.out()
          .println(
              "IPS "
                  + quarter
                  + ": "
                  + q.at("/workedCompetitively/count/value").asText()
                  + " av "
                  + q.at("/served/value").asText()
                  + " arbetade på öppna marknaden ("
                  + q.at("/workedCompetitively/percent").asText().replace('.', ',')
                  + " %, "
                  + q.path("band").asText("–")
                  + "), första jobb: "
                  + q.at("/firstJobStarts/value").asText()
                  + (fidelity.isEmpty() ? "" : "; programtrohet " + fidelity + "/125"));
    }
    JsonNode coverage =
        handledare.send("GET", base + "/services/steget-fram/interventions" + period, null);
    o.out()
        .println(
            "Steget fram: "
                + coverage.at("/none/percent").asText().replace('.', ',')
                + " % av "
                + coverage.at("/participantMonths/value").asText()
                + " deltagarmånader utan insats, "
                + coverage.at("/withoutJobFocused/percent").asText().replace('.', ',')
                + " % utan jobbinriktad insats");
    JsonNode change = handledare.send("GET", base + "/support-change" + period, null);
    for (JsonNode m : change.get("moments")) {
      o.out()
          .println(
              "Försörjning, "
                  + m.get("moment").asText()
                  + ": "
                  + m.at("/onPublicSupport/value").asText()
                  + " av "
                  + change.at("/closed/value").asText()
                  + " med offentlig försörjning ("
                  + m.get("publicFullYearEquivalents").asText().replace('.', ',')
                  + " helårsekvivalenter), ej registrerade "
                  + m.at("/notRecorded/value").asText()
                  + ", ej nådda "
                  + m.at("/notReached/value").asText());
    }

    // The förbund's year priced as Hudiksvall priced its ten, from what the register holds; the
    // kommun's part split among the member kommuner as they fund the förbund.
    JsonNode socio =
        handledare.send(
            "GET",
            base
                + "/socioeconomic"
                + period
                + "&serviceCostPerYear=2400000&member=Norrby:0.6&member=S%C3%B6derby:0.4",
            null);
    o.out()
        .println(
            "Socioekonomiskt: "
                + socio.at("/counted/value").asText()
                + " av "
                + socio.at("/closed/value").asText()
                + " avslutade räknade ("
                + socio.get("recordedAmounts").asText()
                + " registrerade belopp, "
                + socio.get("typicalAmounts").asText()
                + " typiska), offentlig nettoeffekt "
                + socio.at("/calculation/publicNetPerYear").asText()
                + " kr/år; kommunernas del "
                + socio.at("/members/0/member").asText()
                + " "
                + socio.at("/members/0/amount").asText()
                + " kr, "
                + socio.at("/members/1/member").asText()
                + " "
                + socio.at("/members/1/amount").asText()
                + " kr");
    Map<String, Path> files = new LinkedHashMap<>();
    files.put(
        "socioekonomi-2025.json", o.write("socioekonomi-2025.json", socio.toPrettyString() + "\n"));
    files.put(
        "ips-resultat-2025.csv",
        o.write(
            "ips-resultat-2025.csv",
            handledare.text(base + "/services/ips/ips-outcomes.csv" + period)));
    files.put(
        "ips-resultat-2025.svg",
        o.write(
            "ips-resultat-2025.svg",
            handledare.text(base + "/services/ips/ips-outcomes.svg" + period)));
    files.put(
        "forsorjning-2025.csv",
        o.write("forsorjning-2025.csv", handledare.text(base + "/support.csv" + period)));
    files.put(
        "rapport-forbundet-2025.csv",
        o.write("rapport-forbundet-2025.csv", handledare.text(base + "/report.csv" + period)));
    for (String service : List.of("steget-fram", "ips")) {
      files.put(
          "rapport-" + service + "-2025.csv",
          o.write(
              "rapport-" + service + "-2025.csv",
              handledare.text(base + "/services/" + service + "/report.csv" + period)));
    }
    files.put(
        "matningar-2025.csv",
        o.write(
            "matningar-2025.csv", handledare.text(base + "/exports/measurements.csv" + period)));
    String latest = reviews.get(1).get("id").asText();
    files.put(
        "programtrohet-ips-2025-10-21.csv",
        o.write(
            "programtrohet-ips-2025-10-21.csv",
            handledare.text(base + "/services/ips/fidelity-reviews/" + latest + "/export.csv")));
    files.put(
        "helarsrapport-forbundet-2025.pdf",
        o.writeBytes(
            "helarsrapport-forbundet-2025.pdf", handledare.bytes(base + "/report.pdf" + period)));
    files.put(
        "helarsrapport-ips-2025.pdf",
        o.writeBytes(
            "helarsrapport-ips-2025.pdf",
            handledare.bytes(base + "/services/ips/report.pdf" + period)));
    return new Year(40, closed, forbund, serviceReports, surveys, reviews, files);
  }

  /** What a participant lived on at admission: mostly försörjningsstöd, some sjukpenning. */
  private static String admissionSupport(Random facts) {
    int r = facts.nextInt(10);
    return r < 6
        ? "[{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1,\"monthlyAmount\":"
            + (8000 + 100 * facts.nextInt(30))
            + "}]"
        : r < 8
            ? "[{\"benefit\":\"SJUKPENNING\",\"degree\":0.5},"
                + "{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":0.5}]"
            : "[{\"benefit\":\"AKTIVITETSSTOD\",\"degree\":1}]";
  }

  /**
   * What a participant lives on after closing with an outcome: a wage (invented, by the
   * participant's number so no seeded stream moves) or study support (an example grant).
   */
  private static String closingSupport(String outcome, int participant) {
    return switch (outcome) {
      case "EMPLOYMENT" ->
          "[{\"benefit\":\"EMPLOYMENT\",\"degree\":1,\"monthlyAmount\":"
              + (17_000 + 500 * (participant % 12))
              + "}]";
      case "STUDIES" -> "[{\"benefit\":\"STUDIES\",\"degree\":1,\"monthlyAmount\":3400}]";
      default -> "[{\"benefit\":\"FORSORJNINGSSTOD\",\"degree\":1}]";
    };
  }

  private static String afterStatus(String outcome) {
    return switch (outcome) {
      case "EMPLOYMENT" -> "EMPLOYMENT";
      case "STUDIES" -> "STUDIES";
      default -> "NEITHER";
    };
  }

  /**
   * Interventions beside the conversations, and for IPS participants a job on the open market: the
   * facts the register holds beside the SKAPA measurements.
   */
  private static void registerFacts(
      Http handledare,
      String base,
      String participant,
      String service,
      String enrolment,
      LocalDate admitted,
      LocalDate last,
      Random facts) {
    if (facts.nextInt(10) < 7) {
      LocalDate from = admitted.plusDays(7 + facts.nextInt(20));
      if (!from.isAfter(last)) {
        handledare.send(
            "POST",
            base + "/participants/" + participant + "/interventions",
            "{\"service\":\""
                + service
                + "\",\"group\":\"JOB_FOCUSED\",\"name\":\""
                + (service.equals("ips") ? "Jobbsökande med IPS-coach" : "Arbetsträning")
                + "\",\"from\":\""
                + from
                + "\",\"to\":\""
                + min(from.plusDays(60 + facts.nextInt(90)), last)
                + "\"}");
      }
    }
    if (facts.nextInt(10) < 4) {
      LocalDate from = admitted.plusDays(facts.nextInt(30));
      if (!from.isAfter(last)) {
        handledare.send(
            "POST",
            base + "/participants/" + participant + "/interventions",
            "{\"service\":\""
                + service
                + "\",\"group\":\"HEALTH\",\"name\":\"Samtalsstöd\",\"from\":\""
                + from
                + "\",\"provider\":\"Regionens psykiatri\"}");
      }
    }
    if (service.equals("ips") && facts.nextInt(10) < 6) {
      LocalDate started = admitted.plusDays(40 + facts.nextInt(120));
      if (!started.isAfter(last)) {
        handledare.send(
            "POST",
            base + "/enrolments/" + enrolment + "/jobs",
            "{\"started\":\""
                + started
                + "\",\"kind\":\"COMPETITIVE\",\"hoursPerWeek\":"
                + (10 + 5 * facts.nextInt(5))
                + ",\"monthlyWage\":"
                + (9000 + 500 * facts.nextInt(30))
                + "}");
      }
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static String targets(Object... metricsAndValues) {
    StringBuilder b =
        new StringBuilder("{\"from\":\"2025-01-01\",\"to\":\"2025-12-31\",\"targets\":[");
    for (int i = 0; i < metricsAndValues.length; i += 2) {
      b.append(i == 0 ? "" : ",")
          .append("{\"metric\":\"")
          .append(metricsAndValues[i])
          .append("\",\"comparison\":\"AT_LEAST\",\"value\":")
          .append(metricsAndValues[i + 1])
          .append('}');
    }
    return b.append("]}").toString();
  }

  private static String measurement(
      String participant, String service, LocalDate day, int level, Random random) {
    StringBuilder scores = new StringBuilder("{");
    String[] keys = {
      "health-coping",
      "everyday-coping",
      "job-belief",
      "labour-market-knowledge",
      "job-search",
      "cooperation"
    };
    for (int k = 0; k < keys.length; k++) {
      int score = Math.max(1, Math.min(10, level + random.nextInt(3) - 1));
      // Now and then a question is left unanswered: a gap, never a zero.
      scores
          .append(k == 0 ? "" : ",")
          .append('"')
          .append(keys[k])
          .append("\":")
          .append(random.nextInt(25) == 0 ? "null" : Integer.toString(score));
    }
    return "{\"instrument\":\"skapa\",\"service\":\""
        + service
        + "\",\"participant\":\""
        + participant
        + "\",\"date\":\""
        + day
        + "\",\"respondent\":\"PARTICIPANT\",\"handledare\":\"handledare-1\",\"scores\":"
        + scores.append('}')
        + "}";
  }

  private static String review(String date, Random random, int low, int high, String plan) {
    StringBuilder items = new StringBuilder("[");
    for (int n = 1; n <= 25; n++) {
      items
          .append(n == 1 ? "" : ",")
          .append("{\"number\":")
          .append(n)
          .append(",\"score\":")
          .append(low + random.nextInt(high - low + 1))
          .append('}');
    }
    return "{\"date\":\""
        + date
        + "\",\"reviewers\":[\"granskare-1\",\"granskare-2\"],\"items\":"
        + items.append(']')
        + ",\"status\":\"final\""
        + plan
        + "}";
  }

  /**
   * A caller of the API with one key: every answer checked, so a broken step stops the year with
   * its reason.
   */
  private record Http(HttpClient client, String base, String key) {

    Http as(String other) {
      return new Http(client, base, other);
    }

    JsonNode send(String method, String path, @Nullable String body) {
      HttpResponse<String> r =
          exchange(method, path, body, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      try {
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String text(String path) {
      return exchange("GET", path, null, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
          .body();
    }

    byte[] bytes(String path) {
      return exchange("GET", path, null, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private <T> HttpResponse<T> exchange(
        String method, String path, @Nullable String body, HttpResponse.BodyHandler<T> handler) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Authorization", "Bearer " + key)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      if (method.equals("PUT") && path.contains("/fidelity-reviews/")) {
        b.header("If-Match", "\"1\"");
      }
      try {
        HttpResponse<T> r = client.send(b.build(), handler);
        if (r.statusCode() >= 300) {
          throw new IllegalStateException(
              method + " " + path + " → " + r.statusCode() + ": " + r.body());
        }
        return r;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
