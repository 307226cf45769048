package se.skapa.app.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.skapa.app.measurement.CohortReleases;
import se.skapa.core.outcomes.ReleaseCalendar;
import se.skapa.core.progression.CohortReport;

/** {@link CohortReleases} in memory: the first release of a scope and period is kept. */
public final class InMemoryCohortReleases implements CohortReleases, InMemoryStorage.Rows {

  private record Kept(Scope scope, ReleaseCalendar.Period period, CohortReport report) {}

  private List<Kept> kept = new ArrayList<>();

  @Override
  public Optional<CohortReport> released(Scope scope, ReleaseCalendar.Period period) {
    return kept.stream()
        .filter(k -> k.scope().equals(scope) && k.period().equals(period))
        .map(Kept::report)
        .findFirst();
  }

  @Override
  public List<ReleaseCalendar.Period> periods(Scope scope) {
    return kept.stream()
        .filter(k -> k.scope().equals(scope))
        .map(Kept::period)
        .sorted(Comparator.comparing(ReleaseCalendar.Period::from))
        .toList();
  }

  @Override
  public void release(Scope scope, ReleaseCalendar.Period period, Instant at, CohortReport report) {
    if (released(scope, period).isEmpty()) {
      kept.add(new Kept(scope, period, report));
    }
  }

  @Override
  public Object save() {
    return new ArrayList<>(kept);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void restore(Object saved) {
    kept = new ArrayList<>((List<Kept>) saved);
  }
}
