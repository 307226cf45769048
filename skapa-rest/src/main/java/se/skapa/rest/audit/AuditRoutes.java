package se.skapa.rest.audit;

import static se.skapa.rest.http.Params.actor;
import static se.skapa.rest.http.Params.date;
import static se.skapa.rest.http.Params.org;
import static se.skapa.rest.http.Params.participant;

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

  /** The audit trail over a period. */
  record Trail(LocalDate from, LocalDate to, List<Line> entries, boolean truncated) {}

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
    List<AuditEntry> lines = audit.read(actor(ctx), org(ctx), from, to);
    bodies.json(
        ctx,
        new Trail(
            from, to, lines.stream().map(Line::of).toList(), lines.size() >= AuditTrail.MAX_LINES));
  }
}
