package se.skapa.core.progression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.skapa.core.common.Pseudonym;

/**
 * Counts changes of handledare. BIP found that each change lowered the chance of a job by about 22
 * %; SKAPA reports the count as a fact about the service, not a prediction.
 */
public final class HandledareContinuity {

  private HandledareContinuity() {}

  /**
   * Changes over measurements in date order (input order is irrelevant). Measurements without a
   * handledare key are skipped; a key differing from the previous known key is one change.
   *
   * @param measurements a participant's measurements, any order; not null
   * @return how many times the handledare changed
   */
  public static int changes(List<Measurement> measurements) {
    List<Measurement> sorted = new ArrayList<>(measurements);
    sorted.sort(Comparator.comparing(Measurement::date));
    return count(sorted.stream().map(Measurement::handledare).toList());
  }

  /**
   * Changes over handledare assignments, ordered by their start date.
   *
   * @param assignments a participant's handledare assignments, any order; not null
   * @return how many times the handledare changed
   */
  public static int changesInAssignments(List<HandledareAssignment> assignments) {
    List<HandledareAssignment> sorted = new ArrayList<>(assignments);
    sorted.sort(Comparator.comparing(HandledareAssignment::from));
    return count(sorted.stream().map(a -> Optional.of(a.handledare())).toList());
  }

  private static int count(List<Optional<Pseudonym>> keys) {
    Pseudonym previous = null;
    int changes = 0;
    for (Optional<Pseudonym> key : keys) {
      if (key.isEmpty()) {
        continue;
      }
      if (previous != null && !previous.equals(key.get())) {
        changes++;
      }
      previous = key.get();
    }
    return changes;
  }
}
