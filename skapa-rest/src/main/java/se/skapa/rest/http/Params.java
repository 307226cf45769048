package se.skapa.rest.http;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import se.skapa.app.Actor;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.ReportTerms;
import se.skapa.core.progression.Respondent;
import se.skapa.core.survey.SurveyPeriod;

/**
 * What every stored-mode route reads from a request and writes back: path ids, query dates, ETags.
 */
public final class Params {

  /** The root of stored mode's routes: every organisation's data lives under it. */
  public static final String ORGANISATIONS = "/api/v1/organisations";

  /** The instrument a query is about when it names none. */
  public static final String DEFAULT_INSTRUMENT = "skapa";

  public static final String BASE = "/api/v1/organisations/";

  private Params() {}

  /** Answers 201 with a JSON body. */
  public static void created(RequestBodies bodies, Context ctx, Object body) {
    bodies.json(ctx, body);
    ctx.status(201);
  }

  private static final String ACTOR = "skapa.actor";

  /**
   * Remembers who the request was admitted as, for the handler.
   *
   * @param ctx the request
   * @param actor who it acts as
   */
  public static void admitted(Context ctx, Actor actor) {
    ctx.attribute(ACTOR, actor);
  }

  /**
   * @param ctx a request to a stored-mode route, admitted with a key of an organisation
   * @return who it acts as
   */
  public static Actor actor(Context ctx) {
    Actor a = ctx.attribute(ACTOR);
    if (a == null) {
      throw new IllegalStateException("stored route reached without an actor");
    }
    return a;
  }

  public static OrganisationId org(Context ctx) {
    try {
      return OrganisationId.of(ctx.pathParam("org"));
    } catch (ValidationException e) {
      throw StoredModeException.notFound("no organisation '" + ctx.pathParam("org") + "'");
    }
  }

  public static Pseudonym participant(Context ctx) {
    try {
      return Pseudonym.of(ctx.pathParam("participant"));
    } catch (ValidationException e) {
      throw e.under("/participant");
    }
  }

  public static ServiceId serviceParam(Context ctx) {
    try {
      return ServiceId.of(ctx.pathParam("service"));
    } catch (ValidationException e) {
      throw StoredModeException.notFound("no service '" + ctx.pathParam("service") + "'");
    }
  }

  public static String instrumentParam(Context ctx) {
    String id = ctx.queryParam("instrument");
    return id == null || id.isBlank() ? DEFAULT_INSTRUMENT : id;
  }

  public static Respondent respondentParam(Context ctx) {
    String r = ctx.queryParam("respondent");
    if (r == null || r.isBlank()) {
      return Respondent.PARTICIPANT;
    }
    try {
      return Respondent.valueOf(r);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(
          "/respondent", "type", "respondent must be PARTICIPANT or HANDLEDARE");
    }
  }

  /**
   * The terms of an outcome report as every report route reads them: the period ({@code from},
   * {@code to}, required), the denominator's rule ({@code closingRule}, default CLOSED), {@code
   * contactDays} (default 14) and {@code staff} (default 0: not computed).
   *
   * @param ctx the request
   * @return the terms
   * @throws ValidationException naming every parameter that breaks its rule
   */
  public static ReportTerms reportTerms(Context ctx) {
    ReportPeriod period = period(ctx);
    Violations v = new Violations();
    ClosingRule rule =
        Optional.ofNullable(ctx.queryParam("closingRule"))
            .filter(r -> !r.isBlank())
            .map(r -> closingRule(v, r))
            .orElse(ClosingRule.CLOSED);
    int contactDays =
        Optional.ofNullable(ctx.queryParam("contactDays"))
            .map(d -> days(v, d).getDays())
            .orElse(OutcomeReporter.DEFAULT_CONTACT_DAYS);
    BigDecimal staff =
        Optional.ofNullable(ctx.queryParam("staff")).map(x -> staff(v, x)).orElse(BigDecimal.ZERO);
    v.throwIfAny();
    return ReportTerms.of(period.from(), period.to())
        .withClosingRule(rule)
        .withContactDays(contactDays)
        .withStaff(staff);
  }

  private static ClosingRule closingRule(Violations v, String text) {
    try {
      return ClosingRule.valueOf(text);
    } catch (IllegalArgumentException e) {
      v.add(
          "/closingRule",
          "type",
          "closingRule must be one of " + Arrays.toString(ClosingRule.values()));
      return ClosingRule.CLOSED;
    }
  }

  private static BigDecimal staff(Violations v, String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      v.add("/staff", "type", "staff must be a number of full-time equivalents, e.g. 1.6");
      return BigDecimal.ZERO;
    }
  }

  /** A report's period from the required {@code from} and {@code to} query parameters. */
  public record ReportPeriod(LocalDate from, LocalDate to) {}

  /**
   * @throws ValidationException rule {@code required} or {@code type} at {@code /from} and {@code
   *     /to}
   */
  public static ReportPeriod period(Context ctx) {
    LocalDate from =
        date(ctx, "from")
            .orElseThrow(
                () -> ValidationException.of("/from", "required", "from is required (YYYY-MM-DD)"));
    LocalDate to =
        date(ctx, "to")
            .orElseThrow(
                () -> ValidationException.of("/to", "required", "to is required (YYYY-MM-DD)"));
    return new ReportPeriod(from, to);
  }

  /**
   * {@link #period} refused when it runs backwards, before any report is built.
   *
   * @throws ValidationException rule {@code period} at {@code /from} if from is after to
   */
  public static ReportPeriod orderedPeriod(Context ctx) {
    ReportPeriod p = period(ctx);
    if (p.from().isAfter(p.to())) {
      throw ValidationException.of(
          "/from", "period", "from " + p.from() + " is after to " + p.to());
    }
    return p;
  }

  public static Optional<LocalDate> date(Context ctx, String name) {
    return Query.date(ctx, name);
  }

  public static Period days(Violations v, String raw) {
    try {
      int d = Integer.parseInt(raw);
      if (d >= 0 && d <= 366) {
        return Period.ofDays(d);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    v.add("/within", "range", "within must be a whole number of days, 0-366");
    return Period.ZERO;
  }

  public static String etag(int version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match names; a value that names none cannot match the current version. */
  public static int version(String ifMatch) {
    String v = ifMatch.strip();
    if (v.length() >= 3
        && v.startsWith("\"")
        && v.endsWith("\"")
        && v.substring(1, v.length() - 1).matches("\\d{1,9}")) {
      return Integer.parseInt(v.substring(1, v.length() - 1));
    }
    throw StoredModeException.stale(
        "If-Match "
            + (v.length() > 40 ? v.substring(0, 40) + "..." : v)
            + " is not an ETag of this measurement; read it again for its ETag");
  }

  public static void checkIdempotencyKey(String key) {
    if (key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw ValidationException.of(
          "",
          "idempotency-key",
          "Idempotency-Key must be 1-255 visible ASCII characters, e.g. a UUID");
    }
    // The key is stored (to recognise a retry): a personnummer may not travel in it either.
    if (Pseudonym.looksLikePersonalIdentityNumber(key)) {
      throw ValidationException.of(
          "",
          "personnummer",
          "Idempotency-Key looks like a personnummer or samordningsnummer; send a random key, e.g."
              + " a UUID");
    }
  }

  public static UUID reviewId(Context ctx) {
    try {
      String id = ctx.pathParam("id");
      if (id.length() == 36) {
        return UUID.fromString(id);
      }
    } catch (IllegalArgumentException e) {
      // not found below
    }
    throw StoredModeException.notFound("no fidelity review '" + ctx.pathParam("id") + "'");
  }

  public static SurveyPeriod periodParam(Context ctx) {
    try {
      return SurveyPeriod.of(ctx.pathParam("period"));
    } catch (ValidationException e) {
      throw StoredModeException.notFound("no survey period '" + ctx.pathParam("period") + "'");
    }
  }
}
