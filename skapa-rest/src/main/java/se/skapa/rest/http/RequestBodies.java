package se.skapa.rest.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.javalin.http.Context;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;

/**
 * Reads a request body: content type, size limit, JSON syntax, types, then Bean Validation. Each
 * failure becomes the matching problem (415, 413, 400, 422); nothing reaches a handler unless the
 * whole body is well-formed and every annotated constraint holds.
 */
public final class RequestBodies {

  private static final int DRAIN_FACTOR = 8;
  private static final String BODY = "skapa.body";

  private final ObjectMapper mapper;
  private final Validator validator;
  private final long maxBytes;

  static {
    // Hibernate Validator logs through JBoss Logging, which would pick java.util.logging and its
    // second format.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  public RequestBodies(ObjectMapper mapper, long maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
    // No EL implementation is on the class path: interpolate messages with parameters only.
    this.validator =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  public <T> T read(Context ctx, Class<T> type) {
    // The body is read (within the limit) before anything is refused, so the connection stays
    // usable.
    byte[] body = bytes(ctx);
    ctx.attribute(BODY, body);
    String contentType = ctx.header("Content-Type");
    // -1 keeps empty parts: "Content-Type: ;" splits into two empty strings, not into nothing.
    String[] parts = contentType == null ? new String[] {""} : contentType.split(";", -1);
    if (!isJson(parts[0])) {
      throw ApiException.unsupportedMediaType(contentType);
    }
    String charset = charset(parts);
    if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
      throw ApiException.notUtf8(
          "the body is declared as charset="
              + shorten(charset)
              + "; send JSON as UTF-8 (RFC 8259)");
    }
    if (body.length == 0) {
      throw ApiException.malformed("the request body is empty; send a JSON object");
    }
    ListCaps.check(mapper, type, body);
    T value;
    // Unknown fields are collected, not thrown at the first: "member" is reported together with the
    // missing
    // "members" (and the suggestion), and with every other broken rule of the body.
    UnknownFields unknown = new UnknownFields();
    try {
      value = mapper.readerFor(type).withHandler(unknown).readValue(body);
    } catch (IOException e) {
      throw JsonRefusals.of(e, body);
    }
    if (value == null) {
      throw ApiException.malformed("the body is JSON null; send a JSON object");
    }
    NulCharacters.json(body, mapper);
    List<Problem.ProblemError> errors = new ArrayList<>(unknown.errors);
    for (ConstraintViolation<T> v : validator.validate(value)) {
      errors.add(new Problem.ProblemError(pointer(v.getPropertyPath()), rule(v), message(v)));
    }
    if (!errors.isEmpty()) {
      errors.sort(
          Comparator.comparing(Problem.ProblemError::pointer)
              .thenComparing(Problem.ProblemError::rule));
      throw new ApiException(Problem.validation(errors));
    }
    return value;
  }

  /**
   * A broken Bean Validation constraint in words: an absent field is "required", not "must not be
   * null".
   */
  private static String message(ConstraintViolation<?> v) {
    String field = fieldName(v.getPropertyPath());
    if (v.getInvalidValue() == null && rule(v).equals("required")) {
      return field + " is required";
    }
    return field + " " + v.getMessage();
  }

  /**
   * Collects every unknown field with its pointer, and the known field it is probably meant to be.
   */
  private static final class UnknownFields extends DeserializationProblemHandler {
    private final List<Problem.ProblemError> errors = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(
        DeserializationContext ctxt,
        JsonParser p,
        JsonDeserializer<?> deserializer,
        Object bean,
        String name)
        throws IOException {
      // The parser may already be inside the unknown value: the field is the nearest object naming
      // it.
      JsonStreamContext context = p.getParsingContext();
      while (context != null && !(context.inObject() && name.equals(context.getCurrentName()))) {
        context = context.getParent();
      }
      String at = where(context);
      String suggestion = Suggestions.closest(name, deserializer.getKnownPropertyNames());
      errors.add(
          new Problem.ProblemError(
              at,
              "unknown-field",
              "unknown field '"
                  + shorten(name)
                  + "'"
                  + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")));
      p.skipChildren();
      return true;
    }
  }

  /** The JSON pointer of the parser's current position. */
  static String where(@Nullable JsonStreamContext context) {
    ArrayDeque<String> tokens = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        tokens.push(Pointer.token(c.getCurrentName()));
      } else if (c.inArray()) {
        tokens.push(Integer.toString(Math.max(0, c.getCurrentIndex())));
      }
    }
    StringBuilder b = new StringBuilder();
    tokens.forEach(t -> b.append('/').append(t));
    return b.toString();
  }

  /**
   * Reads a body of one media type (e.g. {@code text/csv}) as bytes, within the size limit.
   *
   * @throws ApiException 415 for another content type, 413 over the limit, 400 when empty
   */
  public byte[] raw(Context ctx, String mediaType) {
    return raw(ctx, mediaType, maxBytes, "SKAPA_MAX_BODY_BYTES");
  }

  /**
   * As {@link #raw(Context, String)}, with a limit of its own: a file upload is not a JSON body.
   *
   * @param ctx the request
   * @param mediaType the one media type accepted
   * @param limit the largest body read
   * @param setting the variable that sets the limit, named in a 413
   * @return the body
   */
  public byte[] raw(Context ctx, String mediaType, long limit, String setting) {
    byte[] body = bytes(ctx, limit, setting);
    String contentType = ctx.header("Content-Type");
    String base =
        contentType == null ? "" : contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
    if (!base.equals(mediaType)) {
      throw new ApiException(
          Problem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "send the body as "
                  + mediaType
                  + ", not "
                  + (contentType == null ? "without a content type" : shorten(contentType))));
    }
    if (body.length == 0) {
      throw new ApiException(
          Problem.of(400, "empty", "Empty body", "the request body is empty; send the file"));
    }
    return body;
  }

  /**
   * SHA-256 (hex) of the body {@link #read} read: tells a retried request from a different one.
   *
   * @throws IllegalStateException if no body was read
   */
  public static String fingerprint(Context ctx) {
    byte[] body = ctx.attribute(BODY);
    if (body == null) {
      throw new IllegalStateException("no body was read");
    }
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * Writes a JSON answer as UTF-8 bytes straight from Jackson: going through a String first (as
   * {@code ctx.json} does) costs a second encoding pass on every response.
   */
  public void json(Context ctx, Object body) {
    try {
      ctx.contentType("application/json").result(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response could not be written as JSON", e);
    }
  }

  private byte[] bytes(Context ctx) {
    return bytes(ctx, maxBytes, "SKAPA_MAX_BODY_BYTES");
  }

  private byte[] bytes(Context ctx, long maxBytes, String setting) {
    try (InputStream in = ctx.req().getInputStream()) {
      long declared = ctx.req().getContentLengthLong();
      if (declared > maxBytes) {
        drain(in);
        throw ApiException.tooLarge(maxBytes, setting);
      }
      if (declared >= 0) {
        // The usual case: a declared length within the limit is read into one exact array.
        byte[] body = in.readNBytes((int) declared);
        if (body.length < declared) {
          throw ApiException.malformed(
              "the body ended after " + body.length + " of " + declared + " declared bytes");
        }
        return body;
      }
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        drain(in);
        throw ApiException.tooLarge(maxBytes, setting);
      }
      return body;
    } catch (IOException e) {
      throw ApiException.malformed("the body could not be read: " + e.getMessage());
    }
  }

  /**
   * Reads and discards what is left of an over-large body, up to a bound, so that a client still
   * writing its body receives the 413 instead of a broken connection. Beyond the bound the
   * connection is closed: reading without limit would let one request occupy the server.
   */
  /**
   * Reads and drops the body of a route that takes none, as {@link #read} reads one before it
   * refuses anything: answered early, a body left unread made the server close the connection while
   * the client was still sending, and the client saw no answer at all (JunkTest).
   *
   * @param ctx the request
   */
  public void discard(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      drain(in);
    } catch (IOException clientGone) {
      // Nothing to answer to: the client closed the connection.
    }
  }

  private void drain(InputStream in) throws IOException {
    long budget = Math.min(Long.MAX_VALUE / 2, maxBytes) * DRAIN_FACTOR;
    byte[] sink = new byte[8192];
    int n;
    while (budget > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, budget))) > 0) {
      budget -= n;
    }
  }

  /**
   * Echoes at most 80 characters of a rejected value: the answer must stay small whatever was sent.
   */
  static String shorten(String value) {
    value = Pseudonym.redact(value);
    return value.length() <= 80 ? value : value.substring(0, 77) + "...";
  }

  /**
   * The declared charset in lower case, or null; {@code parts} is the content type split at ';'.
   */
  private static @Nullable String charset(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        return p.substring("charset=".length()).replace("\"", "").trim();
      }
    }
    return null;
  }

  private static boolean isJson(String mediaType) {
    String base = mediaType.trim().toLowerCase(Locale.ROOT);
    return base.equals("application/json")
        || (base.startsWith("application/") && base.endsWith("+json"));
  }

  private static String pointer(Path path) {
    // Hibernate Validator puts a list index on the node *inside* the list: participants[0].key is
    // the nodes "participants" and "key" (index 0), so the index goes before the name.
    StringBuilder b = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        b.append('/')
            .append(
                node.getIndex() != null
                    ? String.valueOf(node.getIndex())
                    : Pointer.token(String.valueOf(node.getKey())));
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        b.append('/').append(Pointer.token(node.getName()));
      }
    }
    return b.toString();
  }

  private static String fieldName(Path path) {
    String name = "value";
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY && node.getName() != null) {
        name = node.getName();
      }
    }
    return name;
  }

  private static String rule(ConstraintViolation<?> v) {
    String annotation =
        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return switch (annotation) {
      case "NotNull", "NotBlank", "NotEmpty" -> "required";
      case "Min", "Max", "DecimalMin", "DecimalMax", "PositiveOrZero", "Positive", "Digits" ->
          "range";
      case "Size" -> "size";
      case "Pattern" -> "format";
      default -> annotation.toLowerCase(Locale.ROOT);
    };
  }
}
