package se.skapa.rest.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.LocalDate;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pseudonym;

/**
 * The one ObjectMapper: strict on input (no coercion, no unknown fields), ISO dates, kronor as
 * integers.
 */
public final class Json {

  /** Deeper JSON than this is refused as malformed: no request needs it. */
  public static final int MAX_NESTING = 64;

  private Json() {}

  public static ObjectMapper mapper() {
    SimpleModule skapa = new SimpleModule("skapa");
    skapa.addSerializer(
        Kronor.class,
        new StdSerializer<>(Kronor.class) {
          @Override
          public void serialize(Kronor value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeNumber(value.value());
          }
        });
    skapa.addSerializer(
        Pseudonym.class,
        new StdSerializer<>(Pseudonym.class) {
          @Override
          public void serialize(Pseudonym value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value.value());
          }
        });
    ObjectMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(skapa)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // JDK 17's Double.toString is slow; Jackson's Schubfach writer gives the shortest exact
            // form.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            // {"job-belief":3,"job-belief":5} must not quietly become 5.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();
    // A date is a date: "2025-01-01T10:00:00" is refused where the contract says format: date.
    mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxNumberLength(100)
                .maxStringLength(1_000_000)
                .build());
    return mapper;
  }
}
