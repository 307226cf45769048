package se.skapa.core.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * The anonymous participant survey (deltagarenkät): its scale, SKAPA's own questions, its targets,
 * and the report of a period.
 */
public final class Surveys {

  /** The lowest answer on the survey scale. */
  public static final int MIN = 1;

  /** The highest answer on the survey scale. */
  public static final int MAX = 5;

  /**
   * An answer of 4 or 5 to the overall question counts as satisfied ("stämmer ganska bra" or
   * "helt").
   */
  public static final int SATISFIED_FROM = 4;

  /** The scale's meaning in words, as every form prints it. */
  public static final LocalizedText SCALE =
      LocalizedText.of(
          "1 = stämmer inte alls, 5 = stämmer helt", "1 = not at all true, 5 = completely true");

  /**
   * SKAPA's own questions: a default a förbund may replace or extend with its own. Not a validated
   * instrument.
   */
  public static final List<SurveyQuestion> SKAPA_QUESTIONS =
      List.of(
          new SurveyQuestion(
              "satisfied",
              LocalizedText.of(
                  "Jag är nöjd med det stöd jag får i insatsen",
                  "I am satisfied with the support I get"),
              true),
          new SurveyQuestion(
              "respect",
              LocalizedText.of("Jag blir bemött med respekt", "I am treated with respect"),
              false),
          new SurveyQuestion(
              "involved",
              LocalizedText.of(
                  "Jag är delaktig i planeringen av mitt stöd",
                  "I take part in planning my support"),
              false),
          new SurveyQuestion(
              "next-step",
              LocalizedText.of("Jag vet vad nästa steg är för mig", "I know what my next step is"),
              false),
          new SurveyQuestion(
              "closer",
              LocalizedText.of(
                  "Stödet har tagit mig närmare arbete eller studier",
                  "The support has brought me closer to work or studies"),
              false));

  /**
   * Södra Norrbotten's targets for 2026 (verksamhetsplan): every current participant offered the
   * survey, 60 % answering, 80 % of those who answer satisfied.
   */
  public static final SurveyTargets SODRA_NORRBOTTEN_2026 = new SurveyTargets(1.0, 0.6, 0.8);

  /**
   * At most this many questions of an organisation's own beside SKAPA's: a survey people finish.
   */
  public static final int MAX_OWN_QUESTIONS = 15;

  /** Longest question text. */
  public static final int MAX_TEXT = 300;

  private Surveys() {}

  /**
   * SKAPA's questions followed by an organisation's own, which add to them and never replace the
   * overall question (the share satisfied stays comparable between förbund).
   *
   * @param own the organisation's questions, in order; not null
   * @throws ValidationException listing every broken rule under {@code /questions/<i>}: {@code
   *     count} (more than {@link #MAX_OWN_QUESTIONS}), {@code duplicate} (a key twice or one of
   *     SKAPA's), {@code overall} (only SKAPA's question counts as satisfied), {@code
   *     required}/{@code length} of a text, and {@code personnummer} in a text
   * @return SKAPA's questions, then the organisation's
   */
  public static List<SurveyQuestion> withOwn(List<SurveyQuestion> own) {
    Violations v = new Violations();
    v.check(
        own.size() <= MAX_OWN_QUESTIONS,
        "/questions",
        "count",
        "at most "
            + MAX_OWN_QUESTIONS
            + " questions of the organisation's own; "
            + own.size()
            + " were given");
    Set<String> keys = new HashSet<>();
    SKAPA_QUESTIONS.forEach(q -> keys.add(q.key()));
    for (int i = 0; i < own.size(); i++) {
      SurveyQuestion q = own.get(i);
      String at = Pointer.at("/questions", i);
      v.check(
          keys.add(q.key()),
          at + "/key",
          "duplicate",
          "'" + q.key() + "' is already a question of the survey");
      v.check(
          !q.overall(),
          at + "/overall",
          "overall",
          "only SKAPA's own question counts as satisfied or not");
      text(v, at + "/sv", q.text().sv());
      text(v, at + "/en", q.text().en());
    }
    v.throwIfAny();
    List<SurveyQuestion> all = new ArrayList<>(SKAPA_QUESTIONS);
    all.addAll(own);
    return List.copyOf(all);
  }

  private static void text(Violations v, String at, String text) {
    v.check(!text.isBlank(), at, "required", "a question needs its text");
    v.check(
        text.length() <= MAX_TEXT,
        at,
        "length",
        "a question has at most " + MAX_TEXT + " characters");
    FreeText.check(v, () -> at, "a question", java.util.Optional.of(text));
  }

  /**
   * Checks the answers of one response against the questions: known keys, answers 1–5; a question
   * may be skipped.
   *
   * @throws ValidationException rule {@code unknown-question} or {@code range} at {@code
   *     /answers/<key>}
   * @param questions the questions asked; not null
   * @param answers answer per question key; a null answer is a skipped question
   * @return the answers given, skipped ones left out
   */
  public static Map<String, Integer> check(
      List<SurveyQuestion> questions, Map<String, Integer> answers) {
    Set<String> keys = new HashSet<>();
    questions.forEach(q -> keys.add(q.key()));
    Violations v = new Violations();
    answers.forEach(
        (k, a) -> {
          if (!keys.contains(k)) {
            v.add(Pointer.at("/answers", k), "unknown-question", "no survey question '" + k + "'");
          } else if (a != null && (a < MIN || a > MAX)) {
            v.add(
                Pointer.at("/answers", k),
                "range",
                "answer " + a + " to '" + k + "' is outside " + MIN + "-" + MAX);
          }
        });
    v.throwIfAny();
    Map<String, Integer> out = new HashMap<>();
    answers.forEach(
        (k, a) -> {
          if (a != null) {
            out.put(k, a);
          }
        });
    return Map.copyOf(out);
  }

  /**
   * The survey's report for a period.
   *
   * @param offered participants offered the survey
   * @param current participants active in the period (the denominator of "offered")
   * @param responses each response's answers, checked by {@link #check}
   * @param questions the questions asked; not null
   * @param targets the förbund's targets; not null
   * @return the period's report
   */
  public static SurveyReport report(
      List<SurveyQuestion> questions,
      int offered,
      int current,
      List<Map<String, Integer>> responses,
      SurveyTargets targets) {
    int n = responses.size();
    List<SurveyReport.QuestionResult> results = new ArrayList<>();
    int satisfied = 0;
    int answeredOverall = 0;
    for (SurveyQuestion q : questions) {
      int[] counts = new int[MAX - MIN + 1];
      int answered = 0;
      for (Map<String, Integer> r : responses) {
        Integer a = r.get(q.key());
        if (a != null) {
          counts[a - MIN]++;
          answered++;
          if (q.overall()) {
            answeredOverall++;
            satisfied += a >= SATISFIED_FROM ? 1 : 0;
          }
        }
      }
      results.add(new SurveyReport.QuestionResult(q, answered, counts));
    }
    return new SurveyReport(
        offered,
        current,
        ratio(offered, current),
        n,
        ratio(n, offered),
        answeredOverall,
        ratio(satisfied, answeredOverall),
        results,
        targets);
  }

  private static java.util.OptionalDouble ratio(int count, int denominator) {
    return denominator == 0
        ? java.util.OptionalDouble.empty()
        : java.util.OptionalDouble.of(count / (double) denominator);
  }
}
