package se.skapa.instruments;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.RatedBy;
import se.skapa.core.progression.Scale;

/**
 * Reads instrument definitions (format {@value #FORMAT}, see docs/instrument-format.md), so that an
 * organisation loads its own or licensed instruments as data, with no code change: the server reads
 * a directory of them at start, and a vendor embedding the core reads them the same way without the
 * server. The file's fields are read strictly (an unknown field, a field twice or a null where a
 * value is required is refused); the instrument's rules are the core builder's, so a file is held
 * to exactly what an instrument built in code is.
 */
public final class InstrumentDefinitions {

  /** The format identifier every definition file carries. */
  public static final String FORMAT = "skapa-instrument/1";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .build();

  private InstrumentDefinitions() {}

  /**
   * A field the file must give, and not as null: the reader refuses the file and names the field.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({
    ElementType.PARAMETER,
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.RECORD_COMPONENT
  })
  @JacksonAnnotationsInside
  @JsonProperty(required = true)
  @JsonSetter(nulls = Nulls.FAIL)
  @interface Required {}

  record Definition(
      @Required String format,
      @Required String id,
      @Required int version,
      @Required Text names,
      List<String> sources,
      Text note,
      @Required List<IndicatorDef> indicators) {}

  record Text(@Required String sv, @Required String en) {
    LocalizedText toCore() {
      return LocalizedText.of(sv, en);
    }
  }

  record IndicatorDef(
      @Required String key,
      @Required Text labels,
      @Required ScaleDef scale,
      RatedBy ratedBy,
      BipGroup bipGroup,
      Text question) {}

  record ScaleDef(@Required int min, @Required int max, List<Text> anchors) {}

  /**
   * Every {@code *.json} file of a directory, in file-name order.
   *
   * @param dir the directory; not null
   * @return one instrument per file
   * @throws IllegalArgumentException naming the directory when it cannot be read, or a file and its
   *     rule as {@link #read}
   */
  public static List<Instrument> readDirectory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    List<Instrument> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        out.add(read(Files.readAllBytes(f), f.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read instrument definitions in " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * One definition.
   *
   * @param json the file's bytes, UTF-8 JSON; not null
   * @param source what to call the file in a message, e.g. its name; not null
   * @return the instrument
   * @throws IllegalArgumentException starting with {@code source}: malformed JSON or a field
   *     missing, null, unknown or of the wrong type (with its line and column), another format, or
   *     every rule of the instrument it breaks (a {@link ValidationException} as the cause)
   */
  public static Instrument read(byte[] json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    Definition d;
    try {
      d = MAPPER.readValue(json, Definition.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new IllegalArgumentException(
          source + ": not a valid instrument definition: " + problem(e) + where, e);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": cannot be read: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(d.format())) {
      throw new IllegalArgumentException(
          source + ": format must be '" + FORMAT + "', got '" + d.format() + "'");
    }
    // Each indicator is checked on its own first, so a file with several broken indicators names
    // them all; the instrument's own rules (unique keys, names) follow once every indicator could
    // be built.
    Violations v = new Violations();
    Instrument.Builder b = Instrument.builder(d.id(), d.version());
    v.attempt("/names", () -> b.names(d.names().toCore()));
    v.attempt("/note", () -> b.note(d.note() == null ? null : d.note().toCore()));
    Optional.ofNullable(d.sources()).orElse(List.of()).forEach(b::source);
    for (int i = 0; i < d.indicators().size(); i++) {
      IndicatorDef def = d.indicators().get(i);
      Indicator built = v.attempt(Pointer.at("/indicators", i), () -> indicator(def));
      if (built != null) {
        b.indicator(built);
      }
    }
    Instrument instrument = v.isEmpty() ? v.attempt("", b::build) : null;
    if (instrument == null) {
      ValidationException all = new ValidationException(v.found());
      throw new IllegalArgumentException(source + ": " + all.getMessage(), all);
    }
    return instrument;
  }

  /**
   * The reader's complaint in the file's own terms: the field's place, never the reader's classes.
   */
  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field '" + u.getPropertyName() + "' at " + pointer(u.getPath());
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return pointer(f.getPath())
          + ": '"
          + f.getValue()
          + "' is not one of "
          + java.util.Arrays.stream(f.getTargetType().getEnumConstants())
              .map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(", "));
    }
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      String field = pointer(m.getPath());
      String said = String.valueOf(m.getOriginalMessage());
      if (said.startsWith("Missing required") || said.contains("Invalid `null`")) {
        return field + " is required and may not be null";
      }
      return field + " must be " + expected(m.getTargetType());
    }
    if (e instanceof JsonMappingException) {
      return "the file does not follow the format";
    }
    // The parser's own words carry its internals (a source marker, a feature name): the place says
    // enough.
    return "not well-formed JSON";
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "text";
    }
    return type != null && List.class.isAssignableFrom(type)
        ? "a list"
        : "an object, as the format shows";
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      b.append('/')
          .append(
              r.getFieldName() != null
                  ? Pointer.token(r.getFieldName())
                  : Integer.toString(r.getIndex()));
    }
    return b.isEmpty() ? "/" : b.toString();
  }

  private static Indicator indicator(IndicatorDef i) {
    List<LocalizedText> anchors =
        Optional.ofNullable(i.scale().anchors()).orElse(List.of()).stream()
            .map(Text::toCore)
            .toList();
    Indicator ind =
        Indicator.of(
            i.key(),
            i.labels().toCore(),
            Scale.of(i.scale().min(), i.scale().max(), anchors),
            Optional.ofNullable(i.ratedBy()).orElse(RatedBy.PARTICIPANT));
    if (i.bipGroup() != null) {
      ind = ind.withBipGroup(i.bipGroup());
    }
    if (i.question() != null) {
      ind = ind.withQuestion(i.question().toCore());
    }
    return ind;
  }
}
