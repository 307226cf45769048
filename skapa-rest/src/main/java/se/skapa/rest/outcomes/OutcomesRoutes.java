package se.skapa.rest.outcomes;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.finsam.Allocation;
import se.skapa.core.finsam.BenefitDays;
import se.skapa.core.finsam.FinsamAllocator;
import se.skapa.core.finsam.FullYearEquivalents;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.ClosingRule;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.OutcomeReporter;
import se.skapa.core.outcomes.ServiceParticipant;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.Target;
import se.skapa.rest.http.Keys;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.RequestBodies;

/** Outcome reports, targets and Finsam arithmetic over HTTP. */
public final class OutcomesRoutes {

    private final RequestBodies bodies;

    public OutcomesRoutes(RequestBodies bodies) {
        this.bodies = bodies;
    }

    public void report(Context ctx) {
        OutcomesRequests.ReportRequest req = bodies.read(ctx, OutcomesRequests.ReportRequest.class);
        bodies.json(ctx, report(report(req, ""), Lang.of(ctx)));
    }

    public void targets(Context ctx) {
        OutcomesRequests.TargetsRequest req = bodies.read(ctx, OutcomesRequests.TargetsRequest.class);
        OutcomeReport report = report(req.report(), "/report");
        Violations v = new Violations();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < req.targets().size(); i++) {
            OutcomesRequests.TargetDto t = req.targets().get(i);
            Target target = v.attempt(Pointer.at("/targets", i), () -> new Target(t.metric(), t.comparison() == OutcomesRequests.Comparison.AT_LEAST, t.value()));
            if (target != null) {
                targets.add(target);
            }
        }
        v.throwIfAny();
        Language lang = Lang.of(ctx);
        List<Map<String, Object>> out = targets.stream().map(t -> {
            Target.Evaluation e = t.evaluate(report);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", t.metric());
            m.put("label", t.metric().label().in(lang));
            m.put("comparison", t.atLeast() ? "AT_LEAST" : "AT_MOST");
            m.put("target", t.value());
            m.put("actual", e.actual());
            m.put("met", e.met());
            m.put("gap", e.gap());
            return m;
        }).toList();
        bodies.json(ctx, Map.of("report", report(report, lang), "targets", out));
    }

    public void allocation(Context ctx) {
        OutcomesRequests.AllocationRequest req = bodies.read(ctx, OutcomesRequests.AllocationRequest.class);
        if ((req.total() == null) == (req.stateContribution() == null)) {
            throw ValidationException.of("/total", "one-of", "give exactly one of total and stateContribution");
        }
        List<MemberShare> shares = req.members().stream().map(m -> new MemberShare(m.name(), m.share())).toList();
        Allocation a = req.total() != null ? FinsamAllocator.ofTotal(Kronor.of(req.total()), shares)
                : FinsamAllocator.ofStateContribution(Kronor.of(req.stateContribution()), shares);
        bodies.json(ctx, a);
    }

    public void fullYearEquivalents(Context ctx) {
        OutcomesRequests.HeRequest req = bodies.read(ctx, OutcomesRequests.HeRequest.class);
        List<BenefitDays> days = req.days().stream().map(d -> new BenefitDays(d.benefit(), d.days(),
                Optional.ofNullable(d.degree()).orElse(BigDecimal.ONE))).toList();
        bodies.json(ctx, FullYearEquivalents.of(days, Optional.ofNullable(req.divisors()).orElse(Map.of()), Optional.ofNullable(req.population())));
    }

    private static OutcomeReport report(OutcomesRequests.ReportRequest req, String prefix) {
        Violations v = new Violations();
        List<ServiceParticipant> participants = new ArrayList<>();
        for (int i = 0; i < req.participants().size(); i++) {
            OutcomesRequests.ParticipantDto p = req.participants().get(i);
            String at = Pointer.at(prefix + "/participants", i);
            Pseudonym key = Keys.key(v, at + "/key", p.key());
            if (key == null) {
                continue;
            }
            ServiceParticipant sp = v.attempt(at, () -> new ServiceParticipant(key, p.admitted(), Optional.ofNullable(p.closed()),
                    Optional.ofNullable(p.outcome()), Boolean.TRUE.equals(p.subsidised()), Optional.ofNullable(p.firstContact()),
                    Boolean.TRUE.equals(p.actionPlan())));
            if (sp != null) {
                participants.add(sp);
            }
        }
        v.throwIfAny();
        try {
            return OutcomeReporter.report(participants, req.from(), req.to(), req.staffFullTimeEquivalents(),
                    Optional.ofNullable(req.closingRule()).orElse(ClosingRule.CLOSED),
                    Optional.ofNullable(req.contactDays()).orElse(OutcomeReporter.DEFAULT_CONTACT_DAYS));
        } catch (ValidationException e) {
            throw e.under(prefix);
        }
    }

    private static Map<String, Object> report(OutcomeReport r, Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", r.from());
        out.put("to", r.to());
        out.put("activeAtEnd", r.activeAtEnd());
        out.put("admitted", r.admitted());
        out.put("closed", r.closed());
        out.put("closingRule", r.closingRule());
        out.put("outcomes", r.outcomes().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", o.outcome());
            m.put("label", o.outcome().label().in(lang));
            m.put("share", share(o.share(), lang));
            m.put("subsidised", o.subsidised());
            return m;
        }).toList());
        out.put("workOrStudies", share(r.workOrStudies(), lang));
        out.put("lasting", share(r.lasting(), lang));
        out.put("meanDaysClosed", r.meanDaysClosed());
        out.put("medianDaysClosed", r.medianDaysClosed());
        out.put("staffFullTimeEquivalents", r.staffFullTimeEquivalents());
        out.put("participantsPerStaff", r.participantsPerStaff());
        out.put("contactDays", r.contactDays());
        out.put("contactedWithinDays", share(r.contactedWithinDays(), lang));
        out.put("actionPlan", share(r.actionPlan(), lang));
        return out;
    }

    private static Map<String, Object> share(Share s, Language lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.count());
        m.put("denominator", s.denominator());
        m.put("denominatorName", s.denominatorName().in(lang));
        m.put("value", s.value());
        m.put("percent", s.percent());
        return m;
    }
}
