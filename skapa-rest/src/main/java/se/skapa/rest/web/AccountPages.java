package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import se.skapa.app.access.AccountLife;
import se.skapa.app.access.SecondFactor;
import se.skapa.app.access.SecondFactors;
import se.skapa.app.access.Session;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.ViolationTexts;

/** The signed-in person's own account: two-step verification (TOTP) and its recovery codes. */
public final class AccountPages {

  private final Pages pages;
  private final SecondFactors factors;
  private final AccountLife life;

  AccountPages(Pages pages, SecondFactors factors, AccountLife life) {
    this.pages = pages;
    this.factors = factors;
    this.life = life;
  }

  /** The person's own password, changed with the present one. */
  public void changePassword(Context ctx) {
    try {
      life.changeOwnPassword(
          session(ctx),
          java.util.Optional.ofNullable(ctx.formParam("current")).orElse(""),
          java.util.Optional.ofNullable(ctx.formParam("password")).orElse(""));
      render(ctx, 200, "", "", List.of(), "", Msg.PASSWORD_CHANGED.in(lang(ctx)));
    } catch (ValidationException e) {
      render(
          ctx,
          422,
          "",
          "",
          List.of(),
          String.join(
              " ", e.violations().stream().map(v -> ViolationTexts.message(v, lang(ctx))).toList()),
          "");
    }
  }

  public void account(Context ctx) {
    render(ctx, 200, "", "", List.of(), "", "");
  }

  /** Begins enrolment: a new secret, shown as text and as an otpauth URI for the app. */
  public void begin(Context ctx) {
    Session s = session(ctx);
    byte[] secret = factors.begin(s);
    String text = new Base32().encodeToString(secret).replace("=", "");
    String label = s.account().organisation().value() + ":" + s.account().username().value();
    String uri =
        "otpauth://totp/"
            + URLEncoder.encode("SKAPA " + label, StandardCharsets.UTF_8).replace("+", "%20")
            + "?secret="
            + text
            + "&issuer=SKAPA&algorithm=SHA1&digits="
            + SecondFactor.DIGITS
            + "&period="
            + SecondFactor.STEP.getSeconds();
    render(ctx, 200, grouped(text), uri, List.of(), "", "");
  }

  /** Confirms enrolment with the app's first code; shows the recovery codes once. */
  public void confirm(Context ctx) {
    try {
      List<String> codes =
          factors.confirm(
              session(ctx), java.util.Optional.ofNullable(ctx.formParam("code")).orElse(""));
      render(ctx, 200, "", "", codes, "", "");
    } catch (ValidationException e) {
      render(
          ctx,
          422,
          "",
          "",
          List.of(),
          ViolationTexts.message(e.violations().get(0), lang(ctx)),
          "");
    }
  }

  private void render(
      Context ctx,
      int status,
      String secret,
      String uri,
      List<String> codes,
      String error,
      String notice) {
    Session s = session(ctx);
    Map<String, Object> model = new HashMap<>();
    model.put("p", pages.page(ctx, Msg.ACCOUNT));
    SecondFactors.Status standing = factors.status(s);
    model.put("enrolled", standing.enrolled());
    model.put("required", standing.required());
    model.put("secret", secret);
    model.put("uri", uri);
    model.put("codes", codes);
    model.put("error", error);
    model.put("notice", notice);
    pages.render(ctx, status, "account.jte", model);
  }

  /** The key in groups of four, as authenticator apps accept it typed. */
  private static String grouped(String base32) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < base32.length(); i += 4) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(base32, i, Math.min(base32.length(), i + 4));
    }
    return b.toString();
  }
}
