package se.skapa.rest.views;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.skapa.core.common.Language;
import se.skapa.core.outcomes.OutcomeReport;
import se.skapa.core.outcomes.Share;
import se.skapa.core.outcomes.Target;

/** The JSON shape of an outcome report and of targets held against it: the stateless and the stored routes answer alike. */
public final class OutcomeViews {

    private OutcomeViews() {
    }

    public static List<Map<String, Object>> targets(List<Target> targets, OutcomeReport report, Language lang) {
        return targets.stream().map(t -> {
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
    }

    public static Map<String, Object> report(OutcomeReport r, Language lang) {
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
