package se.skapa.rest.audit;

import static se.skapa.rest.http.Params.actor;
import static se.skapa.rest.http.Params.date;
import static se.skapa.rest.http.Params.org;
import static se.skapa.rest.http.Params.participant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.skapa.app.KeyId;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditTrail;
import se.skapa.app.audit.Erasure;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** Erasure of one participant and the audit trail over HTTP. Translation only. */
public final class AuditRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final Erasure erasure;
  private final AuditTrail audit;
  private final RequestBodies bodies;
  private final Clock clock;

  public AuditRoutes(Erasure erasure, AuditTrail audit, RequestBodies bodies, Clock clock) {
    this.erasure = erasure;
    this.audit = audit;
    this.bodies = bodies;
    this.clock = clock;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.delete(ORG + "/participants/{participant}", Access.MEMBER, this::eraseParticipant);
    r.get(ORG + "/audit", Access.MEMBER, this::audit);
  }

  /** What erasing a participant answers. */
  record Erased(String participant, boolean erased, int rows) {}

  /**
   * The audit trail over a period, a page at a time: {@code next} is the {@code after} of the
   * following page, absent on the last.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Trail(
      LocalDate from, LocalDate to, List<Line> entries, boolean truncated, @Nullable String next) {}

  /** One line of the trail; {@code key}, {@code participant} and {@code rows} may be null. */
  record Line(
      Instant at,
      @Nullable String key,
      String holder,
      String action,
      String resource,
      @Nullable String participant,
      @Nullable Integer rows) {

    static Line of(AuditEntry e) {
      return new Line(
          e.at(),
          e.key().map(KeyId::toString).orElse(null),
          e.holder(),
          e.action(),
          e.resource(),
          e.participant().map(Pseudonym::value).orElse(null),
          e.rows().orElse(null));
    }
  }

  void eraseParticipant(Context ctx) {
    Pseudonym participant = participant(ctx);
    int rows = erasure.erase(actor(ctx), org(ctx), participant);
    bodies.json(ctx, new Erased(participant.value(), true, rows));
  }

  void audit(Context ctx) {
    LocalDate to = date(ctx, "to").orElse(LocalDate.now(clock));
    LocalDate from = date(ctx, "from").orElse(to);
    long after = after(ctx.queryParam("after"));
    AuditTrail.Page page = audit.read(actor(ctx), org(ctx), from, to, after);
    page.next()
        .ifPresent(
            n ->
                ctx.header(
                    "Link",
                    "<"
                        + ctx.path()
                        + "?from="
                        + from
                        + "&to="
                        + to
                        + "&after="
                        + n
                        + ">; rel=\"next\""));
    bodies.json(
        ctx,
        new Trail(
            from,
            to,
            page.lines().stream().map(Line::of).toList(),
            page.next().isPresent(),
            page.next().map(String::valueOf).orElse(null)));
  }

  /** Where a page starts: the {@code next} of the page before, a whole number. */
  private static long after(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    if (!text.matches("\\d{1,18}")) {
      throw ValidationException.of(
          "/after", "format", "after is the next of the page before, a whole number, got " + text);
    }
    return Long.parseLong(text);
  }
}
