package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.Actor;
import se.skapa.core.common.Language;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.progression.Answer;
import se.skapa.core.progression.Indicator;
import se.skapa.core.progression.Instrument;
import se.skapa.core.progression.Measurement;
import se.skapa.core.progression.Respondent;

/** What the measurement forms send and show: ratings per indicator, answers read back. */
final class MeasurementForms {

  private MeasurementForms() {}

  static List<Views.Rating> ratings(
      Instrument instrument,
      Respondent r,
      String prefix,
      Map<String, String> values,
      Language lang) {
    List<Views.Rating> out = new ArrayList<>();
    for (Indicator i : instrument.indicatorsFor(r)) {
      String current = values.getOrDefault(i.key(), "");
      List<Views.Option> options = new ArrayList<>();
      for (int v = i.scale().min(); v <= i.scale().max(); v++) {
        int score = v;
        String label =
            i.scale().anchor(v).map(a -> score + " – " + a.in(lang)).orElse(Integer.toString(v));
        options.add(
            new Views.Option(Integer.toString(v), label, current.equals(Integer.toString(v))));
      }
      options.add(new Views.Option("", Msg.NOT_ANSWERED.in(lang), current.isEmpty()));
      String low = i.scale().anchor(i.scale().min()).map(a -> a.in(lang)).orElse(Msg.LOW.in(lang));
      String high =
          i.scale().anchor(i.scale().max()).map(a -> a.in(lang)).orElse(Msg.HIGH.in(lang));
      out.add(
          new Views.Rating(
              prefix + i.key(),
              i.labels().in(lang),
              i.question().map(q -> q.in(lang)).orElse(""),
              i.scale().min() + " = " + low,
              i.scale().max() + " = " + high,
              options));
    }
    return out;
  }

  static Map<String, String> answers(
      Context ctx, String prefix, Instrument instrument, Respondent r) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Indicator i : instrument.indicatorsFor(r)) {
      out.put(i.key(), Optional.ofNullable(ctx.formParam(prefix + i.key())).orElse("").strip());
    }
    return out;
  }

  static Map<String, String> current(Measurement m) {
    Map<String, String> out = new HashMap<>();
    m.answers()
        .forEach((k, a) -> out.put(k, a.isAnswered() ? Integer.toString(a.scoreOrThrow()) : ""));
    return out;
  }

  static Measurement measurement(
      Pseudonym participant,
      LocalDate date,
      Instrument instrument,
      Respondent r,
      Map<String, String> values,
      Pseudonym handledare,
      String comment) {
    Map<String, Answer> answers = new HashMap<>();
    List<Violation> bad = new ArrayList<>();
    values.forEach(
        (k, v) -> {
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
    return new Measurement(
        participant,
        date,
        instrument.id(),
        instrument.version(),
        r,
        Optional.of(handledare),
        answers,
        comment.isEmpty() ? Optional.empty() : Optional.of(comment));
  }

  /**
   * The ratings of one conversation: the participant's and the handledare's, each only if any
   * indicator was rated; the comment goes with the first.
   */
  static List<Measurement> conversation(
      Pseudonym participant,
      LocalDate day,
      Instrument instrument,
      Map<String, String> self,
      Map<String, String> staff,
      Actor me,
      String comment) {
    List<Measurement> ms = new ArrayList<>();
    if (self.values().stream().anyMatch(v -> !v.isEmpty())) {
      ms.add(
          MeasurementForms.measurement(
              participant, day, instrument, Respondent.PARTICIPANT, self, me.holder(), comment));
    }
    if (staff.values().stream().anyMatch(v -> !v.isEmpty())) {
      ms.add(
          MeasurementForms.measurement(
              participant,
              day,
              instrument,
              Respondent.HANDLEDARE,
              staff,
              me.holder(),
              ms.isEmpty() ? comment : ""));
    }
    return ms;
  }
}
