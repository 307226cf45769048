package se.skapa.rest.socioeconomic;

import static se.skapa.rest.http.Params.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.skapa.app.ServiceId;
import se.skapa.app.register.RegisterSocioeconomics;
import se.skapa.core.benefit.Benefit;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;
import se.skapa.core.finsam.MemberShare;
import se.skapa.core.outcomes.SmallNumbers;
import se.skapa.core.register.RegisterPricing;
import se.skapa.core.socioeconomic.ParameterSet;
import se.skapa.core.socioeconomic.ParameterSets;
import se.skapa.rest.http.Lang;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;
import se.skapa.rest.responses.Withholding.Count;

/**
 * The socioeconomic calculation of a service's (or the organisation's) closed participants, fed
 * from the register: the query names the period, the parameter set and what the caller adds to it,
 * the service's cost and, for a förbund, the member kommuner's shares.
 */
public final class SocioeconomicFromRegisterRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  /** The most member kommuner a förbund is split over. */
  static final int MAX_MEMBERS = 50;

  private final RegisterSocioeconomics socioeconomics;
  private final RequestBodies bodies;

  public SocioeconomicFromRegisterRoutes(
      RegisterSocioeconomics socioeconomics, RequestBodies bodies) {
    this.socioeconomics = socioeconomics;
    this.bodies = bodies;
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(
        ORG + "/services/{service}/socioeconomic",
        Access.MEMBER,
        ctx -> calculate(ctx, Optional.of(serviceParam(ctx))));
    r.get(ORG + "/socioeconomic", Access.MEMBER, ctx -> calculate(ctx, Optional.empty()));
  }

  record NotCountedView(String reason, String label, Count count) {}

  record TypicalView(String benefit, long monthly, String source) {}

  record MemberView(String member, BigDecimal share, long amount) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Answer(
      @Nullable String service,
      LocalDate from,
      LocalDate to,
      String parameterSet,
      Count closed,
      Count counted,
      List<NotCountedView> notCounted,
      int recordedAmounts,
      int typicalAmounts,
      List<TypicalView> typical,
      List<String> assumptions,
      @Nullable Map<String, Object> calculation,
      List<MemberView> members,
      @Nullable String suppression) {}

  private void calculate(Context ctx, Optional<ServiceId> service) {
    ReportPeriod period = orderedPeriod(ctx);
    // Every mistake in the query at once.
    Violations v = new Violations();
    ParameterSet set = parameters(ctx, v);
    List<MemberShare> members = members(ctx, v);
    Kronor cost = serviceCost(ctx, v);
    v.throwIfAny();
    RegisterSocioeconomics.Answer a =
        socioeconomics.calculate(
            actor(ctx),
            org(ctx),
            service,
            period.from(),
            period.to(),
            Violations.built(set),
            cost,
            members);
    ParameterSet used = Violations.built(set);
    Language lang = Lang.of(ctx);
    Set<String> h = a.withheld();
    int t = a.threshold();
    RegisterPricing.Summary p = a.pricing();
    List<NotCountedView> not = new ArrayList<>();
    p.notCounted()
        .forEach(
            (reason, n) ->
                not.add(
                    new NotCountedView(
                        reason.name(),
                        reason.label().in(lang),
                        Count.of(n, "notCounted." + reason.name(), h, t))));
    List<TypicalView> typical = new ArrayList<>();
    used.typicalAmounts()
        .forEach(
            (b, ta) -> typical.add(new TypicalView(b.name(), ta.monthly().value(), ta.source())));
    Map<String, Object> calculation =
        a.result()
            .map(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>(SocioeconomicRoutes.result(r, lang));
                  // Per-person rows are the participant's own register, not a report's.
                  m.remove("perPerson");
                  return m;
                })
            .orElse(null);
    bodies.json(
        ctx,
        new Answer(
            service.map(ServiceId::value).orElse(null),
            period.from(),
            period.to(),
            used.id(),
            Count.of(p.closed(), "calculation", h, t),
            Count.of(p.people().size(), "calculation", h, t),
            not,
            h.contains("calculation") ? 0 : p.recordedAmounts(),
            h.contains("calculation") ? 0 : p.typicalAmounts(),
            typical,
            ASSUMPTIONS.stream().map(x -> x.in(lang)).toList(),
            calculation,
            a.members().stream()
                .map(m -> new MemberView(m.member(), m.share(), m.amount().value()))
                .toList(),
            h.isEmpty() ? null : SmallNumbers.rule(t).in(lang)));
  }

  /** What every answer rests on, said in it: RegisterPricing's rules in a reader's words. */
  static final List<LocalizedText> ASSUMPTIONS =
      List.of(
          LocalizedText.of(
              "Räknar deltagare som avslutats under perioden, med försörjningen registrerad vid"
                  + " inskrivning och avslut, och deras första år efteråt.",
              "Counts the participants closed in the period, with the support recorded at"
                  + " admission and closing, and their first year after."),
          LocalizedText.of(
              "En förmån räknas som minskad utbetalning i den del som upphört vid avslutet; beloppet"
                  + " är det registrerade, annars parameteruppsättningens typiska belopp.",
              "A benefit counts as a reduced payment in the part that stopped by closing; the"
                  + " amount is the one recorded, otherwise the parameter set's typical amount."),
          LocalizedText.of(
              "Skatten på skattepliktiga förmåner uppskattas som beloppet gånger skattesatsen"
                  + " (grundavdrag ej medräknat), så ökningen av skatteintäkter är snarare"
                  + " underskattad.",
              "Tax on taxed benefits is estimated as the amount times the tax rate (no"
                  + " grundavdrag), so the tax gained is if anything understated."),
          LocalizedText.of(
              "Arbete vid avslut har lönen som registrerats med det, annars lönerna för de"
                  + " anställningar som pågick på avslutsdagen, och lönestöden för de"
                  + " subventionerade.",
              "Work at closing is paid the wage recorded with it, otherwise the wages of the jobs"
                  + " held on the closing day, with the subsidies of the subsidised ones."),
          LocalizedText.of(
              "Boendestöd registreras inte och ingår inte. En förmån som började eller ökade räknas"
                  + " inte som besparing: personen räknas då inte alls.",
              "Housing support is not recorded and not included. A benefit that began or grew is"
                  + " not a saving: the person is then not counted at all."));

  /** The set, its overrides ({@code overrides=name:value}) and typical amounts added. */
  private static @Nullable ParameterSet parameters(Context ctx, Violations v) {
    String id = Optional.ofNullable(ctx.queryParam("parameterSet")).orElse(ParameterSets.DEFAULT);
    ParameterSet set = SocioeconomicRoutes.parameterSet(id, "/parameterSet");
    List<String> typical = ctx.queryParams("typical");
    for (int i = 0; i < typical.size(); i++) {
      String at = Pointer.at("/typical", i);
      String[] kv = pair(v, at, typical.get(i), "typical", "SJUKPENNING:15000");
      if (kv == null) {
        continue;
      }
      Benefit b = null;
      try {
        b = Benefit.valueOf(kv[0]);
      } catch (IllegalArgumentException e) {
        v.add(
            at,
            "format",
            "typical is written like SJUKPENNING:15000 (a benefit: "
                + String.join(
                    " | ", java.util.Arrays.stream(Benefit.values()).map(Enum::name).toList())
                + "), got "
                + Pseudonym.redact(kv[0]));
      }
      Long amount = whole(v, at, kv[1], "typical");
      if (b != null && amount != null) {
        Benefit benefit = b;
        ParameterSet current = set;
        set =
            v.attempt("", () -> current.withTypicalMonthly(benefit, Kronor.of(amount), "override"));
        if (set == null) {
          set = current;
        }
      }
    }
    Map<String, BigDecimal> overrides = new LinkedHashMap<>();
    List<String> given = ctx.queryParams("overrides");
    for (int i = 0; i < given.size(); i++) {
      String[] kv =
          pair(v, Pointer.at("/overrides", i), given.get(i), "overrides", "persistence:0.5");
      if (kv != null) {
        try {
          overrides.put(kv[0], new BigDecimal(kv[1].replace(',', '.')));
        } catch (NumberFormatException e) {
          v.add(
              Pointer.at("/overrides", i),
              "format",
              "overrides is written like persistence:0.5 (a number after the colon)");
        }
      }
    }
    ParameterSet complete = set;
    return v.attempt("", () -> complete.withOverrides(overrides));
  }

  private static List<MemberShare> members(Context ctx, Violations v) {
    List<String> given = ctx.queryParams("member");
    if (given.size() > MAX_MEMBERS) {
      throw ValidationException.of(
          "/member", "size", "at most " + MAX_MEMBERS + " members, got " + given.size());
    }
    List<MemberShare> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String[] kv = pair(v, Pointer.at("/member", i), given.get(i), "member", "Luleå:0.52");
      if (kv != null) {
        try {
          out.add(new MemberShare(kv[0], new BigDecimal(kv[1].replace(',', '.'))));
        } catch (NumberFormatException e) {
          v.add(
              Pointer.at("/member", i),
              "format",
              "member is written like Luleå:0.52 (a share after the colon)");
        }
      }
    }
    return out;
  }

  private static Kronor serviceCost(Context ctx, Violations v) {
    String raw = ctx.queryParam("serviceCostPerYear");
    Long cost =
        raw == null || raw.isBlank()
            ? null
            : whole(v, "/serviceCostPerYear", raw, "serviceCostPerYear");
    return cost == null ? Kronor.ZERO : Kronor.of(cost);
  }

  private static String @Nullable [] pair(
      Violations v, String at, String raw, String name, String example) {
    int colon = raw.lastIndexOf(':');
    if (colon <= 0 || colon == raw.length() - 1) {
      v.add(at, "format", name + " is written like " + example + " (name:value)");
      return null;
    }
    return new String[] {raw.substring(0, colon), raw.substring(colon + 1)};
  }

  private static @Nullable Long whole(Violations v, String at, String raw, String name) {
    try {
      long n = Long.parseLong(raw.replace(" ", ""));
      if (n < 0 || n > 1_000_000_000_000L) {
        v.add(at, "range", name + " must be at least 0 and at most 1 000 000 000 000, got " + n);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      v.add(at, "format", name + " is written like 15000 (whole kronor)");
      return null;
    }
  }
}
