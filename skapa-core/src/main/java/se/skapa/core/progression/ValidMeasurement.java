package se.skapa.core.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;

/**
 * A measurement that has passed every {@link MeasurementRules} rule for one instrument on a given
 * day. It can only be built by {@link #check}, so a store that accepts only this type cannot
 * receive a score outside its scale, an unknown indicator, a future date or a personnummer in a
 * comment. Immutable.
 */
public final class ValidMeasurement {

  private static final String PREFIX = "/measurements/0";

  private final Instrument instrument;
  private final Measurement measurement;

  private ValidMeasurement(Instrument instrument, Measurement measurement) {
    this.instrument = instrument;
    this.measurement = measurement;
  }

  /**
   * Checks one measurement against its instrument as of {@code today}.
   *
   * @param instrument the instrument the measurement is of; not null
   * @param measurement the measurement; not null
   * @param today the day the future-date rule is checked against; not null
   * @return the measurement, proven valid
   * @throws ValidationException listing every broken rule, with pointers relative to the
   *     measurement ({@code /scores/<key>}, {@code /date}, {@code /comment})
   * @throws NullPointerException if an argument is null
   */
  public static ValidMeasurement check(
      Instrument instrument, Measurement measurement, LocalDate today) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(measurement, "measurement");
    Objects.requireNonNull(today, "today");
    try {
      MeasurementRules.withClock(
              Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
          .check(instrument, List.of(measurement));
    } catch (ValidationException e) {
      throw new ValidationException(
          e.violations().stream().map(ValidMeasurement::relative).toList());
    }
    return new ValidMeasurement(instrument, measurement);
  }

  private static Violation relative(Violation v) {
    String p =
        v.pointer().startsWith(PREFIX) ? v.pointer().substring(PREFIX.length()) : v.pointer();
    return new Violation(p, v.rule(), v.message());
  }

  /** {@return the instrument the measurement was checked against} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the measurement, every rule checked} */
  public Measurement measurement() {
    return measurement;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidMeasurement v
        && v.measurement.equals(measurement)
        && v.instrument.id().equals(instrument.id())
        && v.instrument.version() == instrument.version();
  }

  @Override
  public int hashCode() {
    return measurement.hashCode();
  }

  @Override
  public String toString() {
    return "valid " + measurement;
  }
}
