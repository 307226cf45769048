package se.skapa.core.progression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.skapa.core.common.ValidationException;

/** An immutable set of instruments, looked up by id (newest version) or id and version. */
public final class InstrumentCatalog {

  private final List<Instrument> instruments;

  private InstrumentCatalog(List<Instrument> instruments) {
    this.instruments = instruments;
  }

  /**
   * @throws ValidationException if one id and version occurs twice
   * @param instruments the instruments, built-in or licensed; not null
   * @return the catalogue, ordered by id then version
   */
  public static InstrumentCatalog of(Collection<Instrument> instruments) {
    List<Instrument> sorted = new ArrayList<>(instruments);
    sorted.sort(Comparator.comparing(Instrument::id).thenComparing(Instrument::version));
    for (int i = 1; i < sorted.size(); i++) {
      Instrument a = sorted.get(i - 1);
      Instrument b = sorted.get(i);
      if (a.id().equals(b.id()) && a.version() == b.version()) {
        throw ValidationException.of(
            "/id", "unique", "instrument " + a + " is defined more than once");
      }
    }
    return new InstrumentCatalog(List.copyOf(sorted));
  }

  /**
   * The built-in instruments only.
   *
   * @return a catalogue of SKAPA's own instrument
   */
  public static InstrumentCatalog builtIn() {
    return of(BuiltInInstruments.all());
  }

  /**
   * Every instrument, ordered by id then version.
   *
   * @return an unmodifiable list
   */
  public List<Instrument> all() {
    return instruments;
  }

  /**
   * The newest version of an instrument.
   *
   * @param id an instrument's id
   * @return its newest version; empty if the catalogue has no such instrument
   */
  public Optional<Instrument> find(String id) {
    return instruments.stream().filter(i -> i.id().equals(id)).reduce((a, b) -> b);
  }

  /**
   * @param id an instrument's id
   * @param version the version wanted
   * @return that version; empty if the catalogue does not hold it
   */
  public Optional<Instrument> find(String id, int version) {
    return instruments.stream()
        .filter(i -> i.id().equals(id) && i.version() == version)
        .findFirst();
  }

  /**
   * The instrument a measurement or a request names: the one rule every route, page and use case
   * resolves instruments by.
   *
   * @param id an instrument's id, as sent; may be anything, it is never echoed if shaped like a
   *     personnummer
   * @param version the version wanted; empty for the newest
   * @return the instrument
   * @throws ValidationException rule {@code unknown-instrument} at {@code /instrument} if the
   *     catalogue has no such instrument or version
   */
  public Instrument require(String id, Optional<Integer> version) {
    Optional<Instrument> found = version.isPresent() ? find(id, version.get()) : find(id);
    return found.orElseThrow(
        () ->
            ValidationException.of(
                "/instrument",
                "unknown-instrument",
                "no instrument '"
                    + se.skapa.core.common.Pseudonym.redact(id)
                    + "'"
                    + version.map(v -> " version " + v).orElse("")
                    + "; GET /api/v1/instruments lists them"));
  }
}
