package se.skapa.core.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import se.skapa.core.common.Pseudonym;

/** Shared test data for progression tests. */
final class Fixtures {

  static final Instrument SKAPA = BuiltInInstruments.skapa();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final Clock CLOCK =
      Clock.fixed(
          TODAY.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant(),
          ZoneId.of("Europe/Stockholm"));
  static final ProgressionAnalyzer ANALYZER =
      ProgressionAnalyzer.of(CLOCK, ProgressionOptions.DEFAULT);
  static final List<String> SELF_KEYS =
      SKAPA.indicatorsFor(Respondent.PARTICIPANT).stream().map(Indicator::key).toList();

  private Fixtures() {}

  static Measurement self(String participant, String date, int... scores) {
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < scores.length; i++) {
      answers.put(
          SELF_KEYS.get(i), scores[i] == 0 ? Answer.notAnswered() : Answer.score(scores[i]));
    }
    return Measurement.of(
        Pseudonym.of(participant), LocalDate.parse(date), SKAPA, Respondent.PARTICIPANT, answers);
  }

  static Measurement handledare(String participant, String date, int belief) {
    return Measurement.of(
        Pseudonym.of(participant),
        LocalDate.parse(date),
        SKAPA,
        Respondent.HANDLEDARE,
        Map.of("handledare-belief", Answer.score(belief)));
  }

  static Measurement randomSelf(SplittableRandom r, String participant, LocalDate date) {
    Map<String, Answer> answers = new HashMap<>();
    for (String key : SELF_KEYS) {
      answers.put(key, r.nextInt(8) == 0 ? Answer.notAnswered() : Answer.score(1 + r.nextInt(10)));
    }
    return Measurement.of(Pseudonym.of(participant), date, SKAPA, Respondent.PARTICIPANT, answers);
  }
}
