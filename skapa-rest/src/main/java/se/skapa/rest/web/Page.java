package se.skapa.rest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import se.skapa.app.Role;
import se.skapa.app.access.Session;
import se.skapa.core.common.Language;

/**
 * What every page needs: the language, the signed-in person (if any) and their form token, the path
 * (for the language switch) and a title.
 */
public record Page(Language lang, Optional<Session> session, String path, String title) {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  public String t(Text m) {
    return m.in(lang);
  }

  public String tag() {
    return lang.tag();
  }

  public String otherTag() {
    return lang == Language.SV ? "en" : "sv";
  }

  /** This page's path and query, URL-encoded, for the language switch to come back to. */
  public String back() {
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  public boolean signedIn() {
    return session.isPresent();
  }

  public String username() {
    return session.map(s -> s.account().username().value()).orElse("");
  }

  public String organisation() {
    return session.map(s -> s.account().organisation().value()).orElse("");
  }

  public String csrf() {
    return session.map(Session::csrf).orElse("");
  }

  public boolean has(String role) {
    return session.map(s -> s.account().roles().contains(Role.of(role))).orElse(false);
  }

  /** A number as the language writes it: {@code 1,5} in Swedish, {@code 1.5} in English. */
  public String number(double value) {
    return String.format(lang == Language.SV ? SWEDISH : Locale.ROOT, "%.1f", value);
  }

  /** A share 0–1 as a percentage: {@code 62,5 %} in Swedish, {@code 62.5%} in English. */
  public String percent(double share) {
    String n = number(share * 100);
    return lang == Language.SV ? n + "\u00a0%" : n + "%";
  }
}
