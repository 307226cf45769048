package se.skapa.app.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Measurement;

/**
 * One field a correction changed, so that a history shows who changed what.
 *
 * @param field a JSON Pointer into the measurement, e.g. {@code /scores/job-belief}, {@code /date}
 * @param from the earlier value, empty if there was none (or "not answered")
 * @param to the new value, empty if there is none
 */
public record Change(String field, Optional<String> from, Optional<String> to) {

  /**
   * @param field a JSON Pointer into the measurement, e.g. {@code /scores/job-belief}, {@code
   *     /date}; not null
   * @param from the earlier value, empty if there was none (or "not answered"); not null
   * @param to the new value, empty if there is none; not null
   * @throws NullPointerException if a required component is null
   */
  public Change {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /**
   * What changed from one version to the next, fields first, then scores by indicator key.
   *
   * @param before the earlier version; not null
   * @param after the later version; not null
   * @return the changes; empty if nothing changed
   */
  public static List<Change> between(StoredMeasurement before, StoredMeasurement after) {
    List<Change> out = new ArrayList<>();
    Measurement a = before.measurement();
    Measurement b = after.measurement();
    add(
        out,
        "/service",
        Optional.of(before.service().value()),
        Optional.of(after.service().value()));
    add(out, "/date", Optional.of(a.date().toString()), Optional.of(b.date().toString()));
    add(out, "/respondent", Optional.of(a.respondent().name()), Optional.of(b.respondent().name()));
    add(
        out,
        "/handledare",
        a.handledare().map(Pseudonym::value),
        b.handledare().map(Pseudonym::value));
    add(out, "/comment", a.comment(), b.comment());
    TreeSet<String> keys = new TreeSet<>(a.answers().keySet());
    keys.addAll(b.answers().keySet());
    for (String key : keys) {
      add(out, Pointer.at("/scores", key), score(a.answer(key)), score(b.answer(key)));
    }
    return out;
  }

  private static Optional<String> score(Answer answer) {
    return answer.isAnswered()
        ? Optional.of(Integer.toString(answer.scoreOrThrow()))
        : Optional.empty();
  }

  private static void add(
      List<Change> out, String field, Optional<String> from, Optional<String> to) {
    if (!from.equals(to)) {
      out.add(new Change(field, from, to));
    }
  }
}
