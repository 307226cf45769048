package se.skapa.rest.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import se.skapa.app.Accounts;
import se.skapa.app.Actor;
import se.skapa.app.ApiKey;
import se.skapa.app.AuditEntry;
import se.skapa.app.AuditTrail;
import se.skapa.app.Change;
import se.skapa.app.Erasure;
import se.skapa.app.FollowUp;
import se.skapa.app.IssuedKey;
import se.skapa.app.KeyId;
import se.skapa.app.MeasurementId;
import se.skapa.app.Measurements;
import se.skapa.app.OrganisationId;
import se.skapa.app.Organisations;
import se.skapa.app.Progression;
import se.skapa.app.Role;
import se.skapa.app.Service;
import se.skapa.app.ServiceId;
import se.skapa.app.Session;
import se.skapa.app.StoredMeasurement;
import se.skapa.app.StoredModeException;
import se.skapa.app.UserAccount;
import se.skapa.core.chart.SpiderChart;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.CohortIndicator;
import se.skapa.core.progression.CohortReport;
import se.skapa.core.progression.FollowUpStatus;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.RatingGap;
import se.skapa.core.progression.Respondent;

/**
 * The pages for handledare, enhetschefer and admins: server-rendered HTML that works without
 * JavaScript. Translation only, like the REST routes: every rule lives in the use cases and core.
 */
public final class WebRoutes {

    public static final String SESSION_COOKIE = "skapa_session";
    private static final String LANG_COOKIE = "skapa_lang";
    private static final String LOGIN_COOKIE = "skapa_login";
    private static final String SESSION = "skapa.session";
    private static final String INSTRUMENT = "skapa";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The strictest policy the pages allow: no script at all, styles from this server only. */
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Accounts accounts;
    private final Organisations organisations;
    private final Measurements measurements;
    private final Progression progression;
    private final Erasure erasure;
    private final AuditTrail audit;
    private final InstrumentCatalog catalog;
    private final Clock clock;
    private final ZoneId zone;

    public WebRoutes(Accounts accounts, Organisations organisations, Measurements measurements, Progression progression, Erasure erasure,
                     AuditTrail audit, InstrumentCatalog catalog, Clock clock, ZoneId zone) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.measurements = measurements;
        this.progression = progression;
        this.erasure = erasure;
        this.audit = audit;
        this.catalog = catalog;
        this.clock = clock;
        this.zone = zone;
    }

    /** True for the paths the pages own. */
    public static boolean isPage(String path) {
        return path.equals("/") || path.equals("/login") || path.equals("/logout") || path.startsWith("/app") || path.startsWith("/lang/")
                || path.equals("/tillganglighet") || path.startsWith("/assets/");
    }

    /** Security headers on every page; a signed-in person for every /app page, else the sign-in page. */
    public void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (!ctx.path().startsWith("/assets/")) {
            // Pages show people's ratings: no cache keeps them, not even the browser's back button.
            ctx.header("Cache-Control", "no-store");
        }
        if (ctx.path().startsWith("/app") || ctx.path().equals("/logout")) {
            Optional<Session> s = accounts.session(ctx.cookie(SESSION_COOKIE));
            if (s.isEmpty()) {
                throw new Redirect("/login");
            }
            ctx.attribute(SESSION, s.get());
            if (ctx.method().name().equals("POST")) {
                checkSameOrigin(ctx);
                String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
                if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.get().csrf().getBytes(StandardCharsets.UTF_8))) {
                    throw StoredModeException.forbidden("the form's token is missing or stale; reload the page");
                }
            }
        }
    }

    /** Thrown to answer with a 303 See Other. */
    public static final class Redirect extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String location;

        public Redirect(String location) {
            super(location, null, false, false);
            this.location = location;
        }

        public String location() {
            return location;
        }
    }

    public void root(Context ctx) {
        ctx.redirect(accounts.session(ctx.cookie(SESSION_COOKIE)).isPresent() ? "/app" : "/login", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void stylesheet(Context ctx) {
        try (var in = WebRoutes.class.getResourceAsStream("/skapa/web/skapa.css")) {
            ctx.header("Cache-Control", "max-age=3600");
            ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("missing stylesheet", e);
        }
    }

    public void language(Context ctx) {
        Language lang = Language.fromTag(ctx.pathParam("tag"));
        ctx.res().addHeader("Set-Cookie", LANG_COOKIE + "=" + lang.tag() + "; Path=/; Max-Age=31536000; SameSite=Lax" + secure(ctx));
        String back = Optional.ofNullable(ctx.queryParam("back")).orElse("/");
        // Only a path of this server: never an open redirect.
        ctx.redirect(back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void loginPage(Context ctx) {
        String token = token();
        ctx.res().addHeader("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict" + secure(ctx));
        render(ctx, 200, "login.jte", Map.of("p", page(ctx, Msg.SIGN_IN), "csrf", token, "error", "",
                "org", Optional.ofNullable(ctx.queryParam("org")).orElse(""), "username", "",
                "notice", ctx.queryParam("signedOut") != null ? Msg.SIGNED_OUT.in(lang(ctx)) : ""));
    }

    public void login(Context ctx) {
        checkSameOrigin(ctx);
        String org = Optional.ofNullable(ctx.formParam("org")).orElse("").strip();
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
        String cookie = Optional.ofNullable(ctx.cookie(LOGIN_COOKIE)).orElse("");
        String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
        try {
            if (cookie.isEmpty() || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
                throw StoredModeException.signInFailed("stale form");
            }
            Accounts.SignedIn in = accounts.signIn(OrganisationId.of(org), Pseudonym.of(username), ctx.formParam("password"));
            ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + in.token() + "; Path=/; HttpOnly; SameSite=Lax" + secure(ctx));
            ctx.redirect("/app", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (StoredModeException | ValidationException e) {
            String token = token();
            ctx.res().addHeader("Set-Cookie", LOGIN_COOKIE + "=" + token + "; Path=/login; HttpOnly; SameSite=Strict" + secure(ctx));
            render(ctx, 401, "login.jte", Map.of("p", page(ctx, Msg.SIGN_IN), "csrf", token, "error", Msg.SIGN_IN_FAILED.in(lang(ctx)),
                    "org", org, "username", username, "notice", ""));
        }
    }

    public void logout(Context ctx) {
        accounts.signOut(ctx.cookie(SESSION_COOKIE));
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secure(ctx));
        ctx.redirect("/login?signedOut", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void home(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        OrganisationId org = me.organisation();
        List<Views.CaseRow> rows = new ArrayList<>();
        if (me.has(Role.HANDLEDARE)) {
            for (FollowUp f : progression.caseload(me, org, INSTRUMENT, Optional.empty(), Optional.of(me.holder()))) {
                FollowUpStatus st = f.status();
                String status = st.overdue() ? "overdue" : st.dueWithin(FollowUpStatus.DEFAULT_DUE_WINDOW) ? "due-soon" : "on-track";
                rows.add(new Views.CaseRow(f.participant().value(), f.service().value(), st.latest().toString(), st.nextDue().toString(),
                        status, st.daysOverdue()));
            }
        }
        List<Service> services = organisations.services(me, org);
        render(ctx, 200, "home.jte", Map.of("p", page(ctx, Msg.MY_PARTICIPANTS), "rows", rows, "services", services));
    }

    public void findParticipant(Context ctx) {
        String key = Optional.ofNullable(ctx.queryParam("participant")).orElse("").strip();
        try {
            Pseudonym p = Pseudonym.of(key);
            ctx.redirect("/app/participants/" + p.value() + "/new", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (ValidationException e) {
            message(ctx, 422, e.violations().get(0).message());
        }
    }

    public void participant(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        Pseudonym participant = pathKey(ctx, "participant");
        Progression.Series series = progression.participant(me, me.organisation(), participant, INSTRUMENT, Optional.empty());
        Instrument instrument = series.instrument();
        Language lang = lang(ctx);
        List<StoredMeasurement> all = series.measurements();
        List<String> chosen = ctx.queryParams("m");
        List<StoredMeasurement> self = all.stream().filter(m -> m.measurement().respondent() == Respondent.PARTICIPANT).toList();
        List<StoredMeasurement> selected = chosen.isEmpty()
                ? (self.size() <= 1 ? self : List.of(self.get(0), self.get(self.size() - 1)))
                : self.stream().filter(m -> chosen.contains(m.id().toString())).toList();
        if (selected.isEmpty()) {
            selected = self.isEmpty() ? List.of() : List.of(self.get(self.size() - 1));
        }
        String svg = selected.isEmpty() ? "" : SpiderChart.render(instrument, Respondent.PARTICIPANT,
                selected.stream().map(StoredMeasurement::measurement).toList(), lang);
        List<StoredMeasurement> shown = selected;
        List<Views.MeasurementRow> rows = all.stream().map(m -> new Views.MeasurementRow(m.id().toString(), m.measurement().date().toString(),
                m.measurement().respondent().label().in(lang), m.service().value(), m.version(), m.provenance().recordedBy().value(),
                shown.contains(m))).toList();
        List<Views.Table> tables = new ArrayList<>();
        for (Respondent r : Respondent.values()) {
            List<StoredMeasurement> of = all.stream().filter(m -> m.measurement().respondent() == r).toList();
            if (!of.isEmpty()) {
                tables.add(scores(instrument, r, of, lang));
            }
        }
        List<List<String>> gapRows = new ArrayList<>();
        for (RatingGap g : series.progression().gaps()) {
            gapRows.add(List.of(label(instrument, g.key(), lang), g.date().toString(), Integer.toString(g.self()), Integer.toString(g.handledare()),
                    signed(g.gap())));
        }
        Views.Table gaps = new Views.Table(Msg.GAPS.in(lang), List.of(Msg.INDICATOR.in(lang), Msg.DATE.in(lang),
                Respondent.PARTICIPANT.label().in(lang), Respondent.HANDLEDARE.label().in(lang), Msg.GAP.in(lang)), gapRows);
        Views.ParticipantView view = new Views.ParticipantView(participant.value(), instrument.names().in(lang), svg, rows, tables, gaps,
                series.progression().followUp().nextDue().toString(), series.progression().followUp().overdue());
        render(ctx, 200, "participant.jte", Map.of("p", page(ctx, Msg.PROGRESSION), "v", view));
    }

    public void newMeasurement(Context ctx) {
        Session s = session(ctx);
        Pseudonym participant = pathKey(ctx, "participant");
        Instrument instrument = catalog.find(INSTRUMENT).orElseThrow();
        List<Service> services = organisations.services(s.account().actor(), s.account().organisation());
        Views.FormView form = form(ctx, Msg.RECORD_NEW, participant, "/app/participants/" + participant.value() + "/new", "",
                LocalDate.now(clock).toString(), services, "", instrument, Map.of(), Map.of(), "", List.of(), true, true);
        render(ctx, 200, "form.jte", Map.of("p", page(ctx, Msg.RECORD), "f", form));
    }

    public void recordMeasurement(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        Pseudonym participant = pathKey(ctx, "participant");
        Instrument instrument = catalog.find(INSTRUMENT).orElseThrow();
        Map<String, String> self = answers(ctx, "p.", instrument, Respondent.PARTICIPANT);
        Map<String, String> staff = answers(ctx, "h.", instrument, Respondent.HANDLEDARE);
        String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
        String service = Optional.ofNullable(ctx.formParam("service")).orElse("");
        String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
        List<String> errors = new ArrayList<>();
        try {
            LocalDate day = parseDate(date);
            List<Measurement> ms = new ArrayList<>();
            if (self.values().stream().anyMatch(v -> !v.isEmpty())) {
                ms.add(measurement(participant, day, instrument, Respondent.PARTICIPANT, self, me.holder(), comment));
            }
            if (staff.values().stream().anyMatch(v -> !v.isEmpty())) {
                ms.add(measurement(participant, day, instrument, Respondent.HANDLEDARE, staff, me.holder(), ms.isEmpty() ? comment : ""));
            }
            measurements.recordAll(me, me.organisation(), ServiceId.of(service), ms);
            ctx.redirect("/app/participants/" + participant.value(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        } catch (ValidationException e) {
            e.violations().forEach(v -> errors.add(describe(v, instrument, lang(ctx))));
        } catch (StoredModeException e) {
            errors.add(e.getMessage());
        }
        List<Service> services = organisations.services(me, me.organisation());
        Views.FormView form = form(ctx, Msg.RECORD_NEW, participant, "/app/participants/" + participant.value() + "/new", "", date, services,
                service, instrument, self, staff, comment, errors, true, true);
        render(ctx, 422, "form.jte", Map.of("p", page(ctx, Msg.RECORD), "f", form));
    }

    public void editMeasurement(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        StoredMeasurement m = measurements.get(me, me.organisation(), MeasurementId.parse(ctx.pathParam("id")));
        renderEdit(ctx, me, m, Map.of(), m.measurement().date().toString(), m.service().value(), m.measurement().comment().orElse(""),
                String.valueOf(m.version()), List.of(), 200);
    }

    public void correctMeasurement(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        MeasurementId id = MeasurementId.parse(ctx.pathParam("id"));
        StoredMeasurement current = measurements.get(me, me.organisation(), id);
        Instrument instrument = catalog.find(current.measurement().instrumentId(), current.measurement().instrumentVersion()).orElseThrow();
        Respondent r = current.measurement().respondent();
        Map<String, String> values = answers(ctx, r == Respondent.PARTICIPANT ? "p." : "h.", instrument, r);
        String date = Optional.ofNullable(ctx.formParam("date")).orElse("");
        String service = Optional.ofNullable(ctx.formParam("service")).orElse("");
        String comment = Optional.ofNullable(ctx.formParam("comment")).orElse("").strip();
        String version = Optional.ofNullable(ctx.formParam("version")).orElse("");
        List<String> errors = new ArrayList<>();
        try {
            int expected = version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
            Measurement m = measurement(current.measurement().participant(), parseDate(date), instrument, r, values, me.holder(), comment);
            measurements.correct(me, me.organisation(), id, expected, ServiceId.of(service), m);
            ctx.redirect("/app/participants/" + current.measurement().participant().value(), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        } catch (ValidationException e) {
            e.violations().forEach(v -> errors.add(describe(v, instrument, lang(ctx))));
        } catch (StoredModeException e) {
            if (e.kind() != StoredModeException.Kind.STALE) {
                throw e;
            }
            errors.add(Msg.STALE.in(lang(ctx)));
        }
        renderEdit(ctx, me, current, values, date, service, comment, version, errors, errors.contains(Msg.STALE.in(lang(ctx))) ? 409 : 422);
    }

    private void renderEdit(Context ctx, Actor me, StoredMeasurement m, Map<String, String> values, String date, String service,
                            String comment, String version, List<String> errors, int status) {
        Instrument instrument = catalog.find(m.measurement().instrumentId(), m.measurement().instrumentVersion()).orElseThrow();
        Respondent r = m.measurement().respondent();
        Map<String, String> shown = values.isEmpty() ? current(m.measurement()) : values;
        List<Service> services = organisations.services(me, me.organisation());
        Views.FormView form = form(ctx, Msg.CORRECTION_OF, m.measurement().participant(), "/app/measurements/" + m.id() + "/edit", version,
                date, services, service, instrument, r == Respondent.PARTICIPANT ? shown : Map.of(), r == Respondent.HANDLEDARE ? shown : Map.of(),
                comment, errors, r == Respondent.PARTICIPANT, r == Respondent.HANDLEDARE);
        render(ctx, status, "form.jte", Map.of("p", page(ctx, Msg.CORRECT), "f", form));
    }

    public void history(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        Language lang = lang(ctx);
        List<StoredMeasurement> versions = measurements.history(me, me.organisation(), MeasurementId.parse(ctx.pathParam("id")));
        Instrument instrument = catalog.find(versions.get(0).measurement().instrumentId(), versions.get(0).measurement().instrumentVersion())
                .orElseThrow();
        List<Views.VersionView> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            StoredMeasurement v = versions.get(i);
            List<Views.ChangeRow> changes = i == 0 ? List.of() : Change.between(versions.get(i - 1), v).stream()
                    .map(c -> new Views.ChangeRow(field(c.field(), instrument, lang), c.from().orElse("–"), c.to().orElse("–"))).toList();
            out.add(new Views.VersionView(v.version(), v.provenance().recordedBy().value(), WHEN.format(v.provenance().recordedAt().atZone(zone)),
                    v.measurement().date().toString(), v.service().value(), changes));
        }
        Views.HistoryView view = new Views.HistoryView(versions.get(0).measurement().participant().value(), versions.get(0).id().toString(), out);
        render(ctx, 200, "history.jte", Map.of("p", page(ctx, Msg.HISTORY), "h", view));
    }

    public void cohort(Context ctx) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        Language lang = lang(ctx);
        ServiceId service = ServiceId.of(ctx.pathParam("service"));
        Instrument instrument = catalog.find(INSTRUMENT).orElseThrow();
        LocalDate asOf = Optional.ofNullable(ctx.queryParam("asOf")).filter(a -> !a.isBlank()).map(WebRoutes::parseDate).orElse(LocalDate.now(clock));
        CohortReport r = progression.cohort(me, me.organisation(), service, INSTRUMENT, Respondent.PARTICIPANT, LocalDate.of(1900, 1, 1),
                Optional.of(asOf), Optional.of(asOf));
        Page p = page(ctx, Msg.COHORT);
        List<List<String>> rows = new ArrayList<>();
        for (CohortIndicator i : r.indicators()) {
            boolean none = i.participants() == 0;
            rows.add(List.of(label(instrument, i.key(), lang), Integer.toString(i.participants()), none ? "–" : p.number(i.meanFirst()),
                    none ? "–" : p.number(i.meanLatest()), none ? "–" : p.number(i.meanChange()), none ? "–" : p.percent(i.shareImproved())));
        }
        Views.Table table = new Views.Table(Msg.COHORT.in(lang), List.of(Msg.INDICATOR.in(lang), Msg.PARTICIPANTS_COUNT.in(lang),
                Msg.MEAN_FIRST.in(lang), Msg.MEAN_LATEST.in(lang), Msg.MEAN_CHANGE.in(lang), Msg.SHARE_IMPROVED.in(lang)), rows);
        String name = organisations.services(me, me.organisation()).stream().filter(x -> x.id().equals(service)).map(Service::name)
                .findFirst().orElse(service.value());
        String svg = r.participantsWithTwoOrMore() == 0 ? "" : SpiderChart.renderCohort(instrument, r, name, lang);
        Views.CohortView view = new Views.CohortView(service.value(), name, asOf.toString(), r.participants(), r.participantsWithTwoOrMore(),
                r.medianDaysBetween().isPresent() ? p.number(r.medianDaysBetween().getAsDouble()) : "–", p.percent(r.shareOverdue()), table, svg);
        render(ctx, 200, "cohort.jte", Map.of("p", p, "c", view));
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
                case "services" -> organisations.createService(me, org, field("/id", () -> ServiceId.of(form(ctx, "id"))), form(ctx, "name"));
                case "users" -> accounts.createUser(me, org, field("/username", () -> Pseudonym.of(form(ctx, "username"))),
                        ctx.formParam("password"), roles(ctx));
                case "keys" -> {
                    IssuedKey k = organisations.issueKey(me, org, field("/holder", () -> Pseudonym.of(form(ctx, "holder"))), roles(ctx));
                    newKey = k.secret();
                }
                case "revoke" -> organisations.revokeKey(me, org, KeyId.parse(form(ctx, "key")));
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
            adminPage(ctx, 422, "", "", e.violations().stream().map(v -> v.message()).toList());
        } catch (StoredModeException e) {
            if (e.kind() == StoredModeException.Kind.FORBIDDEN) {
                throw e;
            }
            adminPage(ctx, e.kind() == StoredModeException.Kind.CONFLICT ? 409 : 404, "", "", List.of(e.getMessage()));
        }
    }

    private void adminPage(Context ctx, int status, String newKey, String message, List<String> errors) {
        Session s = session(ctx);
        Actor me = s.account().actor();
        OrganisationId org = me.organisation();
        Language lang = lang(ctx);
        List<List<String>> services = organisations.services(me, org).stream().map(x -> List.of(x.id().value(), x.name())).toList();
        List<List<String>> users = accounts.users(me, org).stream().map(u -> List.of(u.username().value(), roles(u.roles()))).toList();
        List<Views.KeyRow> keys = organisations.keys(me, org).stream().map(k -> new Views.KeyRow(k.id().toString(), k.holder().value(),
                roles(k.roles()), k.lastUsed().map(t -> WHEN.format(t.atZone(zone))).orElse("–"), k.revoked().isPresent())).toList();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<AuditEntry> lines = audit.read(me, org, today, today);
        List<List<String>> auditRows = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && auditRows.size() < 50; i--) {
            AuditEntry e = lines.get(i);
            auditRows.add(List.of(WHEN.format(e.at().atZone(zone)), e.holder(), e.action(), e.participant().map(Pseudonym::value).orElse("–"),
                    e.rows().map(String::valueOf).orElse("")));
        }
        Views.Table auditTable = new Views.Table(Msg.AUDIT.in(lang) + " (" + today + ")", List.of(Msg.WHEN.in(lang), Msg.WHO.in(lang),
                Msg.WHAT.in(lang), Msg.PARTICIPANT.in(lang), Msg.ROWS.in(lang)), auditRows);
        render(ctx, status, "admin.jte", Map.of("p", page(ctx, Msg.ADMIN), "a",
                new Views.AdminView(services, users, keys, auditTable, newKey, message, errors)));
    }

    public void accessibility(Context ctx) {
        render(ctx, 200, "accessibility.jte", Map.of("p", page(ctx, Msg.ACCESSIBILITY)));
    }

    /** An error as a page. */
    public void message(Context ctx, int status, String text) {
        render(ctx, status, "message.jte", Map.of("p", page(ctx, Msg.APP_NAME), "text", text));
    }

    /** The page for a refusal of a use case. */
    public void refusal(Context ctx, StoredModeException e) {
        Language lang = lang(ctx);
        switch (e.kind()) {
            case NOT_FOUND -> message(ctx, 404, Msg.NOT_FOUND.in(lang));
            case FORBIDDEN -> message(ctx, 403, Msg.FORBIDDEN.in(lang));
            default -> message(ctx, 409, e.getMessage());
        }
    }

    // --- helpers ---

    private Views.FormView form(Context ctx, Msg heading, Pseudonym participant, String action, String version, String date,
                                List<Service> services, String service, Instrument instrument, Map<String, String> self,
                                Map<String, String> staff, String comment, List<String> errors, boolean withSelf, boolean withStaff) {
        Language lang = lang(ctx);
        String chosen = service.isEmpty() && !services.isEmpty() ? services.get(0).id().value() : service;
        List<Views.Choice> choices = services.stream().map(x -> new Views.Choice(x.id().value(), x.name(), x.id().value().equals(chosen))).toList();
        return new Views.FormView(heading.in(lang), participant.value(), action, version, date, choices,
                withSelf ? ratings(instrument, Respondent.PARTICIPANT, "p.", self, lang) : List.of(),
                withStaff ? ratings(instrument, Respondent.HANDLEDARE, "h.", staff, lang) : List.of(), comment, errors);
    }

    private static List<Views.Rating> ratings(Instrument instrument, Respondent r, String prefix, Map<String, String> values, Language lang) {
        List<Views.Rating> out = new ArrayList<>();
        for (Indicator i : instrument.indicatorsFor(r)) {
            String current = values.getOrDefault(i.key(), "");
            List<Views.Option> options = new ArrayList<>();
            for (int v = i.scale().min(); v <= i.scale().max(); v++) {
                int score = v;
                String label = i.scale().anchor(v).map(a -> score + " – " + a.in(lang)).orElse(Integer.toString(v));
                options.add(new Views.Option(Integer.toString(v), label, current.equals(Integer.toString(v))));
            }
            options.add(new Views.Option("", Msg.NOT_ANSWERED.in(lang), current.isEmpty()));
            String low = i.scale().anchor(i.scale().min()).map(a -> a.in(lang)).orElse(Msg.LOW.in(lang));
            String high = i.scale().anchor(i.scale().max()).map(a -> a.in(lang)).orElse(Msg.HIGH.in(lang));
            out.add(new Views.Rating(prefix + i.key(), i.labels().in(lang), i.question().map(q -> q.in(lang)).orElse(""),
                    i.scale().min() + " = " + low, i.scale().max() + " = " + high, options));
        }
        return out;
    }

    private static Map<String, String> answers(Context ctx, String prefix, Instrument instrument, Respondent r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Indicator i : instrument.indicatorsFor(r)) {
            out.put(i.key(), Optional.ofNullable(ctx.formParam(prefix + i.key())).orElse("").strip());
        }
        return out;
    }

    private static Map<String, String> current(Measurement m) {
        Map<String, String> out = new HashMap<>();
        m.answers().forEach((k, a) -> out.put(k, a.isAnswered() ? Integer.toString(a.scoreOrThrow()) : ""));
        return out;
    }

    private static Measurement measurement(Pseudonym participant, LocalDate date, Instrument instrument, Respondent r, Map<String, String> values,
                                           Pseudonym handledare, String comment) {
        Map<String, Answer> answers = new HashMap<>();
        List<Violation> bad = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v.isEmpty()) {
                answers.put(k, Answer.notAnswered());
            } else if (v.matches("-?\\d{1,4}")) {
                answers.put(k, Answer.score(Integer.parseInt(v)));
            } else {
                bad.add(new Violation("/scores/" + k, "type", "'" + v + "' is not a score"));
            }
        });
        if (!bad.isEmpty()) {
            throw new ValidationException(bad);
        }
        return new Measurement(participant, date, instrument.id(), instrument.version(), r, Optional.of(handledare), answers,
                comment.isEmpty() ? Optional.empty() : Optional.of(comment));
    }

    private static Views.Table scores(Instrument instrument, Respondent r, List<StoredMeasurement> of, Language lang) {
        List<String> heads = new ArrayList<>();
        heads.add(Msg.INDICATOR.in(lang));
        of.forEach(m -> heads.add(m.measurement().date().toString()));
        List<List<String>> rows = new ArrayList<>();
        for (Indicator i : instrument.indicatorsFor(r)) {
            List<String> row = new ArrayList<>();
            row.add(i.labels().in(lang));
            for (StoredMeasurement m : of) {
                Answer a = m.measurement().answer(i.key());
                row.add(a.isAnswered() ? Integer.toString(a.scoreOrThrow()) : "–");
            }
            rows.add(row);
        }
        return new Views.Table(r == Respondent.PARTICIPANT ? Msg.SELF_RATINGS.in(lang) : Msg.HANDLEDARE_RATINGS.in(lang), heads, rows);
    }

    private static String label(Instrument instrument, String key, Language lang) {
        return instrument.indicator(key).map(i -> i.labels().in(lang)).orElse(key);
    }

    private static String field(String pointer, Instrument instrument, Language lang) {
        return pointer.startsWith("/scores/") ? label(instrument, pointer.substring("/scores/".length()), lang) : pointer.substring(1);
    }

    private static String describe(Violation v, Instrument instrument, Language lang) {
        String where = v.pointer().contains("/scores/") ? label(instrument, v.pointer().substring(v.pointer().indexOf("/scores/") + 8), lang) + ": "
                : v.pointer().isEmpty() ? "" : v.pointer().substring(v.pointer().lastIndexOf('/') + 1) + ": ";
        return where + v.message();
    }

    private static String signed(int gap) {
        return gap > 0 ? "+" + gap : Integer.toString(gap).replace('-', '\u2212');
    }

    private static String roles(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::code).sorted().toList());
    }

    private static Set<Role> roles(Context ctx) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : ctx.formParams("roles")) {
            roles.add(Role.of(r));
        }
        return roles;
    }

    private static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static <T> T field(String pointer, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            throw e.under(pointer);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw ValidationException.of("/date", "type", "the date must be written YYYY-MM-DD, e.g. 2026-03-01");
        }
    }

    private static Pseudonym pathKey(Context ctx, String name) {
        try {
            return Pseudonym.of(ctx.pathParam(name));
        } catch (ValidationException e) {
            throw StoredModeException.notFound("no participant");
        }
    }

    private static Session session(Context ctx) {
        Session s = ctx.attribute(SESSION);
        if (s == null) {
            throw new Redirect("/login");
        }
        return s;
    }

    private Page page(Context ctx, Msg title) {
        Session s = ctx.attribute(SESSION);
        return new Page(lang(ctx), Optional.ofNullable(s), ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
                title.in(lang(ctx)));
    }

    /** Swedish unless the person chose English with the switch (remembered in a cookie), whatever the browser says. */
    static Language lang(Context ctx) {
        return Language.fromTag(ctx.cookie(LANG_COOKIE));
    }

    private void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** A form post from another site is refused even before its token is checked. */
    private static void checkSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null")) {
            String host = ctx.header("Host");
            if (host == null || !(origin.endsWith("://" + host))) {
                throw StoredModeException.forbidden("a form from another site");
            }
        }
    }

    private static String secure(Context ctx) {
        return "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) ? "; Secure" : "";
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
