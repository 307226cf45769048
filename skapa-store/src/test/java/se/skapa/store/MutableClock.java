package se.skapa.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand: "today" for the future-date rule and retention. */
final class MutableClock extends Clock {

  private volatile Instant now;

  MutableClock(LocalDate day) {
    set(day);
  }

  void set(LocalDate day) {
    now = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600);
  }

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
