package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.skapa.core.socioeconomic.Parameter;

/**
 * A schema-driven fuzzer once found requests valid by the document refused by the server: the
 * request types' Bean Validation limits (a list's size, a text's length, a number's range) were not
 * all in the document. Here every such limit of every request body must be stated, with the same
 * value, at the same place in the document; rules the core checks are held by the fuzz harness
 * (tools/fuzz).
 */
class ContractConstraintsTest {

  /** Request body schema in the document → the type the server reads it into. */
  private static final Map<String, String> BODIES =
      Map.ofEntries(
          Map.entry("SeriesRequest", "se.skapa.rest.progression.SeriesRequest"),
          Map.entry("Review", "se.skapa.rest.fidelity.ReviewDto"),
          Map.entry("CompareRequest", "se.skapa.rest.fidelity.CompareRequest"),
          Map.entry("AnchorsRequest", "se.skapa.rest.fidelity.AnchorsRequest"),
          Map.entry("CalculateRequest", "se.skapa.rest.socioeconomic.CalculateRequest"),
          Map.entry(
              "ScenariosRequest", "se.skapa.rest.socioeconomic.CalculateRequest$ScenariosRequest"),
          Map.entry("ReportRequest", "se.skapa.rest.outcomes.OutcomesRequests$ReportRequest"),
          Map.entry("TargetsRequest", "se.skapa.rest.outcomes.OutcomesRequests$TargetsRequest"),
          Map.entry(
              "AllocationRequest", "se.skapa.rest.outcomes.OutcomesRequests$AllocationRequest"),
          Map.entry("HeRequest", "se.skapa.rest.outcomes.OutcomesRequests$HeRequest"),
          Map.entry("NewOrganisation", "se.skapa.rest.http.StoredRequests$NewOrganisation"),
          Map.entry("NewUser", "se.skapa.rest.http.StoredRequests$NewUser"),
          Map.entry("NewKey", "se.skapa.rest.http.StoredRequests$NewKey"),
          Map.entry("NewService", "se.skapa.rest.http.StoredRequests$NewService"),
          Map.entry(
              "StoredMeasurementRequest", "se.skapa.rest.http.StoredRequests$MeasurementBody"),
          Map.entry("NewEnrolment", "se.skapa.rest.http.StoredRequests$NewEnrolment"),
          Map.entry("Closing", "se.skapa.rest.http.StoredRequests$Closing"),
          Map.entry("TargetSet", "se.skapa.rest.http.StoredRequests$Targets"),
          Map.entry("SurveyOffer", "se.skapa.rest.http.StoredRequests$SurveyOffer"),
          Map.entry("SurveyResponses", "se.skapa.rest.http.StoredRequests$SurveyResponses"),
          Map.entry("OwnSurveyQuestions", "se.skapa.rest.http.StoredRequests$OwnQuestions"),
          Map.entry("ReviewBody", "se.skapa.rest.http.StoredRequests$ReviewBody"));

  @Test
  void every_limit_the_server_reads_a_body_with_is_stated_in_the_document() throws Exception {
    JsonNode doc = TestServer.JSON.readTree(TestServer.openApi());
    JsonNode schemas = doc.at("/components/schemas");
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> body : BODIES.entrySet()) {
      record(
          schemas,
          schemas.get(body.getKey()),
          Class.forName(body.getValue()),
          body.getKey(),
          missing);
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void the_document_lists_every_parameter_of_the_calculation_with_its_range() throws Exception {
    JsonNode overrides =
        TestServer.JSON
            .readTree(TestServer.openApi())
            .at("/components/schemas/CalculateRequest/properties/overrides");
    assertEquals(
        false,
        overrides.path("additionalProperties").asBoolean(true),
        "an unknown parameter is refused");
    List<String> names = new ArrayList<>();
    overrides.path("properties").fieldNames().forEachRemaining(names::add);
    assertEquals(Arrays.stream(Parameter.values()).map(p -> p.apiName()).toList(), names);
    for (Parameter p : Parameter.values()) {
      JsonNode d = overrides.path("properties").path(p.apiName());
      assertEquals(0, p.min().compareTo(d.get("minimum").decimalValue()), p.apiName());
      assertEquals(0, p.max().compareTo(d.get("maximum").decimalValue()), p.apiName());
      assertEquals(!p.maxInclusive(), d.path("exclusiveMaximum").asBoolean(false), p.apiName());
      assertEquals(p.wholeNumber() ? "integer" : "number", d.get("type").asText(), p.apiName());
    }
  }

  private static JsonNode resolve(JsonNode schemas, JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.isEmpty() ? node : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static void record(
      JsonNode schemas, JsonNode schema, Class<?> type, String at, List<String> missing) {
    JsonNode s = resolve(schemas, schema);
    for (RecordComponent c : type.getRecordComponents()) {
      JsonNode property = s.path("properties").path(c.getName());
      String here = at + "." + c.getName();
      if (property.isMissingNode()) {
        missing.add(here + ": not in the document");
        continue;
      }
      value(schemas, property, c.getAccessor(), c.getAnnotatedType(), here, missing);
    }
  }

  private static void value(
      JsonNode schemas,
      JsonNode property,
      AnnotatedElement declared,
      AnnotatedType type,
      String at,
      List<String> missing) {
    JsonNode p = resolve(schemas, property);
    Class<?> raw = raw(type);
    Size size = annotation(Size.class, declared, type);
    if (size != null) {
      String[] keys =
          Collection.class.isAssignableFrom(raw)
              ? new String[] {"minItems", "maxItems"}
              : Map.class.isAssignableFrom(raw)
                  ? new String[] {"minProperties", "maxProperties"}
                  : new String[] {"minLength", "maxLength"};
      expect(p, keys[0], size.min(), 0, at, missing);
      expect(p, keys[1], size.max(), Integer.MAX_VALUE, at, missing);
    }
    // An enum says more than any length or pattern: only its values are valid.
    if (annotation(NotBlank.class, declared, type) != null && !p.has("enum")) {
      expect(p, "minLength", 1, 0, at, missing);
      if (p.path("pattern").asText("").isEmpty()) {
        missing.add(at + ": not blank, but no pattern says so");
      }
    }
    if (annotation(NotEmpty.class, declared, type) != null) {
      expect(
          p, Collection.class.isAssignableFrom(raw) ? "minItems" : "minLength", 1, 0, at, missing);
    }
    Min min = annotation(Min.class, declared, type);
    if (min != null) {
      expect(p, "minimum", min.value(), Long.MIN_VALUE, at, missing);
    }
    Max max = annotation(Max.class, declared, type);
    if (max != null) {
      expect(p, "maximum", max.value(), Long.MAX_VALUE, at, missing);
    }
    if (annotation(DecimalMin.class, declared, type) != null
        || annotation(DecimalMax.class, declared, type) != null) {
      missing.add(at + ": a decimal bound this test does not read yet");
    }
    if (type instanceof AnnotatedParameterizedType pt && Collection.class.isAssignableFrom(raw)) {
      AnnotatedType element = pt.getAnnotatedActualTypeArguments()[0];
      value(schemas, p.path("items"), null, element, at + "[]", missing);
    } else if (raw.isRecord()) {
      record(schemas, p, raw, at, missing);
    }
  }

  private static void expect(
      JsonNode p, String keyword, long value, long unbounded, String at, List<String> missing) {
    if (value == unbounded
        || (value == 0 && keyword.startsWith("min") && !keyword.equals("minimum"))) {
      return;
    }
    if (!p.has(keyword) || p.get(keyword).asLong() != value) {
      missing.add(
          at
              + ": "
              + keyword
              + " "
              + value
              + " (document: "
              + (p.has(keyword) ? p.get(keyword).asText() : "none")
              + ")");
    }
  }

  private static <A extends Annotation> A annotation(
      Class<A> kind, AnnotatedElement declared, AnnotatedType type) {
    A onType = type.getAnnotation(kind);
    return onType != null ? onType : declared == null ? null : declared.getAnnotation(kind);
  }

  private static Class<?> raw(AnnotatedType type) {
    Type t = type.getType();
    return t instanceof ParameterizedType pt
        ? (Class<?>) pt.getRawType()
        : t instanceof Class<?> c ? c : Object.class;
  }
}
