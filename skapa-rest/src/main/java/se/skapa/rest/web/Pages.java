package se.skapa.rest.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Session;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.ViolationTexts;
import se.skapa.core.progression.Instrument;

/**
 * What every page needs: rendering, the page frame, the language, the session, and reading forms.
 */
final class Pages {

  static final String LANG_COOKIE = "skapa_lang";
  static final String LOGIN_COOKIE = "skapa_login";
  static final String SESSION = "skapa.session";

  /** The instrument the pages record and show. */
  static final String INSTRUMENT = "skapa";

  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  Page page(Context ctx, Text title) {
    Session s = ctx.attribute(SESSION);
    return new Page(
        lang(ctx),
        Optional.ofNullable(s),
        ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
        title.in(lang(ctx)));
  }

  void render(Context ctx, int status, String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(template, params, out);
    ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** An error as a page. */
  void message(Context ctx, int status, String text) {
    render(ctx, status, "message.jte", Map.of("p", page(ctx, Msg.APP_NAME), "text", text));
  }

  /**
   * A change a page's form asks for: on success the browser goes on to the address the change
   * returns; a refusal is a page naming every fault in the reader's language, never half a change.
   */
  void change(Context ctx, Supplier<String> change) {
    try {
      ctx.redirect(change.get(), io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ValidationException e) {
      Language lang = lang(ctx);
      message(
          ctx,
          422,
          String.join(
              " ",
              e.violations().stream()
                  .map(v -> se.skapa.core.common.ViolationTexts.message(v, lang))
                  .toList()));
    } catch (StoredModeException e) {
      refusal(ctx, e);
    }
  }

  /**
   * A decimal number as a person types it in a form field: {@code 20}, {@code 12,5} or {@code
   * 12.5}.
   */
  static java.math.BigDecimal decimal(String text) {
    try {
      return new java.math.BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw ValidationException.of("", "type", "'" + text + "' is not a number");
    }
  }

  /**
   * One of an enumeration's values, as a form's select sends its name; nothing chosen is {@code
   * required}, anything else unknown names the values there are.
   */
  static <E extends Enum<E>> E choice(Class<E> type, String text) {
    if (text.isBlank()) {
      throw ValidationException.of("", "required", "a value is required");
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(
          "", "type", "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A whole number as a person types it in a form field. */
  static int whole(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw ValidationException.of("", "type", "'" + text + "' is not a valid whole number");
    }
  }

  /** The page for a refusal of a use case. */
  void refusal(Context ctx, StoredModeException e) {
    int status =
        switch (e.kind()) {
          case NOT_FOUND -> 404;
          case FORBIDDEN -> 403;
          default -> 409;
        };
    message(ctx, status, refusalText(e, lang(ctx)));
  }

  /**
   * A use case's refusal as a person reads it: the API's sentence names routes and methods ("…
   * correct that one with PUT instead"), a page says what to do in the reader's language.
   */
  static String refusalText(StoredModeException e, Language lang) {
    return switch (e.kind()) {
      case NOT_FOUND -> Msg.NOT_FOUND.in(lang);
      case FORBIDDEN -> Msg.FORBIDDEN.in(lang);
      case CONFLICT -> Msg.CONFLICT.in(lang);
      case STALE, PRECONDITION_REQUIRED -> Msg.CHANGED_FIRST.in(lang);
      default -> Msg.REFUSED.in(lang);
    };
  }

  // --- helpers ---

  /** A service's name as people know it; its id only for a service no longer listed. */
  static String serviceName(List<se.skapa.app.access.Service> services, se.skapa.app.ServiceId id) {
    return services.stream()
        .filter(x -> x.id().equals(id))
        .map(se.skapa.app.access.Service::name)
        .findFirst()
        .orElse(id.value());
  }

  static String label(Instrument instrument, String key, Language lang) {
    return instrument.indicator(key).map(i -> i.labels().in(lang)).orElse(key);
  }

  static String field(String pointer, Instrument instrument, Language lang) {
    return pointer.startsWith("/scores/")
        ? label(instrument, pointer.substring("/scores/".length()), lang)
        : pointer.substring(1);
  }

  static String describe(Violation v, Instrument instrument, Language lang) {
    String where =
        v.pointer().contains("/scores/")
            ? label(instrument, v.pointer().substring(v.pointer().indexOf("/scores/") + 8), lang)
                + ": "
            : v.pointer().isEmpty()
                ? ""
                : v.pointer().substring(v.pointer().lastIndexOf('/') + 1) + ": ";
    return where + ViolationTexts.message(v, lang);
  }

  static String signed(int gap) {
    return gap > 0 ? "+" + gap : Integer.toString(gap).replace('-', '\u2212');
  }

  static String roles(Set<Role> roles) {
    return String.join(", ", roles.stream().map(Role::code).sorted().toList());
  }

  static Set<Role> roles(Context ctx) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : ctx.formParams("roles")) {
      roles.add(Role.of(r));
    }
    return roles;
  }

  static String form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
  }

  static <T> T field(String pointer, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException e) {
      throw e.under(pointer);
    }
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(
          "/date", "type", "the date must be written YYYY-MM-DD, e.g. 2026-03-01");
    }
  }

  static Pseudonym pathKey(Context ctx, String name) {
    try {
      return Pseudonym.of(ctx.pathParam(name));
    } catch (ValidationException e) {
      throw StoredModeException.notFound("no participant");
    }
  }

  static Session session(Context ctx) {
    Session s = ctx.attribute(SESSION);
    if (s == null) {
      throw new WebRoutes.Redirect("/login");
    }
    return s;
  }

  /**
   * Swedish unless the person chose English with the switch (remembered in a cookie), whatever the
   * browser says.
   */
  static Language lang(Context ctx) {
    return Language.fromTag(ctx.cookie(LANG_COOKIE));
  }

  /** A form post from another site is refused even before its token is checked. */
  static void checkSameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals("null")) {
      String host = ctx.header("Host");
      if (host == null || !(origin.endsWith("://" + host))) {
        throw StoredModeException.forbidden("a form from another site");
      }
    }
  }

  static String secure(Context ctx) {
    return "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))
        ? "; Secure"
        : "";
  }

  static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
