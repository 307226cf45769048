package se.skapa.core.fidelity;

import java.util.List;
import java.util.Optional;
import se.skapa.core.common.LocalizedText;

/**
 * The fidelity scales SKAPA ships. Only {@code ips-25}: the older 15-item scale's bands could not
 * be confirmed from a public source, so it is left out rather than guessed.
 */
public final class FidelityScales {

  /** Id of the 25-item IPS fidelity scale. */
  public static final String IPS_25 = "ips-25";

  /** Code of the IPS scale's staffing section (items 1–3). */
  public static final String STAFFING = "STAFFING";

  /** Code of the IPS scale's organisation section (items 4–11). */
  public static final String ORGANIZATION = "ORGANIZATION";

  /** Code of the IPS scale's services section (items 12–25). */
  public static final String SERVICES = "SERVICES";

  private static final FidelityScale IPS = buildIps25();

  private FidelityScales() {}

  /**
   * The IPS Supported Employment Fidelity Scale (25 items, 2008; manual revised 2015/2019): items
   * 1–5, total 25–125, bands NOT_IPS 25–73, FAIR 74–99, GOOD 100–114, EXEMPLARY 115–125.
   *
   * @return the scale
   */
  public static FidelityScale ips25() {
    return IPS;
  }

  /** {@return every scale SKAPA ships} */
  public static List<FidelityScale> all() {
    return List.of(IPS);
  }

  /**
   * The shipped scale with this id, if any.
   *
   * @param id a scale's id
   * @return the scale; empty for an unknown id
   */
  public static Optional<FidelityScale> find(String id) {
    return all().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  private static FidelityScale buildIps25() {
    FidelityScale.Builder b =
        FidelityScale.builder(IPS_25, 1)
            .names(
                LocalizedText.of(
                    "IPS programtrohetsskala (25 punkter)",
                    "IPS Supported Employment Fidelity Scale (25 items)"))
            .itemRange(1, 5)
            .developmentAreaAtOrBelow(3)
            .section(STAFFING, LocalizedText.of("Bemanning", "Staffing"))
            .section(ORGANIZATION, LocalizedText.of("Organisation", "Organization"))
            .section(SERVICES, LocalizedText.of("Tjänster", "Services"));
    String[][] items = {
      {STAFFING, "Antal deltagare per arbetsspecialist", "Caseload size"},
      {STAFFING, "Arbetsspecialisternas tid för arbetsinriktat stöd", "Employment services staff"},
      {STAFFING, "Arbetsspecialisterna arbetar med hela processen", "Vocational generalists"},
      {
        ORGANIZATION,
        "Arbetsrehabiliteringen är integrerad i den psykiatriska behandlingen genom kopplingen till behandlingsteam",
        "Integration of rehabilitation with mental health treatment through team assignment"
      },
      {
        ORGANIZATION,
        "Integrering genom täta kontakter med behandlingsteamet",
        "Integration of rehabilitation with mental health treatment through frequent team member contact"
      },
      {
        ORGANIZATION,
        "Samarbete mellan arbetsspecialister och arbetslivsinriktad rehabilitering",
        "Collaboration between employment specialists and vocational rehabilitation counselors"
      },
      {ORGANIZATION, "IPS-enhet", "Vocational unit"},
      {ORGANIZATION, "Handledarens roll", "Role of employment supervisor"},
      {ORGANIZATION, "Inga uteslutningskriterier", "Zero exclusion criteria"},
      {
        ORGANIZATION,
        "Verksamheten fokuserar på reguljärt arbete",
        "Agency focus on competitive employment"
      },
      {
        ORGANIZATION,
        "Ledarna för verksamheten stödjer IPS",
        "Executive team support for supported employment"
      },
      {SERVICES, "Ekonomisk vägledning", "Work incentives planning"},
      {SERVICES, "Att berätta om sin funktionsnedsättning", "Disclosure"},
      {
        SERVICES,
        "Fortlöpande, arbetsbaserad bedömning",
        "Ongoing, work-based vocational assessment"
      },
      {
        SERVICES, "Snabb jobbsökning efter reguljärt arbete", "Rapid job search for competitive job"
      },
      {SERVICES, "Individanpassad jobbsökning", "Individualized job search"},
      {
        SERVICES,
        "Utveckla arbeten – täta besök hos arbetsgivare",
        "Job development — frequent employer contact"
      },
      {
        SERVICES,
        "Utveckla arbeten – skapa relationer till arbetsgivare",
        "Job development — quality of employer contact"
      },
      {SERVICES, "Variation av typer av arbeten", "Diversity of job types"},
      {SERVICES, "Variation av arbetsgivare", "Diversity of employers"},
      {SERVICES, "Permanenta arbeten", "Competitive jobs"},
      {
        SERVICES,
        "Uppföljande stöd anpassat efter individen",
        "Individualized follow-along supports"
      },
      {SERVICES, "Uppföljande stöd under obegränsad tid", "Time-unlimited follow-along supports"},
      {SERVICES, "Samhällsbaserade tjänster", "Community-based services"},
      {
        SERVICES,
        "Aktivt uppsökande verksamhet",
        "Assertive engagement and outreach by integrated treatment team"
      },
    };
    for (int i = 0; i < items.length; i++) {
      b.item(i + 1, items[i][0], LocalizedText.of(items[i][1], items[i][2]));
    }
    return b.band(
            "NOT_IPS",
            25,
            73,
            LocalizedText.of("Stämmer inte överens med IPS", "Not supported employment"))
        .band("FAIR", 74, 99, LocalizedText.of("Stämmer delvis överens med IPS", "Fair fidelity"))
        .band("GOOD", 100, 114, LocalizedText.of("Stämmer bra överens med IPS", "Good fidelity"))
        .band(
            "EXEMPLARY",
            115,
            125,
            LocalizedText.of("Stämmer mycket bra överens med IPS", "Exemplary fidelity"))
        .build();
  }
}
