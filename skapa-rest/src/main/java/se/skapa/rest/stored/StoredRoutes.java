package se.skapa.rest.stored;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.skapa.app.Accounts;
import se.skapa.app.Actor;
import se.skapa.app.ApiKey;
import se.skapa.app.AuditEntry;
import se.skapa.app.AuditTrail;
import se.skapa.app.Change;
import se.skapa.app.EnrolmentId;
import se.skapa.app.Enrolments;
import se.skapa.app.Erasure;
import se.skapa.app.FidelityReviews;
import se.skapa.app.FollowUp;
import se.skapa.app.IssuedKey;
import se.skapa.app.KeyId;
import se.skapa.app.MeasurementId;
import se.skapa.app.Measurements;
import se.skapa.app.OrganisationId;
import se.skapa.app.Organisations;
import se.skapa.app.ParticipantSurvey;
import se.skapa.app.Progression;
import se.skapa.app.Role;
import se.skapa.app.Service;
import se.skapa.app.ServiceId;
import se.skapa.app.StoredEnrolment;
import se.skapa.app.StoredMeasurement;
import se.skapa.app.StoredReview;
import se.skapa.app.TargetSet;
import se.skapa.app.StoredModeException;
import se.skapa.app.UserAccount;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.common.Language;
import se.skapa.core.fidelity.ActionPlanItem;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.Target;
import se.skapa.core.progression.Answer;
import se.skapa.core.survey.SurveyPeriod;
import se.skapa.core.survey.SurveyReport;
import se.skapa.core.survey.Surveys;
import se.skapa.core.progression.FollowUpStatus;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.InstrumentCatalog;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.SwedishCsv;
import se.skapa.rest.views.OutcomeViews;
import se.skapa.rest.views.ProgressionViews;

/**
 * Stored mode over HTTP: organisations, keys, services, measurements over time, follow-ups, erasure,
 * audit. Translation only: who may do what, and every rule, live in skapa-app and skapa-core.
 */
public final class StoredRoutes {

    /** The instrument a query is about when it names none. */
    static final String DEFAULT_INSTRUMENT = "skapa";
    private static final String BASE = "/api/v1/organisations/";

    private final Organisations organisations;
    private final Accounts accounts;
    private final Measurements measurements;
    private final Enrolments enrolments;
    private final ParticipantSurvey survey;
    private final FidelityReviews reviews;
    private final Progression progression;
    private final Erasure erasure;
    private final AuditTrail audit;
    private final InstrumentCatalog catalog;
    private final RequestBodies bodies;
    private final Clock clock;

    public StoredRoutes(Organisations organisations, Accounts accounts, Measurements measurements, Enrolments enrolments,
                        ParticipantSurvey survey, FidelityReviews reviews, Progression progression, Erasure erasure, AuditTrail audit,
                        InstrumentCatalog catalog, RequestBodies bodies, Clock clock) {
        this.reviews = reviews;
        this.enrolments = enrolments;
        this.survey = survey;
        this.clock = clock;
        this.accounts = accounts;
        this.organisations = organisations;
        this.measurements = measurements;
        this.progression = progression;
        this.erasure = erasure;
        this.audit = audit;
        this.catalog = catalog;
        this.bodies = bodies;
    }

    public Organisations organisations() {
        return organisations;
    }

    public void createOrganisation(Context ctx) {
        StoredRequests.NewOrganisation req = bodies.read(ctx, StoredRequests.NewOrganisation.class);
        Violations v = new Violations();
        OrganisationId id = v.attempt("/id", () -> OrganisationId.of(req.id()));
        Pseudonym admin = Keys.key(v, "/admin", req.admin() == null ? "admin" : req.admin());
        v.throwIfAny();
        if (req.adminPassword() != null) {
            // Checked before anything is created: the organisation and its admin account come whole or not at all.
            Accounts.checkPassword(req.adminPassword(), "/adminPassword");
        }
        Organisations.Created created = organisations.create(id, req.name(), admin);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", created.organisation().id().value());
        out.put("name", created.organisation().name());
        out.put("created", created.organisation().created());
        out.put("adminKey", issued(created.adminKey()));
        if (req.adminPassword() != null) {
            UserAccount account = accounts.createUser(created.adminKey().key().actor(), id, admin, req.adminPassword(), Set.of(Role.ADMIN));
            out.put("adminAccount", user(account));
        }
        ctx.header("Location", BASE + id);
        created(ctx, out);
    }

    public void createKey(Context ctx) {
        StoredRequests.NewKey req = bodies.read(ctx, StoredRequests.NewKey.class);
        Violations v = new Violations();
        Pseudonym holder = Keys.key(v, "/holder", req.holder());
        Set<Role> roles = roles(v, req.roles());
        v.throwIfAny();
        IssuedKey key = organisations.issueKey(actor(ctx), org(ctx), holder, roles);
        ctx.header("Location", BASE + org(ctx) + "/keys/" + key.key().id());
        created(ctx, issued(key));
    }

    public void createUser(Context ctx) {
        StoredRequests.NewUser req = bodies.read(ctx, StoredRequests.NewUser.class);
        Violations v = new Violations();
        Pseudonym username = Keys.key(v, "/username", req.username());
        Set<Role> roles = roles(v, req.roles());
        v.throwIfAny();
        UserAccount account = accounts.createUser(actor(ctx), org(ctx), username, req.password(), roles);
        ctx.header("Location", BASE + org(ctx) + "/users/" + username);
        created(ctx, user(account));
    }

    public void users(Context ctx) {
        List<UserAccount> users = accounts.users(actor(ctx), org(ctx));
        bodies.json(ctx, Map.of("users", users.stream().map(StoredRoutes::user).toList()));
    }

    private static Map<String, Object> user(UserAccount a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id().toString());
        out.put("username", a.username().value());
        out.put("roles", a.roles().stream().map(Role::code).sorted().toList());
        out.put("created", a.created());
        return out;
    }

    private static Set<Role> roles(Violations v, List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Optional.ofNullable(v.attempt(Pointer.at("/roles", i), () -> Role.of(code))).ifPresent(roles::add);
        }
        return roles;
    }

    public void keys(Context ctx) {
        List<ApiKey> keys = organisations.keys(actor(ctx), org(ctx));
        bodies.json(ctx, Map.of("keys", keys.stream().map(StoredRoutes::key).toList()));
    }

    public void revokeKey(Context ctx) {
        organisations.revokeKey(actor(ctx), org(ctx), KeyId.parse(ctx.pathParam("id")));
        ctx.status(204);
    }

    public void createService(Context ctx) {
        StoredRequests.NewService req = bodies.read(ctx, StoredRequests.NewService.class);
        ServiceId id;
        try {
            id = ServiceId.of(req.id());
        } catch (ValidationException e) {
            throw e.under("/id");
        }
        Service s = organisations.createService(actor(ctx), org(ctx), id, req.name());
        ctx.header("Location", BASE + org(ctx) + "/services/" + id);
        created(ctx, service(s));
    }

    public void services(Context ctx) {
        List<Service> services = organisations.services(actor(ctx), org(ctx));
        bodies.json(ctx, Map.of("services", services.stream().map(StoredRoutes::service).toList()));
    }

    public void recordMeasurement(Context ctx) {
        StoredRequests.MeasurementBody body = bodies.read(ctx, StoredRequests.MeasurementBody.class);
        Optional<String> idempotencyKey = Optional.ofNullable(ctx.header("Idempotency-Key")).map(String::strip).filter(s -> !s.isEmpty());
        idempotencyKey.ifPresent(StoredRoutes::checkIdempotencyKey);
        ServiceId service = serviceOf(body);
        Measurements.Recorded r = measurements.record(actor(ctx), org(ctx), service, measurement(body),
                idempotencyKey, RequestBodies.fingerprint(ctx));
        ctx.header("Location", BASE + org(ctx) + "/measurements/" + r.measurement().id());
        ctx.header("ETag", etag(r.measurement().version()));
        if (r.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        created(ctx, measurementView(r.measurement()));
    }

    public void measurement(Context ctx) {
        StoredMeasurement m = measurements.get(actor(ctx), org(ctx), MeasurementId.parse(ctx.pathParam("id")));
        ctx.header("ETag", etag(m.version()));
        bodies.json(ctx, measurementView(m));
    }

    public void correctMeasurement(Context ctx) {
        MeasurementId id = MeasurementId.parse(ctx.pathParam("id"));
        StoredRequests.MeasurementBody body = bodies.read(ctx, StoredRequests.MeasurementBody.class);
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw StoredModeException.preconditionRequired("send If-Match with the ETag of the version you correct, e.g. If-Match: \"1\": "
                    + "without it two handledare could overwrite each other");
        }
        int expected = version(ifMatch);
        StoredMeasurement m = measurements.correct(actor(ctx), org(ctx), id, expected, serviceOf(body), measurement(body));
        ctx.header("ETag", etag(m.version()));
        bodies.json(ctx, measurementView(m));
    }

    public void history(Context ctx) {
        List<StoredMeasurement> versions = measurements.history(actor(ctx), org(ctx), MeasurementId.parse(ctx.pathParam("id")));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Map<String, Object> view = measurementView(versions.get(i));
            view.put("changes", i == 0 ? List.of() : Change.between(versions.get(i - 1), versions.get(i)).stream()
                    .map(StoredRoutes::change).toList());
            out.add(view);
        }
        bodies.json(ctx, Map.of("id", versions.get(0).id().toString(), "versions", out));
    }

    public void participantProgression(Context ctx) {
        Pseudonym participant = participant(ctx);
        Progression.Series s = progression.participant(actor(ctx), org(ctx), participant, instrumentParam(ctx), date(ctx, "asOf"));
        bodies.json(ctx, ProgressionViews.analysis(s.progression(), s.instrument(), Lang.of(ctx)));
    }

    public void cohort(Context ctx) {
        ServiceId service = serviceParam(ctx);
        String instrumentId = instrumentParam(ctx);
        Respondent respondent = respondentParam(ctx);
        LocalDate from = date(ctx, "from").orElse(LocalDate.of(1900, 1, 1));
        var report = progression.cohort(actor(ctx), org(ctx), service, instrumentId, respondent, from, date(ctx, "to"), date(ctx, "asOf"));
        Instrument instrument = catalog.find(instrumentId).orElseThrow();
        bodies.json(ctx, ProgressionViews.cohort(report, instrument));
    }

    public void followUps(Context ctx) {
        Optional<LocalDate> asOf = date(ctx, "asOf");
        Violations v = new Violations();
        Optional<Pseudonym> handledare = Optional.ofNullable(ctx.queryParam("handledare"))
                .map(h -> Keys.key(v, "/handledare", h));
        Optional<ServiceId> service = Optional.ofNullable(ctx.queryParam("service"))
                .map(s -> v.attempt("/service", () -> ServiceId.of(s)));
        Period within = Optional.ofNullable(ctx.queryParam("within")).map(w -> days(v, w)).orElse(FollowUpStatus.DEFAULT_DUE_WINDOW);
        v.throwIfAny();
        List<FollowUp> due = progression.followUps(actor(ctx), org(ctx), instrumentParam(ctx), asOf, handledare, service, within);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", asOf.orElse(LocalDate.now(clock)));
        out.put("withinDays", within.getDays());
        out.put("followUps", due.stream().map(StoredRoutes::followUp).toList());
        bodies.json(ctx, out);
    }

    public void enrol(Context ctx) {
        StoredRequests.NewEnrolment req = bodies.read(ctx, StoredRequests.NewEnrolment.class);
        Violations v = new Violations();
        Pseudonym participant = Keys.key(v, "/participant", req.participant());
        ServiceId service = v.attempt("/service", () -> ServiceId.of(req.service()));
        v.throwIfAny();
        StoredEnrolment e = enrolments.enrol(actor(ctx), org(ctx), service, participant, req.admitted(), Optional.ofNullable(req.firstContact()),
                Boolean.TRUE.equals(req.actionPlan()));
        ctx.header("Location", BASE + org(ctx) + "/enrolments/" + e.id());
        created(ctx, enrolment(e));
    }

    public void enrolment(Context ctx) {
        bodies.json(ctx, enrolment(enrolments.get(actor(ctx), org(ctx), EnrolmentId.parse(ctx.pathParam("id")))));
    }

    public void close(Context ctx) {
        EnrolmentId id = EnrolmentId.parse(ctx.pathParam("id"));
        StoredRequests.Closing req = bodies.read(ctx, StoredRequests.Closing.class);
        bodies.json(ctx, enrolment(enrolments.close(actor(ctx), org(ctx), id, req.closed(), req.outcome(), Boolean.TRUE.equals(req.subsidised()))));
    }

    public void serviceTargets(Context ctx) {
        setTargets(ctx, Optional.of(serviceParam(ctx)));
    }

    public void organisationTargets(Context ctx) {
        setTargets(ctx, Optional.empty());
    }

    private void setTargets(Context ctx, Optional<ServiceId> service) {
        StoredRequests.Targets req = bodies.read(ctx, StoredRequests.Targets.class);
        Violations v = new Violations();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < req.targets().size(); i++) {
            var t = req.targets().get(i);
            Optional.ofNullable(v.attempt(Pointer.at("/targets", i), () -> new Target(t.metric(),
                    t.comparison() == se.skapa.rest.views.TargetDto.Comparison.AT_LEAST, t.value()))).ifPresent(targets::add);
        }
        TargetSet set = v.attempt("", () -> new TargetSet(service, req.from(), req.to(), targets));
        v.throwIfAny();
        enrolments.setTargets(actor(ctx), org(ctx), set);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", service.map(ServiceId::value).orElse(null));
        out.put("from", set.from());
        out.put("to", set.to());
        out.put("targets", set.targets().stream().map(t -> Map.of("metric", t.metric(), "comparison", t.atLeast() ? "AT_LEAST" : "AT_MOST",
                "value", t.value())).toList());
        bodies.json(ctx, out);
    }

    public void serviceReport(Context ctx) {
        report(ctx, Optional.of(serviceParam(ctx)));
    }

    public void organisationReport(Context ctx) {
        report(ctx, Optional.empty());
    }

    private void report(Context ctx, Optional<ServiceId> service) {
        LocalDate from = date(ctx, "from").orElseThrow(() -> ValidationException.of("/from", "required", "from is required (YYYY-MM-DD)"));
        LocalDate to = date(ctx, "to").orElseThrow(() -> ValidationException.of("/to", "required", "to is required (YYYY-MM-DD)"));
        ClosingRule rule = Optional.ofNullable(ctx.queryParam("closingRule")).filter(r -> !r.isBlank()).map(r -> {
            try {
                return ClosingRule.valueOf(r);
            } catch (IllegalArgumentException e) {
                throw ValidationException.of("/closingRule", "type", "closingRule must be one of " + java.util.Arrays.toString(ClosingRule.values()));
            }
        }).orElse(ClosingRule.CLOSED);
        Violations v = new Violations();
        int contactDays = Optional.ofNullable(ctx.queryParam("contactDays")).map(d -> days(v, d).getDays()).orElse(OutcomeReporter.DEFAULT_CONTACT_DAYS);
        java.math.BigDecimal staff = Optional.ofNullable(ctx.queryParam("staff")).map(x -> {
            try {
                return new java.math.BigDecimal(x);
            } catch (NumberFormatException e) {
                v.add("/staff", "type", "staff must be a number of full-time equivalents, e.g. 1.6");
                return java.math.BigDecimal.ZERO;
            }
        }).orElse(java.math.BigDecimal.ZERO);
        v.throwIfAny();
        Enrolments.Report r = enrolments.report(actor(ctx), org(ctx), service, from, to, rule, contactDays, staff);
        Language lang = Lang.of(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", service.map(ServiceId::value).orElse(null));
        out.put("report", OutcomeViews.report(r.report(), lang, r.suppressed(), r.threshold()));
        // A target's actual value would give a withheld share away.
        out.put("targets", r.suppressed().isEmpty() ? OutcomeViews.targets(r.targets(), r.report(), lang) : List.of());
        // A service's report also tells how its participants moved on SKAPA over the period (self-ratings).
        Actor actor = actor(ctx);
        if (service.isPresent() && (actor.has(Role.ANALYST) || actor.has(Role.HANDLEDARE))) {
            Instrument instrument = catalog.find(DEFAULT_INSTRUMENT).orElseThrow();
            out.put("progression", ProgressionViews.cohort(progression.cohort(actor, org(ctx), service.get(), DEFAULT_INSTRUMENT,
                    Respondent.PARTICIPANT, from, Optional.of(to), Optional.of(to)), instrument));
        }
        bodies.json(ctx, out);
    }

    /**
     * Measurements as Swedish Excel reads them: one row per measurement, one column per indicator
     * (empty = not answered or not asked).
     */
    public void exportMeasurements(Context ctx) {
        Optional<ServiceId> service = Optional.ofNullable(ctx.queryParam("service")).filter(x -> !x.isBlank()).map(x -> {
            try {
                return ServiceId.of(x);
            } catch (ValidationException e) {
                throw e.under("/service");
            }
        });
        LocalDate from = date(ctx, "from").orElse(LocalDate.of(1900, 1, 1));
        LocalDate to = date(ctx, "to").orElse(LocalDate.now(clock));
        List<StoredMeasurement> rows = measurements.export(actor(ctx), org(ctx), service, from, to);
        List<String> keys = new ArrayList<>();
        rows.stream().map(m -> catalog.find(m.measurement().instrumentId(), m.measurement().instrumentVersion())).distinct()
                .flatMap(Optional::stream).forEach(i -> i.indicators().forEach(ind -> {
                    if (!keys.contains(ind.key())) {
                        keys.add(ind.key());
                    }
                }));
        SwedishCsv csv = new SwedishCsv();
        csv.text("id").text("service").text("participant").text("instrument").text("instrumentVersion").text("respondent").text("date")
                .text("handledare");
        keys.forEach(csv::text);
        csv.text("comment").text("version").text("recordedBy").text("recordedAt").end();
        for (StoredMeasurement s : rows) {
            Measurement m = s.measurement();
            csv.text(s.id().toString()).text(s.service().value()).text(m.participant().value()).text(m.instrumentId()).number(m.instrumentVersion())
                    .text(m.respondent().name()).text(m.date().toString()).text(m.handledare().map(Pseudonym::value).orElse(null));
            for (String key : keys) {
                Answer a = m.answer(key);
                if (a.isAnswered()) {
                    csv.number(a.scoreOrThrow());
                } else {
                    csv.empty();
                }
            }
            csv.text(m.comment().orElse(null)).number(s.version()).text(s.provenance().recordedBy().value())
                    .text(s.provenance().recordedAt().toString()).end();
        }
        csv.send(ctx, "skapa-measurements-" + org(ctx) + ".csv");
    }

    public void serviceReportCsv(Context ctx) {
        reportCsv(ctx, Optional.of(serviceParam(ctx)));
    }

    public void organisationReportCsv(Context ctx) {
        reportCsv(ctx, Optional.empty());
    }

    private void reportCsv(Context ctx, Optional<ServiceId> service) {
        LocalDate from = date(ctx, "from").orElseThrow(() -> ValidationException.of("/from", "required", "from is required (YYYY-MM-DD)"));
        LocalDate to = date(ctx, "to").orElseThrow(() -> ValidationException.of("/to", "required", "to is required (YYYY-MM-DD)"));
        Enrolments.Report r = enrolments.report(actor(ctx), org(ctx), service, from, to, ClosingRule.CLOSED, OutcomeReporter.DEFAULT_CONTACT_DAYS,
                java.math.BigDecimal.ZERO);
        Language lang = Lang.of(ctx);
        boolean sv = lang == Language.SV;
        OutcomeReport o = r.report();
        SwedishCsv csv = new SwedishCsv();
        csv.text(sv ? "Mått" : "Measure").text(sv ? "Antal" : "Count").text(sv ? "Nämnare" : "Denominator").text(sv ? "Andel (%)" : "Share (%)")
                .text(sv ? "Nämnarens innebörd" : "Denominator means").end();
        csv.text(sv ? "Period" : "Period").text(from + " – " + to).empty().empty().text(service.map(ServiceId::value).orElse(org(ctx).value())).end();
        count(csv.text(sv ? "Inskrivna under perioden" : "Admitted in the period"), r, "admitted", o.admitted()).empty().empty().empty().end();
        count(csv.text(sv ? "Avslutade under perioden" : "Closed in the period"), r, "closed", o.closed()).empty().empty().empty().end();
        count(csv.text(sv ? "Aktiva vid periodens slut" : "Active at the end"), r, "activeAtEnd", o.activeAtEnd()).empty().empty().empty().end();
        for (var c : o.outcomes()) {
            share(csv, c.outcome().label().in(lang), c.share(), lang, r, "outcomes/" + c.outcome());
        }
        share(csv, sv ? "Arbete eller studier" : "Work or studies", o.workOrStudies(), lang, r, "workOrStudies");
        share(csv, sv ? "Arbete, studier eller annan varaktig lösning" : "Work, studies or another lasting solution", o.lasting(), lang, r, "lasting");
        share(csv, sv ? "Kontaktade inom " + o.contactDays() + " dagar" : "Contacted within " + o.contactDays() + " days", o.contactedWithinDays(), lang,
                r, "contactedWithinDays");
        share(csv, sv ? "Med handlingsplan" : "With an action plan", o.actionPlan(), lang, r, "actionPlan");
        csv.text(sv ? "Medeltid till avslut (dagar)" : "Mean days to closing");
        if (o.meanDaysClosed().isPresent()) {
            csv.decimal(o.meanDaysClosed().getAsDouble(), 1);
        } else {
            csv.empty();
        }
        csv.empty().empty().empty().end();
        if (!r.suppressed().isEmpty()) {
            csv.text(se.skapa.core.outcomes.SmallNumbers.rule(r.threshold()).in(lang)).empty().empty().empty().empty().end();
        }
        for (var e : r.suppressed().isEmpty() ? OutcomeViews.targets(r.targets(), o, lang) : List.<Map<String, Object>>of()) {
            csv.text((sv ? "Mål: " : "Target: ") + e.get("label") + ("AT_LEAST".equals(e.get("comparison")) ? " ≥ " : " ≤ ") + e.get("target"))
                    .text(Boolean.TRUE.equals(e.get("met")) ? (sv ? "uppnått" : "met") : (sv ? "ej uppnått" : "not met")).empty().empty().empty().end();
        }
        csv.send(ctx, "skapa-report-" + service.map(ServiceId::value).orElse(org(ctx).value()) + "-" + from + "-" + to + ".csv");
    }

    private static SwedishCsv count(SwedishCsv csv, Enrolments.Report r, String cell, int count) {
        return r.suppressed().contains(cell) ? csv.text("< " + r.threshold()) : csv.number(count);
    }

    private static void share(SwedishCsv csv, String label, se.skapa.core.outcomes.Share s, Language lang, Enrolments.Report r, String cell) {
        if (r.suppressed().contains(cell)) {
            csv.text(label).text("< " + r.threshold());
            count(csv, r, s.denominator() > 0 && s.denominator() < r.threshold() ? cell : "", s.denominator()).empty()
                    .text(s.denominatorName().in(lang)).end();
            return;
        }
        csv.text(label).number(s.count()).number(s.denominator());
        if (s.denominator() == 0) {
            csv.empty();
        } else {
            csv.decimal(s.value() * 100, 1);
        }
        csv.text(s.denominatorName().in(lang)).end();
    }

    public void surveyQuestions(Context ctx) {
        actor(ctx).require(org(ctx), Role.values());
        Language lang = Lang.of(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", lang == Language.SV ? "SKAPA:s egna frågor" : "SKAPA's own questions");
        out.put("scale", Map.of("min", Surveys.MIN, "max", Surveys.MAX, "label", Surveys.SCALE.in(lang), "satisfiedFrom", Surveys.SATISFIED_FROM));
        out.put("questions", Surveys.SKAPA_QUESTIONS.stream().map(q -> Map.of("key", q.key(), "text", q.text().in(lang), "overall", q.overall())).toList());
        bodies.json(ctx, out);
    }

    public void surveyOffered(Context ctx) {
        StoredRequests.SurveyOffer req = bodies.read(ctx, StoredRequests.SurveyOffer.class);
        SurveyPeriod period = SurveyPeriod.of(req.period());
        survey.offered(actor(ctx), org(ctx), serviceParam(ctx), period, req.offered());
        bodies.json(ctx, Map.of("service", ctx.pathParam("service"), "period", period.name(), "offered", req.offered()));
    }

    public void surveyResponses(Context ctx) {
        SurveyPeriod period = periodParam(ctx);
        StoredRequests.SurveyResponses req = bodies.read(ctx, StoredRequests.SurveyResponses.class);
        int stored = survey.respond(actor(ctx), org(ctx), serviceParam(ctx), period, req.responses().stream().map(StoredRequests.SurveyAnswers::answers).toList());
        created(ctx, Map.of("service", ctx.pathParam("service"), "period", period.name(), "stored", stored));
    }

    public void surveyReport(Context ctx) {
        SurveyPeriod period = periodParam(ctx);
        SurveyReport r = survey.report(actor(ctx), org(ctx), serviceParam(ctx), period);
        Language lang = Lang.of(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("service", ctx.pathParam("service"));
        out.put("period", Map.of("name", period.name(), "from", period.from(), "to", period.to()));
        out.put("offered", r.offered());
        out.put("current", r.current());
        out.put("shareOffered", r.shareOffered());
        out.put("responses", r.responses());
        out.put("responseRate", r.responseRate());
        out.put("answeredOverall", r.answeredOverall());
        out.put("shareSatisfied", r.shareSatisfied());
        out.put("targets", Map.of("offered", Map.of("target", r.targets().offered(), "met", r.offeredMet()),
                "responseRate", Map.of("target", r.targets().responseRate(), "met", r.responseRateMet()),
                "satisfied", Map.of("target", r.targets().satisfied(), "met", r.satisfiedMet())));
        out.put("questions", r.questions().stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", q.question().key());
            m.put("text", q.question().text().in(lang));
            m.put("answered", q.answered());
            m.put("counts", java.util.Arrays.stream(q.counts()).boxed().toList());
            return m;
        }).toList());
        bodies.json(ctx, out);
    }

    public void createReview(Context ctx) {
        ServiceId service = serviceParam(ctx);
        StoredRequests.ReviewBody body = bodies.read(ctx, StoredRequests.ReviewBody.class);
        ReviewParts parts = reviewParts(service, body);
        FidelityReviews.Scored s = reviews.create(actor(ctx), org(ctx), service, parts.review(), parts.status(), parts.plan());
        ctx.header("Location", BASE + org(ctx) + "/services/" + service + "/fidelity-reviews/" + s.review().id());
        ctx.header("ETag", etag(s.review().version()));
        created(ctx, review(s, Lang.of(ctx)));
    }

    public void updateReview(Context ctx) {
        ServiceId service = serviceParam(ctx);
        java.util.UUID id = reviewId(ctx);
        StoredRequests.ReviewBody body = bodies.read(ctx, StoredRequests.ReviewBody.class);
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw StoredModeException.preconditionRequired("send If-Match with the ETag of the version you change, e.g. If-Match: \"1\"");
        }
        ReviewParts parts = reviewParts(service, body);
        FidelityReviews.Scored s = reviews.update(actor(ctx), org(ctx), service, id, version(ifMatch), parts.review(), parts.status(),
                Optional.ofNullable(body.reason()), parts.plan());
        ctx.header("ETag", etag(s.review().version()));
        bodies.json(ctx, review(s, Lang.of(ctx)));
    }

    public void getReview(Context ctx) {
        FidelityReviews.Scored s = reviews.get(actor(ctx), org(ctx), serviceParam(ctx), reviewId(ctx));
        ctx.header("ETag", etag(s.review().version()));
        bodies.json(ctx, review(s, Lang.of(ctx)));
    }

    public void listReviews(Context ctx) {
        Language lang = Lang.of(ctx);
        bodies.json(ctx, Map.of("reviews", reviews.list(actor(ctx), org(ctx), serviceParam(ctx)).stream().map(s -> review(s, lang)).toList()));
    }

    public void reviewHistory(Context ctx) {
        Language lang = Lang.of(ctx);
        List<FidelityReviews.Scored> versions = reviews.history(actor(ctx), org(ctx), serviceParam(ctx), reviewId(ctx));
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Map<String, Object> v = review(versions.get(i), lang);
            List<Map<String, Object>> changes = new ArrayList<>();
            if (i > 0) {
                var before = versions.get(i - 1).result();
                var after = versions.get(i).result();
                for (int n = 1; n <= 25; n++) {
                    var from = before.score(n);
                    var to = after.score(n);
                    if (!from.equals(to)) {
                        Map<String, Object> c = new LinkedHashMap<>();
                        c.put("item", n);
                        c.put("from", from.isPresent() ? from.getAsInt() : null);
                        c.put("to", to.isPresent() ? to.getAsInt() : null);
                        changes.add(c);
                    }
                }
            }
            v.put("changes", changes);
            out.add(v);
        }
        bodies.json(ctx, Map.of("id", versions.get(0).review().id().toString(), "versions", out));
    }

    private record ReviewParts(se.skapa.core.fidelity.Review review, StoredReview.Status status, List<ActionPlanItem> plan) {
    }

    private static ReviewParts reviewParts(ServiceId service, StoredRequests.ReviewBody body) {
        Violations v = new Violations();
        List<Pseudonym> reviewers = new ArrayList<>();
        List<String> given = body.reviewers() == null ? List.of() : body.reviewers();
        for (int i = 0; i < given.size(); i++) {
            Optional.ofNullable(Keys.key(v, Pointer.at("/reviewers", i), given.get(i))).ifPresent(reviewers::add);
        }
        List<se.skapa.core.fidelity.ItemScore> items = body.items().stream().map(i -> new se.skapa.core.fidelity.ItemScore(i.number(), i.score(),
                Optional.ofNullable(i.note()))).toList();
        StoredReview.Status status = StoredReview.Status.DRAFT;
        if (body.status() != null) {
            try {
                status = StoredReview.Status.valueOf(body.status().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("/status", "type", "status must be draft or final");
            }
        }
        List<ActionPlanItem> plan = new ArrayList<>();
        List<StoredRequests.PlanBody> lines = body.actionPlan() == null ? List.of() : body.actionPlan();
        for (int i = 0; i < lines.size(); i++) {
            StoredRequests.PlanBody p = lines.get(i);
            String at = Pointer.at("/actionPlan", i);
            Pseudonym owner = Keys.key(v, at + "/owner", p.owner());
            if (owner != null) {
                Optional.ofNullable(v.attempt(at, () -> new ActionPlanItem(p.item(), p.action(), owner, p.due()))).ifPresent(plan::add);
            }
        }
        v.throwIfAny();
        return new ReviewParts(new se.skapa.core.fidelity.Review(Pseudonym.of(service.value()), body.date(), reviewers, items), status, plan);
    }

    private static Map<String, Object> review(FidelityReviews.Scored s, Language lang) {
        StoredReview r = s.review();
        var result = s.result();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id().toString());
        out.put("service", r.service().value());
        out.put("date", r.review().date());
        out.put("reviewers", r.review().reviewers().stream().map(Pseudonym::value).toList());
        out.put("status", r.status().name());
        out.put("reason", r.reason().orElse(null));
        out.put("items", r.review().items().stream().sorted(java.util.Comparator.comparingInt(se.skapa.core.fidelity.ItemScore::number)).map(i -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", i.number());
            m.put("score", i.score());
            m.put("note", i.note().orElse(null));
            return m;
        }).toList());
        out.put("complete", result.complete());
        out.put("missingItems", result.missingItems());
        out.put("total", result.total().isPresent() ? result.total().getAsInt() : null);
        out.put("band", result.band().map(b -> b.label().in(lang)).orElse(null));
        out.put("developmentAreas", result.developmentAreas().stream().map(i -> i.number()).toList());
        out.put("actionPlan", r.actionPlan().stream().map(p -> Map.of("item", p.item(), "action", p.action(), "owner", p.owner().value(),
                "due", p.due())).toList());
        out.put("version", r.version());
        out.put("recordedBy", r.recordedBy().value());
        out.put("recordedAt", r.recordedAt());
        return out;
    }

    private static java.util.UUID reviewId(Context ctx) {
        try {
            String id = ctx.pathParam("id");
            if (id.length() == 36) {
                return java.util.UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // not found below
        }
        throw StoredModeException.notFound("no fidelity review '" + ctx.pathParam("id") + "'");
    }

    private static SurveyPeriod periodParam(Context ctx) {
        try {
            return SurveyPeriod.of(ctx.pathParam("period"));
        } catch (ValidationException e) {
            throw StoredModeException.notFound("no survey period '" + ctx.pathParam("period") + "'");
        }
    }

    private static Map<String, Object> enrolment(StoredEnrolment e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id().toString());
        out.put("service", e.service().value());
        out.put("participant", e.enrolment().key().value());
        out.put("admitted", e.enrolment().admitted());
        out.put("firstContact", e.enrolment().firstContact().orElse(null));
        out.put("actionPlan", e.enrolment().actionPlan());
        out.put("closed", e.enrolment().closed().orElse(null));
        out.put("outcome", e.enrolment().outcome().orElse(null));
        out.put("subsidised", e.enrolment().subsidised());
        out.put("version", e.version());
        out.put("recordedBy", e.recordedBy().value());
        out.put("recordedAt", e.recordedAt());
        return out;
    }

    public void eraseParticipant(Context ctx) {
        Pseudonym participant = participant(ctx);
        int rows = erasure.erase(actor(ctx), org(ctx), participant);
        bodies.json(ctx, Map.of("participant", participant.value(), "erased", true, "rows", rows));
    }

    public void audit(Context ctx) {
        LocalDate to = date(ctx, "to").orElse(LocalDate.now(clock));
        LocalDate from = date(ctx, "from").orElse(to);
        List<AuditEntry> lines = audit.read(actor(ctx), org(ctx), from, to);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", from);
        out.put("to", to);
        out.put("entries", lines.stream().map(StoredRoutes::auditLine).toList());
        out.put("truncated", lines.size() >= AuditTrail.MAX_LINES);
        bodies.json(ctx, out);
    }

    // --- translation ---

    private Measurement measurement(StoredRequests.MeasurementBody body) {
        Violations v = new Violations();
        Pseudonym participant = Keys.key(v, "/participant", body.participant());
        Pseudonym handledare = body.handledare() == null ? null : Keys.key(v, "/handledare", body.handledare());
        Optional<Instrument> instrument = body.instrumentVersion() == null ? catalog.find(body.instrument())
                : catalog.find(body.instrument(), body.instrumentVersion());
        v.check(instrument.isPresent(), "/instrument", "unknown-instrument", "no instrument '" + body.instrument() + "'"
                + (body.instrumentVersion() == null ? "" : " version " + body.instrumentVersion()) + "; GET /api/v1/instruments lists them");
        v.throwIfAny();
        Map<String, Answer> answers = new HashMap<>();
        body.scores().forEach((k, s) -> answers.put(k, s == null ? Answer.notAnswered() : Answer.score(s)));
        return new Measurement(participant, body.date(), instrument.get().id(), instrument.get().version(), body.respondent(),
                Optional.ofNullable(handledare), answers, Optional.ofNullable(body.comment()));
    }

    private static ServiceId serviceOf(StoredRequests.MeasurementBody body) {
        try {
            return ServiceId.of(body.service());
        } catch (ValidationException e) {
            throw e.under("/service");
        }
    }

    static Map<String, Object> measurementView(StoredMeasurement s) {
        Measurement m = s.measurement();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id().toString());
        out.put("organisation", s.provenance().organisation().value());
        out.put("service", s.service().value());
        out.put("participant", m.participant().value());
        out.put("instrument", Map.of("id", m.instrumentId(), "version", m.instrumentVersion()));
        out.put("respondent", m.respondent());
        out.put("date", m.date());
        out.put("handledare", m.handledare().map(Pseudonym::value).orElse(null));
        Map<String, Integer> scores = new java.util.TreeMap<>();
        m.answers().forEach((k, a) -> scores.put(k, a.isAnswered() ? a.scoreOrThrow() : null));
        out.put("scores", scores);
        out.put("comment", m.comment().orElse(null));
        out.put("version", s.version());
        out.put("recordedBy", s.provenance().recordedBy().value());
        out.put("recordedAt", s.provenance().recordedAt());
        return out;
    }

    private static Map<String, Object> change(Change c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("field", c.field());
        out.put("from", c.from().orElse(null));
        out.put("to", c.to().orElse(null));
        return out;
    }

    private static Map<String, Object> issued(IssuedKey k) {
        Map<String, Object> out = key(k.key());
        out.put("key", k.secret());
        return out;
    }

    private static Map<String, Object> key(ApiKey k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", k.id().toString());
        out.put("holder", k.holder().value());
        out.put("roles", k.roles().stream().map(Role::code).sorted().toList());
        out.put("created", k.created());
        out.put("revoked", k.revoked().orElse(null));
        out.put("lastUsed", k.lastUsed().orElse(null));
        return out;
    }

    private static Map<String, Object> service(Service s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id().value());
        out.put("name", s.name());
        out.put("created", s.created());
        return out;
    }

    private static Map<String, Object> followUp(FollowUp f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("participant", f.participant().value());
        out.put("service", f.service().value());
        out.put("handledare", f.handledare().map(Pseudonym::value).orElse(null));
        out.put("latest", f.status().latest());
        out.put("nextDue", f.status().nextDue());
        out.put("overdue", f.status().overdue());
        out.put("daysOverdue", f.status().daysOverdue());
        return out;
    }

    private static Map<String, Object> auditLine(AuditEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("at", e.at());
        out.put("key", e.key().map(KeyId::toString).orElse(null));
        out.put("holder", e.holder());
        out.put("action", e.action());
        out.put("resource", e.resource());
        out.put("participant", e.participant().map(Pseudonym::value).orElse(null));
        out.put("rows", e.rows().orElse(null));
        return out;
    }

    private void created(Context ctx, Object body) {
        bodies.json(ctx, body);
        ctx.status(201);
    }

    private static Actor actor(Context ctx) {
        return StoredAuth.actor(ctx);
    }

    private static OrganisationId org(Context ctx) {
        try {
            return OrganisationId.of(ctx.pathParam("org"));
        } catch (ValidationException e) {
            throw StoredModeException.notFound("no organisation '" + ctx.pathParam("org") + "'");
        }
    }

    private static Pseudonym participant(Context ctx) {
        try {
            return Pseudonym.of(ctx.pathParam("participant"));
        } catch (ValidationException e) {
            throw e.under("/participant");
        }
    }

    private static ServiceId serviceParam(Context ctx) {
        try {
            return ServiceId.of(ctx.pathParam("service"));
        } catch (ValidationException e) {
            throw StoredModeException.notFound("no service '" + ctx.pathParam("service") + "'");
        }
    }

    private static String instrumentParam(Context ctx) {
        String id = ctx.queryParam("instrument");
        return id == null || id.isBlank() ? DEFAULT_INSTRUMENT : id;
    }

    private static Respondent respondentParam(Context ctx) {
        String r = ctx.queryParam("respondent");
        if (r == null || r.isBlank()) {
            return Respondent.PARTICIPANT;
        }
        try {
            return Respondent.valueOf(r);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("/respondent", "type", "respondent must be PARTICIPANT or HANDLEDARE");
        }
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(raw));
        } catch (DateTimeParseException e) {
            throw ValidationException.of("/" + name, "type", name + " must be a date (YYYY-MM-DD)");
        }
    }

    private static Period days(Violations v, String raw) {
        try {
            int d = Integer.parseInt(raw);
            if (d >= 0 && d <= 366) {
                return Period.ofDays(d);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add("/within", "range", "within must be a whole number of days, 0-366");
        return Period.ZERO;
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match names; a value that names none cannot match the current version. */
    private static int version(String ifMatch) {
        String v = ifMatch.strip();
        if (v.length() >= 3 && v.startsWith("\"") && v.endsWith("\"") && v.substring(1, v.length() - 1).matches("\\d{1,9}")) {
            return Integer.parseInt(v.substring(1, v.length() - 1));
        }
        throw StoredModeException.stale("If-Match " + (v.length() > 40 ? v.substring(0, 40) + "..." : v)
                + " is not an ETag of this measurement; read it again for its ETag");
    }

    private static void checkIdempotencyKey(String key) {
        if (key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ValidationException.of("", "idempotency-key", "Idempotency-Key must be 1-255 visible ASCII characters, e.g. a UUID");
        }
    }
}
