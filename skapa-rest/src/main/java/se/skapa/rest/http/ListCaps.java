package se.skapa.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.skapa.core.common.ValidationException;

/**
 * A body's top-level lists held to their {@code @Size(max)} before the body is bound: counting the
 * elements of a 110 MB list costs a streaming pass, binding them first cost 1.6 GB and seconds
 * before the refusal. Malformed JSON is left to the binder, which names its place.
 */
final class ListCaps {

  private static final Map<Class<?>, Map<String, Size>> CAPS = new ConcurrentHashMap<>();

  private ListCaps() {}

  /**
   * @throws ValidationException rule {@code size} naming the list, when it holds more than its
   *     maximum
   */
  static void check(ObjectMapper mapper, Class<?> type, byte[] body) {
    Map<String, Size> caps = CAPS.computeIfAbsent(type, ListCaps::caps);
    if (caps.isEmpty()) {
      return;
    }
    try (JsonParser p = mapper.getFactory().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        Size size = caps.get(name);
        if (size != null && value == JsonToken.START_ARRAY) {
          int n = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            if (++n > size.max()) {
              // The words of Bean Validation's own message, so both read alike in either language.
              throw ValidationException.of(
                  "/" + name, "size", "size must be between " + size.min() + " and " + size.max());
            }
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (IOException malformed) {
      // The binder reads it again and names the place.
    }
  }

  private static Map<String, Size> caps(Class<?> type) {
    Map<String, Size> out = new HashMap<>();
    if (!type.isRecord()) {
      return out;
    }
    for (RecordComponent c : type.getRecordComponents()) {
      if (!List.class.isAssignableFrom(c.getType())) {
        continue;
      }
      Size size = c.getAnnotatedType().getAnnotation(Size.class);
      if (size == null) {
        size = c.getAccessor().getAnnotation(Size.class);
      }
      if (size == null) {
        try {
          size = type.getDeclaredField(c.getName()).getAnnotation(Size.class);
        } catch (NoSuchFieldException e) {
          // A record's component always has its field.
        }
      }
      if (size != null) {
        out.put(c.getName(), size);
      }
    }
    return out;
  }
}
