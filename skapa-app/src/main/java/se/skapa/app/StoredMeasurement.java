package se.skapa.app;

import java.util.Objects;
import se.skapa.core.progression.Measurement;

/**
 * One version of a stored measurement: what was measured, where, and who wrote it when.
 *
 * @param service the service where the measurement was taken
 */
public record StoredMeasurement(Provenance provenance, ServiceId service, Measurement measurement) {

    public StoredMeasurement {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(measurement, "measurement");
    }

    public MeasurementId id() {
        return provenance.id();
    }

    public int version() {
        return provenance.version();
    }
}
