package se.skapa.app.measurement;

import java.util.Objects;
import se.skapa.app.ServiceId;
import se.skapa.core.progression.Measurement;

/**
 * One version of a stored measurement: what was measured, where, and who wrote it when.
 *
 * @param service the service where the measurement was taken
 */
public record StoredMeasurement(Provenance provenance, ServiceId service, Measurement measurement) {

  /**
   * @param provenance where this version came from; not null
   * @param service the service where the measurement was taken; not null
   * @param measurement the measurement; not null
   * @throws NullPointerException if a required component is null
   */
  public StoredMeasurement {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(measurement, "measurement");
  }

  /** {@return the measurement's id, the same in every version} */
  public MeasurementId id() {
    return provenance.id();
  }

  /** {@return this version's number, from 1} */
  public int version() {
    return provenance.version();
  }
}
