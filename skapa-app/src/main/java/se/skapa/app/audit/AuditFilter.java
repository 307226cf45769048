package se.skapa.app.audit;

import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.Pseudonym;

/**
 * Which lines of the audit trail an admin wants to see: by who, what, which participant, and
 * without their own reads (looking at the trail is itself a line, and would drown the rest).
 *
 * @param holder only lines by this key holder or account
 * @param action only lines of this action, e.g. {@code measurement.created}
 * @param participant only lines naming this participant
 * @param hideReadsBy leave out the reads ({@code *.read}) by this holder
 */
public record AuditFilter(
    Optional<String> holder,
    Optional<String> action,
    Optional<Pseudonym> participant,
    Optional<String> hideReadsBy) {

  /** Every line. */
  public static final AuditFilter NONE =
      new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @param holder the holder; not null, may be empty
   * @param action the action; not null, may be empty
   * @param participant the participant; not null, may be empty
   * @param hideReadsBy whose reads to leave out; not null, may be empty
   * @throws NullPointerException if a component is null
   */
  public AuditFilter {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(hideReadsBy, "hideReadsBy");
  }

  /**
   * @param e a line; not null
   * @return true if the line passes this filter
   */
  public boolean keeps(AuditEntry e) {
    return holder.map(e.holder()::equals).orElse(true)
        && action.map(e.action()::equals).orElse(true)
        && participant.map(p -> e.participant().equals(Optional.of(p))).orElse(true)
        && hideReadsBy
            .map(h -> !(e.holder().equals(h) && e.action().endsWith(".read")))
            .orElse(true);
  }
}
