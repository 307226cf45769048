package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.Role;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.AccountLife;
import se.skapa.app.access.Accounts;
import se.skapa.app.access.IssuedKey;
import se.skapa.app.access.Organisations;
import se.skapa.app.access.Session;
import se.skapa.app.access.Settings;
import se.skapa.app.access.UserAccount;
import se.skapa.app.audit.AuditEntry;
import se.skapa.app.audit.AuditTrail;
import se.skapa.app.audit.Erasure;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.ViolationTexts;

/** An admin's page: services, accounts, keys, erasure, today's log. */
public final class AdminPages {

  private final Pages pages;
  private final Accounts accounts;
  private final Organisations organisations;
  private final Erasure erasure;
  private final AuditTrail audit;
  private final Clock clock;
  private final ZoneId zone;
  private final AccountLife life;
  private final Settings settings;

  AdminPages(
      Pages pages,
      Accounts accounts,
      Organisations organisations,
      Erasure erasure,
      AuditTrail audit,
      Clock clock,
      ZoneId zone,
      AccountLife life,
      Settings settings) {
    this.life = life;
    this.settings = settings;
    this.pages = pages;
    this.accounts = accounts;
    this.organisations = organisations;
    this.erasure = erasure;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
  }

  public void admin(Context ctx) {
    adminPage(ctx, 200, "", "", List.of());
  }

  public void adminPost(Context ctx) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    OrganisationId org = me.organisation();
    Language lang = lang(ctx);
    String what = ctx.pathParam("what");
    String newKey = "";
    String message = Msg.SAVED.in(lang);
    try {
      switch (what) {
        case "services" ->
            organisations.createService(
                me, org, field("/id", () -> ServiceId.of(form(ctx, "id"))), form(ctx, "name"));
        case "users" ->
            accounts.createUser(
                me,
                org,
                field("/username", () -> Pseudonym.of(form(ctx, "username"))),
                ctx.formParam("password"),
                roles(ctx),
                services(ctx));
        case "keys" -> {
          IssuedKey k =
              organisations.issueKey(
                  me,
                  org,
                  field("/holder", () -> Pseudonym.of(form(ctx, "holder"))),
                  roles(ctx),
                  services(ctx));
          newKey = k.secret();
        }
        case "revoke" -> organisations.revokeKey(me, org, KeyId.parse(form(ctx, "key")));
        case "password" ->
            life.resetPassword(
                me,
                org,
                field("/username", () -> Pseudonym.of(form(ctx, "username"))),
                ctx.formParam("password"));
        case "disable", "enable" ->
            life.setDisabled(
                me,
                org,
                field("/username", () -> Pseudonym.of(form(ctx, "username"))),
                what.equals("disable"));
        case "unlock" -> {
          int forgotten =
              accounts.unlock(
                  me, org, field("/username", () -> Pseudonym.of(form(ctx, "username"))));
          message = Msg.UNLOCKED.in(lang) + " " + forgotten;
        }
        case "erase" -> {
          String key = form(ctx, "participant");
          if (!key.equals(form(ctx, "confirm"))) {
            throw ValidationException.of("/confirm", "confirm", Msg.ERASE_MISMATCH.in(lang));
          }
          int rows = erasure.erase(me, org, field("/participant", () -> Pseudonym.of(key)));
          message = Msg.ERASED.in(lang) + " " + rows;
        }
        default -> throw StoredModeException.notFound("no admin action " + what);
      }
      adminPage(ctx, 200, newKey, message, List.of());
    } catch (ValidationException e) {
      adminPage(
          ctx,
          422,
          "",
          "",
          e.violations().stream().map(v -> ViolationTexts.message(v, Pages.lang(ctx))).toList());
    } catch (StoredModeException e) {
      if (e.kind() == StoredModeException.Kind.FORBIDDEN) {
        throw e;
      }
      adminPage(
          ctx,
          e.kind() == StoredModeException.Kind.CONFLICT ? 409 : 404,
          "",
          "",
          List.of(Pages.refusalText(e, lang)));
    }
  }

  /**
   * The services ticked on a form: a key or account limited to them (secrecy between services);
   * none ticked, every service.
   */
  private static java.util.Optional<java.util.Set<ServiceId>> services(Context ctx) {
    java.util.Set<ServiceId> ticked = new java.util.HashSet<>();
    for (String id : ctx.formParams("services")) {
      ticked.add(field("/services", () -> ServiceId.of(id)));
    }
    return ticked.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ticked);
  }

  private void adminPage(
      Context ctx, int status, String newKey, String message, List<String> errors) {
    Session s = session(ctx);
    Actor me = s.account().actor();
    OrganisationId org = me.organisation();
    Language lang = lang(ctx);
    List<List<String>> services =
        organisations.services(me, org).stream()
            .map(x -> List.of(x.id().value(), x.name()))
            .toList();
    java.util.Set<Pseudonym> off = java.util.Set.copyOf(life.disabled(me, org));
    List<UserAccount> accountList = accounts.users(me, org);
    List<List<String>> users =
        accountList.stream()
            .map(
                u ->
                    List.of(
                        u.username().value(),
                        roles(u.roles())
                            + u.services()
                                .map(
                                    set ->
                                        " ("
                                            + String.join(
                                                ", ",
                                                set.stream()
                                                    .map(ServiceId::value)
                                                    .sorted()
                                                    .toList())
                                            + ")")
                                .orElse(""),
                        off.contains(u.username()) ? "disabled" : "active"))
            .toList();
    List<Views.KeyRow> keys =
        organisations.keys(me, org).stream()
            .map(
                k ->
                    new Views.KeyRow(
                        k.id().toString(),
                        k.holder().value(),
                        roles(k.roles()),
                        k.lastUsed().map(t -> WHEN.format(t.atZone(zone))).orElse("–"),
                        k.revoked().isPresent()))
            .toList();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    // Today's lines without the admin's own reads, which each view of this page adds.
    List<AuditEntry> lines =
        audit
            .read(
                me,
                org,
                today,
                today,
                0,
                new se.skapa.app.audit.AuditFilter(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(me.holder().value())))
            .lines();
    List<List<String>> auditRows = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0 && auditRows.size() < 50; i--) {
      AuditEntry e = lines.get(i);
      auditRows.add(
          List.of(
              WHEN.format(e.at().atZone(zone)),
              e.holder(),
              AuditActions.label(e.action(), lang),
              e.participant().map(Pseudonym::value).orElse("–"),
              e.rows().map(String::valueOf).orElse("")));
    }
    Views.Table auditTable =
        new Views.Table(
            Msg.AUDIT.in(lang) + " (" + today + ")",
            List.of(
                Msg.WHEN.in(lang),
                Msg.WHO.in(lang),
                Msg.WHAT.in(lang),
                Msg.PARTICIPANT.in(lang),
                Msg.ROWS.in(lang)),
            auditRows);
    pages.render(
        ctx,
        status,
        "admin.jte",
        Map.of(
            "p",
            pages.page(ctx, Msg.ADMIN),
            "a",
            new Views.AdminView(
                next(me, services.isEmpty(), accountList, lang),
                services,
                users,
                keys,
                auditTable,
                newKey,
                message,
                errors)));
  }

  /**
   * What an admin does next, in the order a new organisation needs it: services, then handledare's
   * accounts, then the accessibility statement's contact; then where the work goes on. Each step a
   * sentence and the address that does it.
   */
  private List<List<String>> next(
      Actor me, boolean noServices, List<UserAccount> users, Language lang) {
    List<List<String>> out = new ArrayList<>();
    if (noServices) {
      out.add(List.of(SettingsText.NEXT_SERVICES.in(lang), "#services"));
    }
    if (users.stream().noneMatch(u -> u.roles().contains(Role.HANDLEDARE))) {
      out.add(List.of(SettingsText.NEXT_ACCOUNTS.in(lang), "#accounts"));
    }
    if (settings.settings(me, me.organisation()).settings().accessibilityContact().isEmpty()) {
      out.add(List.of(SettingsText.NEXT_CONTACT.in(lang), "/app/admin/settings"));
    }
    if (out.isEmpty()) {
      out.add(List.of(SettingsText.NEXT_IMPORT.in(lang), "/app/import"));
      out.add(List.of(SettingsText.NEXT_REPORTS.in(lang), "/app/reports"));
    }
    return out;
  }
}
