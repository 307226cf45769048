package se.skapa.rest.http;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem's detail in Swedish: the sentences the server says most, by pattern, naming the same
 * values as the English. A detail no pattern matches is said in the problem type's words, with the
 * English after it, so that a Swedish reader is never left with English alone.
 */
final class ProblemTexts {

  private ProblemTexts() {}

  private static final Map<String, String> THINGS =
      Map.ofEntries(
          Map.entry("service", "verksamheten"),
          Map.entry("organisation", "organisationen"),
          Map.entry("account", "kontot"),
          Map.entry("consent", "samtycket"),
          Map.entry("enrolment", "inskrivningen"),
          Map.entry("fidelity review", "programtrohetsgranskningen"),
          Map.entry("measurement", "mätningen"),
          Map.entry("fixed report", "den fastställda rapporten"),
          Map.entry("participant", "deltagaren"),
          Map.entry("survey period", "enkätperioden"),
          Map.entry("active key", "den aktiva nyckeln"),
          Map.entry("route", "vägen"));

  /** The same things after "det finns": indefinite, with the article of their gender. */
  private static final Map<String, String> NONE =
      Map.ofEntries(
          Map.entry("service", "ingen verksamhet"),
          Map.entry("organisation", "ingen organisation"),
          Map.entry("account", "inget konto"),
          Map.entry("consent", "inget samtycke"),
          Map.entry("enrolment", "ingen inskrivning"),
          Map.entry("fidelity review", "ingen programtrohetsgranskning"),
          Map.entry("measurement", "ingen mätning"),
          Map.entry("fixed report", "ingen fastställd rapport"),
          Map.entry("participant", "ingen deltagare"),
          Map.entry("survey period", "ingen enkätperiod"),
          Map.entry("active key", "ingen aktiv nyckel"),
          Map.entry("route", "ingen väg"));

  private static final String THING =
      "(service|organisation|account|consent|enrolment|fidelity review|measurement|fixed report"
          + "|participant|survey period|active key|route)";

  private static final List<Map.Entry<Pattern, String>> PHRASES =
      List.of(
          phrase("^no " + THING + " '?([^']*)'?$", "Det finns {none} «{2}»"),
          phrase("^no data of participant (.+)$", "Det finns inga uppgifter om deltagaren {1}"),
          phrase(
              "^this needs the role (.+?); the key of (.+) has (.+)$",
              "Det här kräver rollen {1}; nyckeln för {2} har {3}"),
          phrase(
              "^the key of (.+) is limited to the services (.+); (.+) is not one of them$",
              "Nyckeln för {1} gäller bara verksamheterna {2}; {3} är inte en av dem"),
          phrase(
              "^send a valid API key as 'Authorization: Bearer <key>'$",
              "Skicka en giltig nyckel som 'Authorization: Bearer <nyckel>'"),
          phrase(
              "^send a key of the organisation as 'Authorization: Bearer <key>'",
              "Skicka en nyckel för organisationen som 'Authorization: Bearer <nyckel>'; dess"
                  + " administratör skapar nycklar med POST /api/v1/organisations/{org}/keys"),
          phrase(
              "^(\\S+) is not allowed on (\\S+)$",
              "{1} är inte tillåtet på {2}; rubriken Allow säger vad som är det"),
          phrase(
              "^this route answers with (.+), which the request's Accept header does not allow$",
              "Vägen svarar med {1}, som begärans Accept-rubrik inte tillåter"),
          phrase(
              "^send the body as application/json; the request has no Content-Type$",
              "Skicka kroppen som application/json; begäran saknar Content-Type"),
          phrase(
              "^send the body as application/json, not (.+)$",
              "Skicka kroppen som application/json, inte {1}"),
          phrase(
              "^the body exceeds the limit of (\\d+) bytes \\((\\w+)\\)$",
              "Kroppen är större än gränsen på {1} byte ({2})"),
          phrase("^(organisation|service) '(.+)' exists already$", "{thing} «{2}» finns redan"),
          phrase(
              "^the organisation has an account '(.+)' already$",
              "Organisationen har redan ett konto «{1}»"),
          phrase(
              "^an admin does not disable their own account$",
              "En administratör stänger inte av sitt eget konto"),
          phrase(
              "^(measurement|enrolment|fidelity review) (\\S+) is at version (\\d+), not (\\d+)",
              "{thing} {2} är i version {3}, inte {4}: någon har ändrat den sedan du läste den;"
                  + " läs den igen och gör om ändringen"),
          phrase(
              "(\\S+) changed (?:meanwhile|while you closed it); read it again$",
              "{1} ändrades under tiden; läs den igen"),
          phrase(
              "^the report for (\\S+) – (\\S+) is fixed already",
              "Rapporten för {1} – {2} är redan fastställd; en fastställd rapport står kvar som den"
                  + " utfärdades"),
          phrase(
              "^this Idempotency-Key was used for (?:a different request|another batch)",
              "Den här Idempotency-Key har använts för en annan begäran; använd en ny nyckel"));

  private static Map.Entry<Pattern, String> phrase(String english, String swedish) {
    return Map.entry(Pattern.compile(english), swedish);
  }

  /**
   * @param english the detail as the server says it
   * @param title the problem's Swedish title, for a detail no pattern matches
   * @return the detail in Swedish
   */
  static String swedish(String english, String title) {
    for (Map.Entry<Pattern, String> p : PHRASES) {
      Matcher m = p.getKey().matcher(english);
      if (m.find()) {
        String text = p.getValue();
        if (text.contains("{none}")) {
          text = text.replace("{none}", NONE.getOrDefault(m.group(1), m.group(1)));
        }
        if (text.contains("{thing}")) {
          String thing = THINGS.getOrDefault(m.group(1), m.group(1));
          text = text.replace("{thing}", thing);
        }
        for (int g = 1; g <= m.groupCount(); g++) {
          text = text.replace("{" + g + "}", m.group(g) == null ? "" : m.group(g));
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
      }
    }
    return title + " (" + english + ")";
  }
}
