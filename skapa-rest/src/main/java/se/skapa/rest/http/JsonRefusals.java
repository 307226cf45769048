package se.skapa.rest.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;

/**
 * What a body Jackson could not read is answered: the problem located where it can be (a JSON
 * pointer, a line and column), in words a caller can act on, never Jackson's internals.
 */
final class JsonRefusals {

  private JsonRefusals() {}

  /** The problem for a body Jackson could not read, located where it can be. */
  static RuntimeException of(IOException failure, byte[] body) {
    // Checked only after a failure, so a good body pays nothing: a legacy system's Latin-1 'å'
    // otherwise surfaces as Jackson's "Invalid UTF-8 middle byte" somewhere inside a string.
    int bad = firstMalformedUtf8(body);
    if (bad >= 0) {
      return ApiException.malformed(
          String.format(
              Locale.ROOT,
              "the body is not UTF-8 (byte 0x%02X at offset %d): send JSON as "
                  + "UTF-8 (RFC 8259); text saved as Latin-1 or Windows-1252 breaks on å, ä and ö",
              body[bad] & 0xFF,
              bad));
    }
    if (failure instanceof StreamConstraintsException e) {
      return ApiException.malformed(
          "the JSON is nested too deeply or has an over-long value: " + e.getOriginalMessage());
    }
    if (failure instanceof JsonMappingException e) {
      return mapping(e);
    }
    if (failure instanceof InputCoercionException e) {
      return invalid(
          RequestBodies.where(
              e.getProcessor() == null
                  ? null
                  : ((JsonParser) e.getProcessor()).getParsingContext()),
          "range",
          "the number is too large for this field");
    }
    if (failure instanceof JsonParseException e) {
      return syntax(
          e,
          e.getProcessor() == null
              ? ""
              : RequestBodies.where(e.getProcessor().getParsingContext()));
    }
    if (failure instanceof JsonProcessingException e) {
      return ApiException.malformed(e.getOriginalMessage());
    }
    return ApiException.malformed("the body could not be read: " + failure.getMessage());
  }

  /** A body that is JSON but does not fit the request's types. */
  private static RuntimeException mapping(JsonMappingException failure) {
    if (failure instanceof UnrecognizedPropertyException e) {
      return invalid(pointer(e), "unknown-field", "unknown field '" + e.getPropertyName() + "'");
    }
    if (failure instanceof InvalidFormatException e
        && e.getTargetType() != null
        && e.getTargetType().isEnum()) {
      String value = String.valueOf(e.getValue());
      List<Object> allowed = List.of(e.getTargetType().getEnumConstants());
      String closest = Suggestions.closest(value, allowed);
      return invalid(
          pointer(e),
          "type",
          "'"
              + RequestBodies.shorten(value)
              + "' is not one of "
              + allowed.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + (closest == null ? "" : "; did you mean '" + closest + "'?"));
    }
    if (failure instanceof InvalidFormatException e) {
      String value = String.valueOf(e.getValue());
      String hint =
          e.getTargetType() == LocalDate.class
              ? ": a date is written YYYY-MM-DD, without a time"
              : numberHint(value, e.getTargetType());
      return invalid(
          pointer(e),
          "type",
          "'"
              + RequestBodies.shorten(value)
              + "' is not a valid "
              + simpleName(e.getTargetType())
              + hint);
    }
    if (failure.getCause() instanceof InputCoercionException) {
      JsonMappingException e = failure;
      return invalid(
          pointer(e),
          "range",
          "the number is too large for "
              + (e.getPath().isEmpty()
                  ? "this field"
                  : "'" + e.getPath().get(e.getPath().size() - 1).getFieldName() + "'"));
    }
    if (failure instanceof ValueInstantiationException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ValidationException ve) {
        return ve.under(pointer(e));
      }
      return invalid(
          pointer(e), "value", cause == null ? e.getOriginalMessage() : cause.getMessage());
    }
    if (failure instanceof MismatchedInputException e) {
      return mismatched(e);
    }
    // Databind wraps a syntax error met inside a value with the path to it.
    if (failure.getCause() instanceof JsonParseException syntax) {
      return syntax(syntax, pointer(failure));
    }
    return invalid(pointer(failure), "type", failure.getOriginalMessage());
  }

  /** A value of another JSON type than the field takes; with a hint for a number sent as text. */
  private static RuntimeException mismatched(MismatchedInputException e) {
    String expected = e.getTargetType() == null ? "another type" : simpleName(e.getTargetType());
    String given = "";
    try {
      given =
          e.getProcessor() instanceof JsonParser p && p.currentToken() == JsonToken.VALUE_STRING
              ? p.getText()
              : "";
    } catch (IOException unreadable) {
      // no hint then
    }
    if (given.isEmpty()) {
      // A refused coercion names the string it was given in its message, and nowhere else.
      Matcher m =
          Pattern.compile("String value \\(\"([^\"]{1,40})\"\\)")
              .matcher(String.valueOf(e.getOriginalMessage()));
      given = m.find() ? m.group(1) : "";
    }
    return invalid(
        pointer(e), "type", "expected " + expected + numberHint(given, e.getTargetType()));
  }

  /**
   * Malformed JSON: where (line, column and the pointer reached), never Jackson's internal source
   * description.
   */
  private static ApiException syntax(JsonParseException e, String at) {
    JsonLocation l = e.getLocation();
    String where = l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    String what = e.getOriginalMessage().replaceAll("\\s*\\n.*", "");
    return new ApiException(
        Problem.of(
            400,
            "malformed",
            "Malformed request",
            "the body is not valid JSON"
                + where
                + (at.isEmpty() ? "" : " (at " + at + ")")
                + ": "
                + RequestBodies.shorten(what),
            List.of(
                new Problem.ProblemError(
                    at,
                    "syntax",
                    "not valid JSON" + where + (at.isEmpty() ? "" : ", inside " + at)))));
  }

  /** For a number sent as text ("32,5" or "32.5"): how to send it; empty otherwise. */
  private static String numberHint(String given, Class<?> target) {
    if (target == null
        || !Number.class.isAssignableFrom(boxed(target))
        || !given.matches("[-−]?\\d+([,.]\\d+)?")) {
      return "";
    }
    return ": send "
        + given.replace(',', '.').replace('−', '-')
        + " as a JSON number, with a decimal point"
        + (given.contains(",") ? " (not the Swedish decimal comma)" : "");
  }

  private static Class<?> boxed(Class<?> type) {
    return type == double.class
        ? Double.class
        : type == int.class ? Integer.class : type == long.class ? Long.class : type;
  }

  /** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
  private static int firstMalformedUtf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  static ApiException invalid(String pointer, String rule, @Nullable String message) {
    return new ApiException(
        Problem.validation(
            List.of(new Problem.ProblemError(pointer, rule, String.valueOf(message)))));
  }

  static String pointer(JacksonException e) {
    if (!(e instanceof JsonMappingException m)) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        b.append('/').append(Pointer.token(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        b.append('/').append(r.getIndex());
      }
    }
    return b.toString();
  }

  static String simpleName(Class<?> type) {
    if (type.isEnum()) {
      return "value (one of " + Arrays.toString(type.getEnumConstants()) + ")";
    }
    return switch (type.getSimpleName()) {
      case "int", "Integer", "long", "Long" -> "whole number";
      case "BigDecimal", "double", "Double" -> "number";
      case "LocalDate" -> "date (YYYY-MM-DD)";
      case "String" -> "string";
      case "List" -> "array";
      case "Map" -> "object";
      default ->
          type.getSimpleName().endsWith("Request") || type.getSimpleName().endsWith("Dto")
              ? "object"
              : type.getSimpleName();
    };
  }
}
