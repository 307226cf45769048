package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.IdentityProvider;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.SingleSignOn;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.rest.http.ClientAddress;

/** Signing in and out, the language switch and the stylesheet. */
public final class SignInPages {

  private final Pages pages;
  private final Accounts accounts;
  private final ClientAddress address;
  private final SingleSignOn sso;

  SignInPages(
      Pages pages,
      Accounts accounts,
      ClientAddress address,
      SingleSignOn sso,
      Organisations organisations) {
    this.organisations = organisations;
    this.pages = pages;
    this.accounts = accounts;
    this.address = address;
    this.sso = sso;
  }

  private final Organisations organisations;

  /** The organisation's provider, for a sign-in page that names the organisation. */
  private Optional<IdentityProvider> provider(String org) {
    try {
      return org.isBlank() ? Optional.empty() : sso.provider(organisation(org));
    } catch (ValidationException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * The organisation typed at sign-in, by its id or its name; what matches neither goes on as
   * typed, to fail as any wrong sign-in does (with the same throttling and the same words).
   */
  private OrganisationId organisation(String typed) {
    return organisations.signInId(typed).orElseGet(() -> OrganisationId.of(typed.strip()));
  }

  public void root(Context ctx) {
    ctx.redirect(
        accounts.session(ctx.cookie(WebRoutes.SESSION_COOKIE)).isPresent() ? "/app" : "/login",
        HttpStatus.SEE_OTHER);
  }

  public void stylesheet(Context ctx) {
    try (var in = WebRoutes.class.getResourceAsStream("/skapa/web/skapa.css")) {
      ctx.header("Cache-Control", "max-age=3600");
      ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException("missing stylesheet", e);
    }
  }

  public void language(Context ctx) {
    Language lang = Language.fromTag(ctx.pathParam("tag"));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            LANG_COOKIE
                + "="
                + lang.tag()
                + "; Path=/; Max-Age=31536000; SameSite=Lax"
                + secure(ctx));
    String back = Optional.ofNullable(ctx.queryParam("back")).orElse("/");
    ctx.redirect(localPath(back) ? back : "/", HttpStatus.SEE_OTHER);
  }

  /**
   * Only a path of this server: never an open redirect. Browsers drop tabs and line breaks from a
   * Location and read a backslash as a slash, so {@code /\t/evil.com} is {@code //evil.com}:
   * whitespace, control characters and backslashes anywhere refuse it, as a second slash first
   * does.
   */
  static boolean localPath(String target) {
    if (!target.startsWith("/") || target.startsWith("//")) {
      return false;
    }
    return target
        .chars()
        .noneMatch(c -> c <= ' ' || c == 0x7f || c == '\\' || Character.isWhitespace(c));
  }

  public void loginPage(Context ctx) {
    String token = token();
    ctx.res()
        .addHeader(
            "Set-Cookie",
            LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict" + secure(ctx));
    String org = Optional.ofNullable(ctx.queryParam("org")).orElse("");
    Optional<IdentityProvider> provider = provider(org);
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("p", pages.page(ctx, Msg.SIGN_IN));
    model.put("csrf", token);
    model.put("error", "");
    model.put("org", echo(org));
    model.put("username", "");
    model.put(
        "notice",
        ctx.queryParam("signedOut") != null
            ? Msg.SIGNED_OUT.in(lang(ctx))
            : ctx.queryParam("expired") != null ? Msg.SESSION_EXPIRED.in(lang(ctx)) : "");
    model.put("back", back(ctx.queryParam("back")));
    model.put(
        "sso",
        provider
            .map(
                x ->
                    "/login/oidc?org="
                        + java.net.URLEncoder.encode(
                            x.organisation().value(), StandardCharsets.UTF_8))
            .orElse(""));
    model.put("passwords", provider.map(IdentityProvider::passwordsAllowed).orElse(true));
    pages.render(ctx, 200, "login.jte", model);
  }

  public void login(Context ctx) {
    checkSameOrigin(ctx);
    String org = Optional.ofNullable(ctx.formParam("org")).orElse("").strip();
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String cookie = Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).orElse("");
    String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
    try {
      if (cookie.isEmpty()
          || !MessageDigest.isEqual(
              cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
        throw StoredModeException.signInFailed("stale form");
      }
      Accounts.SignedIn in =
          accounts.signIn(
              organisation(org),
              Pseudonym.of(username),
              ctx.formParam("password"),
              ctx.formParam("code"),
              address.of(ctx));
      ctx.res()
          .addHeader(
              "Set-Cookie",
              WebRoutes.SESSION_COOKIE
                  + "="
                  + in.token()
                  + "; Path=/; HttpOnly; SameSite=Lax"
                  + secure(ctx));
      ctx.redirect(back(ctx.formParam("back")), HttpStatus.SEE_OTHER);
    } catch (StoredModeException | ValidationException e) {
      String token = token();
      ctx.res()
          .addHeader(
              "Set-Cookie",
              LOGIN_COOKIE
                  + "="
                  + token
                  + "; Path=/login; HttpOnly; SameSite=Strict"
                  + secure(ctx));
      pages.render(
          ctx,
          401,
          "login.jte",
          Map.of(
              "p",
              pages.page(ctx, Msg.SIGN_IN),
              "csrf",
              token,
              "error",
              Msg.SIGN_IN_FAILED.in(lang(ctx)),
              "org",
              echo(org),
              "username",
              echo(username),
              "notice",
              "",
              "back",
              back(ctx.formParam("back"))));
    }
  }

  /** Where to go after signing in: a page of the app, never another site. */
  public static String back(@org.jspecify.annotations.Nullable String asked) {
    return asked != null && asked.startsWith("/app") && localPath(asked) ? asked : "/app";
  }

  /** What the form shows again of what was typed: never something shaped like a personnummer. */
  private static String echo(String typed) {
    return Pseudonym.looksLikePersonalIdentityNumber(typed) ? "" : typed;
  }

  public void logout(Context ctx) {
    accounts.signOut(ctx.cookie(WebRoutes.SESSION_COOKIE));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            WebRoutes.SESSION_COOKIE
                + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + secure(ctx));
    ctx.redirect("/login?signedOut", HttpStatus.SEE_OTHER);
  }
}
