package se.skapa.core.progression;

import java.util.List;
import se.skapa.core.common.LocalizedText;

/** The instruments SKAPA ships. Licensed instruments are loaded as data, never shipped. */
public final class BuiltInInstruments {

  /** Id of the reconstructed SKAPA instrument. */
  public static final String SKAPA_ID = "skapa";

  /** Indicator key: coping with health challenges (self-rated, 1–10). */
  public static final String HEALTH_COPING = "health-coping";

  /** Indicator key: coping with everyday life (self-rated, 1–10). */
  public static final String EVERYDAY_COPING = "everyday-coping";

  /** Indicator key: confidence in getting a job (self-rated, 1–10). */
  public static final String JOB_BELIEF = "job-belief";

  /** Indicator key: knowledge about the labour market (self-rated, 1–10). */
  public static final String LABOUR_MARKET_KNOWLEDGE = "labour-market-knowledge";

  /** Indicator key: job search behaviour (self-rated, 1–10). */
  public static final String JOB_SEARCH = "job-search";

  /** Indicator key: cooperation skills (self-rated, 1–10). */
  public static final String COOPERATION = "cooperation";

  /** Indicator key: the handledare's belief in the participant's job chances (1–4). */
  public static final String HANDLEDARE_BELIEF = "handledare-belief";

  private static final Instrument SKAPA = buildSkapa();

  private BuiltInInstruments() {}

  /**
   * The {@code skapa} instrument, version 1: six self-rated indicators on 1–10 and the handledare's
   * belief in the participant's job chances on BIP's four steps. A reconstruction from public BIP
   * and SKAPA material, not the licensed questionnaire: it carries labels only, no question
   * wording.
   *
   * @return the instrument
   */
  public static Instrument skapa() {
    return SKAPA;
  }

  /** {@return every built-in instrument} */
  public static List<Instrument> all() {
    return List.of(SKAPA);
  }

  private static Instrument buildSkapa() {
    Scale selfRating = Scale.of(1, 10);
    Scale belief =
        Scale.of(
            1,
            4,
            List.of(
                LocalizedText.of("Nej", "No"),
                LocalizedText.of("Tveksamt", "Doubtful"),
                LocalizedText.of("Goda chanser", "Good chances"),
                LocalizedText.of("Ja", "Yes")));
    return Instrument.builder(SKAPA_ID, 1)
        .names(
            LocalizedText.of(
                "SKAPA – skattning av progression mot arbete (rekonstruktion)",
                "SKAPA – rating of progression towards work (reconstruction)"))
        .indicator(
            self(
                HEALTH_COPING,
                "Hantering av hälsa",
                "Coping with health challenges",
                selfRating,
                BipGroup.HEALTH))
        .indicator(
            self(
                EVERYDAY_COPING,
                "Hantering av vardagen",
                "Coping with everyday life",
                selfRating,
                BipGroup.SOCIAL))
        .indicator(
            self(
                JOB_BELIEF,
                "Tilltro till att få jobb",
                "Confidence in getting a job",
                selfRating,
                BipGroup.JOB_FOCUSED))
        .indicator(
            self(
                LABOUR_MARKET_KNOWLEDGE,
                "Kunskap om arbetsmarknaden",
                "Knowledge about the labour market",
                selfRating,
                BipGroup.JOB_FOCUSED))
        .indicator(
            self(
                JOB_SEARCH,
                "Jobbsökningsbeteende",
                "Job search behaviour",
                selfRating,
                BipGroup.JOB_FOCUSED))
        .indicator(
            self(
                COOPERATION, "Samarbetsförmåga", "Cooperation skills", selfRating, BipGroup.SOCIAL))
        .indicator(
            Indicator.of(
                    HANDLEDARE_BELIEF,
                    LocalizedText.of(
                        "Handledarens tilltro till att deltagaren får jobb",
                        "Handledare's belief in the participant's job chances"),
                    belief,
                    RatedBy.HANDLEDARE)
                .withBipGroup(BipGroup.JOB_FOCUSED))
        .source("Beskæftigelses Indikator Projektet (BIP), Væksthusets Forskningscenter, 2011-2016")
        .source("Samordningsförbundet Halland: BIP och SKAPA (2022)")
        .source("Samordningsförbundet Södra Norrbotten: verksamhetsplan 2026")
        .note(
            LocalizedText.of(
                "Rekonstruktion av SKAPA från offentliga uppgifter, inte det licensierade frågeformuläret. "
                    + "Organisationer med licens kan läsa in de officiella definitionerna som data.",
                "A reconstruction of SKAPA from public information, not the licensed questionnaire. "
                    + "Licensed organisations can load the official definitions as data."))
        .build();
  }

  private static Indicator self(String key, String sv, String en, Scale scale, BipGroup group) {
    return Indicator.of(key, LocalizedText.of(sv, en), scale, RatedBy.PARTICIPANT)
        .withBipGroup(group);
  }
}
