package se.skapa.rest.socioeconomic;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import se.skapa.core.chart.PayerChart;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Numbers;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.common.ViolationTexts;
import se.skapa.core.common.Violations;
import se.skapa.core.socioeconomic.After;
import se.skapa.core.socioeconomic.BenefitBefore;
import se.skapa.core.socioeconomic.HousingSupport;
import se.skapa.core.socioeconomic.Parameter;
import se.skapa.core.socioeconomic.ParameterSet;
import se.skapa.core.socioeconomic.ParameterSets;
import se.skapa.core.socioeconomic.Person;
import se.skapa.core.socioeconomic.Scenario;
import se.skapa.core.socioeconomic.SocioeconomicCalculator;
import se.skapa.core.socioeconomic.SocioeconomicInput;
import se.skapa.core.socioeconomic.SocioeconomicResult;
import se.skapa.rest.http.ApiException;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/** Socioeconomic calculation over HTTP. */
public final class SocioeconomicRoutes {

  private final RequestBodies bodies;

  public SocioeconomicRoutes(RequestBodies bodies) {
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get("/api/v1/socioeconomic/parameter-sets", Access.CALLER, this::parameterSets);
    r.get("/api/v1/socioeconomic/parameter-sets/{id}", Access.CALLER, this::parameterSet);
    r.post("/api/v1/socioeconomic/calculate", Access.CALLER, this::calculate);
    r.post("/api/v1/socioeconomic/chart", Access.CALLER, this::chart);
    r.post("/api/v1/socioeconomic/scenarios", Access.CALLER, this::scenarios);
  }

  public void parameterSets(Context ctx) {
    Language lang = Lang.of(ctx);
    bodies.json(
        ctx,
        Map.of(
            "parameterSets",
            ParameterSets.all().stream()
                .map(p -> Map.of("id", p.id(), "version", p.version(), "name", p.name().in(lang)))
                .toList()));
  }

  public void parameterSet(Context ctx) {
    String id = ctx.pathParam("id");
    ParameterSet set =
        ParameterSets.find(id)
            .orElseThrow(() -> ApiException.notFound("no parameter set '" + id + "'"));
    Language lang = Lang.of(ctx);
    List<Map<String, Object>> params = new ArrayList<>();
    for (Parameter p : Parameter.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", p.apiName());
      // A parameter without a general source has no value here: the caller gives it in overrides.
      m.put("value", set.get(p));
      m.put("label", p.label().in(lang));
      m.put(
          "source",
          set.sources()
              .getOrDefault(
                  p,
                  lang == Language.SV
                      ? "inget värde i uppsättningen: ange ert eget i overrides"
                      : "no value in this set: give your own in overrides"));
      params.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", set.id());
    out.put("version", set.version());
    out.put("name", set.name().in(lang));
    out.put("parameters", params);
    set.statutoryAmounts()
        .ifPresent(
            a -> {
              out.put("statutoryYear", a.year());
              out.put(
                  "statutoryAmounts",
                  a.entries().stream()
                      .map(
                          e ->
                              Map.of(
                                  "name",
                                  e.name(),
                                  "value",
                                  e.value(),
                                  "label",
                                  e.label().in(lang),
                                  "source",
                                  e.source()))
                      .toList());
            });
    bodies.json(ctx, out);
  }

  /** The simplification every set makes in the tax on pay, said in every answer. */
  static final se.skapa.core.common.LocalizedText TAX_NOTE =
      se.skapa.core.common.LocalizedText.of(
          "Den ökade skatten räknas som skattesatsen × bruttolönen, en förenkling som i"
              + " Hudiksvallsrapporten: den preliminärskatt som dras efter grundavdrag och"
              + " jobbskatteavdrag är lägre, så beloppet är en övre gräns.",
          "The increased tax is counted as the tax rate × the gross salary, a simplification as in"
              + " the Hudiksvall report: the tax withheld after grundavdrag and jobbskatteavdrag is"
              + " lower, so the amount is an upper bound.");

  public void calculate(Context ctx) {
    CalculateRequest req = bodies.read(ctx, CalculateRequest.class);
    Language lang = Lang.of(ctx);
    Map<String, Object> out = result(SocioeconomicCalculator.calculate(input(req, "")), lang);
    if (req.parameterSet() == null) {
      // The default is said, never silent, from the set itself: its values are not necessarily
      // today's.
      ParameterSet used = ParameterSets.find(ParameterSets.DEFAULT).orElseThrow();
      String tax = Numbers.percent(used.taxRate().doubleValue(), 0, lang);
      out.put(
          "parameterSetNote",
          lang == Language.SV
              ? "Ingen parameteruppsättning angavs: "
                  + used.id()
                  + " ("
                  + used.name().sv()
                  + ", "
                  + tax
                  + " skatt) användes. Ange \"parameterSet\": \""
                  + ParameterSets.SWEDEN_2026
                  + "\" med egna värden för det som saknar källa."
              : "No parameterSet was given: "
                  + used.id()
                  + " ("
                  + used.name().en()
                  + ", "
                  + tax
                  + " tax) was used. Give \"parameterSet\": \""
                  + ParameterSets.SWEDEN_2026
                  + "\" with your own values for what has no source.");
    }
    bodies.json(ctx, out);
  }

  public void chart(Context ctx) {
    CalculateRequest req = bodies.read(ctx, CalculateRequest.class);
    ctx.contentType("image/svg+xml; charset=utf-8")
        .result(PayerChart.render(SocioeconomicCalculator.calculate(input(req, "")), Lang.of(ctx)));
  }

  public void scenarios(Context ctx) {
    CalculateRequest.ScenariosRequest req =
        bodies.read(ctx, CalculateRequest.ScenariosRequest.class);
    Violations v = new Violations();
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < req.scenarios().size(); i++) {
      CalculateRequest.NamedScenario s = req.scenarios().get(i);
      String at = Pointer.at("/scenarios", i) + "/calculation";
      SocioeconomicInput in = v.attempt("", () -> input(s.calculation(), at));
      if (in != null) {
        scenarios.add(new Scenario(s.name(), in));
      }
    }
    v.throwIfAny();
    Language lang = Lang.of(ctx);
    bodies.json(
        ctx,
        Map.of(
            "scenarios",
            compare(scenarios).stream()
                .map(o -> Map.of("name", o.name(), "result", result(o.result(), lang)))
                .toList()));
  }

  /**
   * The core names a scenario's fields {@code /scenarios/<i>/people/...}; the request nests them
   * under {@code calculation}. Only the name is the scenario's own field.
   */
  private static List<Scenario.Outcome> compare(List<Scenario> scenarios) {
    try {
      return Scenario.compare(scenarios);
    } catch (ValidationException e) {
      throw new ValidationException(
          e.violations().stream()
              .map(
                  x ->
                      new Violation(
                          SCENARIO_FIELD.matcher(x.pointer()).replaceFirst("$1/calculation$2"),
                          x.rule(),
                          x.message()))
              .toList());
    }
  }

  private static final Pattern SCENARIO_FIELD =
      Pattern.compile("^(/scenarios/\\d+)(/(?!name$).*)$");

  /** Request to core input; violations point into the request below {@code prefix}. */
  static SocioeconomicInput input(CalculateRequest req, String prefix) {
    String id = Optional.ofNullable(req.parameterSet()).orElse(ParameterSets.DEFAULT);
    ParameterSet set = parameterSet(id, prefix + "/parameterSet");
    Violations v = new Violations();
    ParameterSet params =
        v.attempt(
            prefix, () -> set.withOverrides(Optional.ofNullable(req.overrides()).orElse(Map.of())));
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < req.people().size(); i++) {
      CalculateRequest.PersonDto dto = req.people().get(i);
      String at = Pointer.at(prefix + "/people", i);
      List<BenefitBefore> before =
          dto.before().stream()
              .map(
                  b ->
                      new BenefitBefore(
                          b.benefit(),
                          Kronor.of(b.monthlyAmount()),
                          Kronor.of(Optional.ofNullable(b.taxWithheld()).orElse(0L))))
              .toList();
      After after = after(v, at + "/after", dto.after());
      if (after != null) {
        people.add(new Person(before, after));
      }
    }
    List<HousingSupport> housing =
        Optional.ofNullable(req.housingSupport()).orElse(List.of()).stream()
            .map(h -> new HousingSupport(h.hoursPerWeekBefore(), h.hoursPerWeekAfter()))
            .toList();
    v.throwIfAny();
    return new SocioeconomicInput(
        Violations.built(params),
        people,
        housing,
        Kronor.of(Optional.ofNullable(req.serviceCostPerYear()).orElse(0L)),
        Optional.ofNullable(req.yearlyIntake()));
  }

  /**
   * A shipped parameter set by id.
   *
   * @param id the set's id
   * @param pointer where the id was given, for the refusal
   * @return the set
   * @throws ValidationException rule {@code unknown-parameter-set} at {@code pointer}
   */
  static ParameterSet parameterSet(String id, String pointer) {
    return ParameterSets.find(id)
        .orElseThrow(
            () ->
                ValidationException.of(
                    pointer,
                    "unknown-parameter-set",
                    "no parameter set '"
                        + id
                        + "'; GET /api/v1/socioeconomic/parameter-sets lists them"));
  }

  private static @Nullable After after(Violations v, String at, CalculateRequest.AfterDto a) {
    return switch (a.type()) {
      case EMPLOYMENT -> {
        boolean ok =
            v.check(
                a.employmentRate() != null,
                at + "/employmentRate",
                "required",
                "employmentRate is required for EMPLOYMENT");
        ok &=
            v.check(
                a.sector() != null,
                at + "/sector",
                "required",
                "sector is required for EMPLOYMENT");
        ok &=
            v.check(
                a.monthlySalary() != null,
                at + "/monthlySalary",
                "required",
                "monthlySalary is required for EMPLOYMENT");
        yield ok
            ? new After.Employment(
                a.employmentRate(),
                a.sector(),
                Kronor.of(a.monthlySalary()),
                Optional.ofNullable(a.wageSubsidy())
                    .map(w -> new After.WageSubsidy(w.share(), Kronor.of(w.monthlyAmount()))))
            : null;
      }
      case STUDIES -> {
        boolean ok =
            v.check(
                a.studyGrantPerFourWeeks() != null,
                at + "/studyGrantPerFourWeeks",
                "required",
                "studyGrantPerFourWeeks is required for STUDIES (0 if none)");
        ok &=
            v.check(
                a.studyLoanPerFourWeeks() != null,
                at + "/studyLoanPerFourWeeks",
                "required",
                "studyLoanPerFourWeeks is required for STUDIES (0 if none)");
        yield ok
            ? new After.Studies(
                Kronor.of(a.studyGrantPerFourWeeks()),
                Kronor.of(a.studyLoanPerFourWeeks()),
                Optional.ofNullable(a.studyWeeksPerYear()).orElse(After.Studies.FULL_YEAR_WEEKS))
            : null;
      }
      case OCCUPATION -> new After.Occupation();
      case NONE -> new After.NoChange();
    };
  }

  /**
   * A calculation's answer as the API gives it, the same for every route that calculates.
   *
   * @param r the result
   * @param lang the reader's language
   * @return the answer's fields, in order
   */
  public static Map<String, Object> result(SocioeconomicResult r, Language lang) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("parameterSet", r.parameterSetId());
    out.put(
        "warnings",
        r.warnings().stream()
            .map(
                w ->
                    Map.of(
                        "pointer",
                        w.pointer(),
                        "rule",
                        w.rule(),
                        "message",
                        ViolationTexts.message(w, lang)))
            .toList());
    out.put("monthly", r.monthly());
    out.put("yearly", r.yearly());
    out.put("reducedPaymentsPerYear", r.yearly().reducedPaymentsTotal());
    out.put("housingSupport", r.housingSupport());
    out.put(
        "payers",
        r.payers().stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("payer", p.payer());
                  m.put("label", p.payer().label().in(lang));
                  m.put("reducedPayments", p.reducedPayments());
                  m.put("housingSupport", p.housingSupport());
                  m.put("taxRevenue", p.taxRevenue());
                  m.put("costs", p.costs());
                  m.put("net", p.net());
                  return m;
                })
            .toList());
    out.put("kommunView", r.kommunView());
    out.put("grossGainPerYear", r.grossGainPerYear());
    out.put("serviceCostPerYear", r.serviceCostPerYear());
    out.put("grossGainLessServiceCostPerYear", r.grossGainLessServiceCostPerYear());
    out.put("publicNetPerYear", r.publicNetPerYear());
    out.put("societyNetPerYear", r.societyNetPerYear());
    out.put("projection", r.projection());
    out.put("projectionPresentValue", r.projectionPresentValue());
    out.put("counterfactual", r.counterfactual());
    out.put("perPerson", r.perPerson());
    out.put("taxNote", TAX_NOTE.in(lang));
    return out;
  }
}
