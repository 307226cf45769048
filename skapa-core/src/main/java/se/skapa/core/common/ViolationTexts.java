package se.skapa.core.common;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A violation in the reader's language. English is the violation's own message, which names values;
 * Swedish is this catalogue's sentence for the rule, naming the field (the last name in the
 * pointer) and, where the English message carries one, the suggestion or the place in the text. The
 * rule code is the same in both: programs read the code, people the sentence. A rule without a
 * Swedish sentence yet keeps its English one.
 */
public final class ViolationTexts {

  private static final Map<String, String> SV =
      Map.ofEntries(
          Map.entry("required", "{field} krävs"),
          Map.entry("range", "{field} ligger utanför det tillåtna intervallet"),
          Map.entry("type", "{field} har fel slags värde"),
          Map.entry("format", "{field} har fel form"),
          Map.entry("non-empty", "{field} saknar innehåll"),
          Map.entry("size", "{field} har för många eller för få poster"),
          Map.entry("length", "{field} är för lång"),
          Map.entry("precision", "{field} har för många decimaler eller siffror"),
          Map.entry("duplicate", "{field} förekommer mer än en gång"),
          Map.entry("unique", "{field} förekommer mer än en gång"),
          Map.entry(
              "personnummer",
              "{field} innehåller något som ser ut som ett personnummer eller samordningsnummer; SKAPA tar inte "
                  + "emot personnummer, använd en pseudonym (löpnummer)"),
          Map.entry(
              "nul",
              "{field} innehåller ett NUL-tecken (U+0000), som text inte kan lagras med; ta bort det"),
          Map.entry("future-date", "{field} ligger i framtiden"),
          Map.entry("date-range", "{field} ligger utanför den tid SKAPA tar emot"),
          Map.entry("date-order", "perioden slutar innan den börjar"),
          Map.entry("period", "perioden är ogiltig: från-datumet ligger efter till-datumet"),
          Map.entry(
              "release-period",
              "en analytiker får sammanställningar för en hel period i taget (ett kalenderår, halvår eller "
                  + "kvartal som servern är inställd på), inte för valfria datum"),
          Map.entry(
              "not-released",
              "perioden är inte släppt till analytiker än: den släpps en tid efter att den slutat, så att sent "
                  + "registrerade samtal kommer med"),
          Map.entry(
              "unchanged",
              "{field} kan inte ändras genom en rättelse; registrera en ny post i stället"),
          Map.entry("unknown-field", "okänt fält {field}"),
          Map.entry("syntax", "innehållet är inte giltig JSON"),
          Map.entry(
              "unknown-instrument",
              "instrumentet finns inte; GET /api/v1/instruments visar vilka som finns"),
          Map.entry("unknown-indicator", "{field} är ingen indikator i instrumentet"),
          Map.entry("unknown-service", "organisationen har ingen sådan verksamhet"),
          Map.entry("unknown-item", "punkten finns inte på skalan"),
          Map.entry("unknown-question", "{field} är ingen fråga i enkäten"),
          Map.entry("unknown-parameter", "{field} är ingen parameter i uppsättningen"),
          Map.entry(
              "item-count",
              "14 punkter skickades, men IPS-skalan har 25 och dess nivåer kräver alla; poängsätt alla punkter "
                  + "eller skicka \"status\": \"draft\" för att spara ett utkast"),
          Map.entry(
              "incomplete", "en slutlig granskning poängsätter alla punkter; spara den som utkast"),
          Map.entry("min-reviews", "en jämförelse behöver minst två granskningar"),
          Map.entry("single-service", "alla granskningar måste gälla samma verksamhet"),
          Map.entry("reason", "en rättelse av en slutlig granskning behöver ett skäl"),
          Map.entry("status", "en slutlig granskning kan inte bli utkast igen"),
          Map.entry("sum", "andelarna summerar inte till 100 %"),
          Map.entry("one-of", "ange exakt ett av fälten"),
          Map.entry(
              "overall", "bara SKAPA:s egen helhetsfråga avgör om en deltagare räknas som nöjd"),
          Map.entry("count", "{field} har för många poster"),
          Map.entry("chart-axes", "ett spindeldiagram behöver minst tre indikatorer"),
          Map.entry("respondent", "{field} skattas inte av den svarande som anges"),
          Map.entry("participant", "en rättelse får inte byta deltagare"),
          Map.entry("column", "filens första rad saknar kolumnen {field}"),
          Map.entry(
              "columns",
              "raden har inte lika många celler som filens första rad har kolumner; en kort rad är ett "
                  + "fel, inte obesvarade frågor"),
          Map.entry("period-not-over", "en rapport fastställs först när dess period är slut"),
          Map.entry(
              "not-counted",
              "{field}: förmånen räknas inte i helårsekvivalenter (försörjningsmåttet tar inte med den)"),
          Map.entry("encoding", "filen är varken UTF-8 eller Windows-1252"),
          Map.entry(
              "not-offered",
              "enkäten för perioden har inte erbjudits i verksamheten: registrera först hur många"
                  + " som erbjöds den"),
          Map.entry(
              "more-than-offered",
              "fler svar än antalet som erbjöds enkäten: svarsfrekvensen kan inte bli över 100 %"),
          Map.entry(
              "fewer-than-responses",
              "{field} kan inte vara färre än de svar som redan är registrerade för perioden"),
          Map.entry(
              "subsidy-kind",
              "{field}: ett lönebidrag eller annat lönestöd hör till en subventionerad anställning"
                  + " (SUBSIDISED)"),
          Map.entry(
              "password",
              "ett lösenord har " + "12–200 tecken; några ord i följd blir ett bra lösenord"),
          Map.entry(
              "password-characters",
              "ett lösenord får inte innehålla styrtecken och inte bara upprepa några få tecken"),
          Map.entry(
              "password-common",
              "lösenordet är för vanligt (ett vanligt ord med siffror, en tangentbordsföljd eller"
                  + " ett lösenord från kända läckor); välj några ord som inte hör ihop"),
          Map.entry(
              "service-scope", "nyckeln eller kontot gäller andra verksamheter än den på raden"),
          Map.entry(
              "roles",
              "ett konto eller en nyckel behöver minst en roll: admin, handledare eller analyst"),
          Map.entry("current-password", "det nuvarande lösenordet stämmer inte"),
          Map.entry(
              "second-factor-code",
              "koden stämmer inte: kontrollera telefonens klocka och skriv koden som appen visar nu"),
          Map.entry("password-username", "lösenordet får inte innehålla användarnamnet"),
          Map.entry(
              "wage-subsidy-above-salary",
              "lönebidraget är större än lönen: beräknat som angivet, kontrollera beloppen"),
          Map.entry(
              "sickness-benefit-above-cap",
              "sjukpenningen är högre än årets SGI-tak kan ge i månaden: beräknat som angivet,"
                  + " kontrollera beloppet"));

  private static final Pattern SUGGESTION = Pattern.compile("did you mean '([^']{1,64})'\\?");
  private static final Pattern PLACE = Pattern.compile("at line (\\d+), column (\\d+)");

  private static final String NUM = "(-?\\d+(?: \\d{3})*(?:\\.\\d+)?)";
  private static final Pattern NUMBER = Pattern.compile(NUM);
  private static final String DAY = "(\\d{4}-\\d{2}-\\d{2})";

  /**
   * What an English message says beyond its rule, said in Swedish: the bounds of a range, what a
   * required field goes with, the two dates in the wrong order, the most a list or text may hold. A
   * person corrects a value from these, and a Swedish sentence without them would be poorer than
   * the English one. Per rule, the first pattern that matches the English message gives the
   * sentence: {@code {field}} is the field, {@code {1}}… the message's parts (numbers in Swedish
   * form), {@code {got}} the value given. A message no pattern matches gets the rule's sentence.
   */
  private static final Map<String, List<Map.Entry<Pattern, String>>> PHRASES =
      both(
          Map.of(
              "range",
                  List.of(
                      phrase(
                          "is outside (?:its scale )?" + NUM + "-" + NUM,
                          "{field} ligger utanför {1}–{2}{got}"),
                      phrase(
                          "must be above 0 and at most " + NUM,
                          "{field} ska vara större än 0 och högst {1}{got}"),
                      phrase(
                          "must be at least " + NUM + " and at most " + NUM,
                          "{field} ska vara minst {1} och högst {2}{got}"),
                      phrase(
                          "must be at least " + NUM + " and below " + NUM,
                          "{field} ska vara minst {1} och under {2}{got}"),
                      phrase(
                          "whole number of days, " + NUM + "-" + NUM,
                          "{field} ska vara ett helt antal dagar, {1}–{2}"),
                      phrase(
                          "(?:must be|are shares) (?:a share )?"
                              + NUM
                              + "-"
                              + NUM
                              + "( kr a month| kr)?",
                          "{field} ska vara {1}–{2}{3}{got}"),
                      phrase(
                          "cannot be negative|must be zero or more|is 0 or more|must be 0 or more",
                          "{field} ska vara 0 eller mer{got}"),
                      phrase("must be " + NUM + " or more", "{field} ska vara minst {1}{got}"),
                      phrase("must be more than zero", "{field} ska vara större än 0"),
                      phrase(
                          "between one day and two years",
                          "{field} ska vara mellan en dag och två år{got}")),
              "required",
                  List.of(
                      phrase("is required with (\\w+)", "{field} krävs tillsammans med «{1}»"),
                      phrase("is required for ([A-Z_]+)", "{field} krävs för {1}"),
                      phrase("is required \\(YYYY-MM-DD\\)", "{field} krävs (ÅÅÅÅ-MM-DD)"),
                      phrase(
                          "a closed participant needs an outcome",
                          "{field} krävs för ett avslutat deltagande (NONE om inget)"),
                      phrase(
                          "^([a-z0-9-]+) has no sourced value for \\w+",
                          "{field} krävs: {1} har inget källbelagt värde för den, ange den i overrides"),
                      phrase(
                          "give (\\w+) and (\\w+) \\(item 1\\) and/or (\\w+) \\(item 2\\)",
                          "ange {1} och {2} (punkt 1) och/eller {3} (punkt 2)"))),
          Map.of(
              "type",
                  List.of(
                      phrase(
                          "^'(.*)' is not a valid date \\(YYYY-MM-DD\\)",
                          "{field}: «{1}» är inget giltigt datum; skriv datum som ÅÅÅÅ-MM-DD, utan"
                              + " klockslag"),
                      phrase(
                          "^'(.*)' is not a valid (?:whole number|number): send \\S+ as a JSON number",
                          "{field}: «{1}» är inget tal här; skicka det som ett JSON-tal med decimalpunkt,"
                              + " inte decimalkomma och inte inom citattecken"),
                      phrase(
                          "^'(.*)' is not a valid whole number", "{field}: «{1}» är inget heltal"),
                      phrase("^'(.*)' is not a valid number", "{field}: «{1}» är inget tal"),
                      phrase(
                          "^'(.*)' is not one of ([^;]+)",
                          "{field}: «{1}» är inget av de tillåtna värdena ({2})"),
                      phrase(
                          "must be a whole number on the indicator's scale",
                          "{field} ska vara ett heltal på indikatorns skala{got}"),
                      phrase("must be one of (\\[[^\\]]*\\])", "{field} ska vara ett av {1}"),
                      phrase("must be ([A-Z_]+) or ([A-Z_]+)$", "{field} ska vara {1} eller {2}")),
              "date-order",
                  List.of(
                      phrase(
                          "(\\w+) \\(" + DAY + "\\) is before (\\w+) \\(" + DAY + "\\)",
                          "«{1}» ({2}) ligger före «{3}» ({4})")),
              "size",
                  List.of(
                      phrase(
                          "size must be between " + NUM + " and " + NUM,
                          "{field} ska ha {1}–{2} poster, eller {1}–{2} tecken om det är en text")),
              "duplicate",
                  List.of(
                      phrase(
                          "already has a (PARTICIPANT|HANDLEDARE) measurement on " + DAY,
                          "raden gäller en mätning som redan finns: samma deltagare, svarande och dag"
                              + " ({2})")),
              "length",
                  List.of(
                      phrase(
                          "has " + NUM + " characters; at most " + NUM,
                          "{field} har {1} tecken; högst {2} tas emot"),
                      phrase("at most " + NUM + " characters", "{field} har fler än {1} tecken")),
              "count", List.of(phrase("at most " + NUM, "{field} får ha högst {1}")),
              "format", List.of(phrase("is written like ([^,]+)", "{field} skrivs som {1}{got}")),
              "release-period",
                  List.of(
                      phrase(
                          "one whole (calendar year|half year|quarter) \\(e\\.g\\. ([^)]+)\\), got "
                              + DAY
                              + " – "
                              + DAY,
                          "en analytiker får sammanställningar för en hel period i taget (t.ex. {2}), "
                              + "inte för {3} – {4}")),
              "not-released",
                  List.of(
                      phrase(
                          "^(\\S+) is released to analysts on "
                              + DAY
                              + " \\((\\d+) days.*; (\\d+) days to go",
                          "{1} släpps till analytiker {2} ({3} dagar efter periodens slut, så att sent "
                              + "registrerade samtal kommer med); {4} dagar kvar"))));

  private static final Pattern GOT = Pattern.compile(", got (.+)$");

  private ViolationTexts() {}

  private static <K, V> Map<K, V> both(Map<K, V> a, Map<K, V> b) {
    java.util.Map<K, V> out = new java.util.HashMap<>(a);
    out.putAll(b);
    return Map.copyOf(out);
  }

  private static Map.Entry<Pattern, String> phrase(String english, String swedish) {
    return Map.entry(Pattern.compile(english), swedish);
  }

  /**
   * The Swedish sentence for what the English message says; empty when no pattern of the rule
   * matches it.
   */
  private static java.util.Optional<String> phrased(String pointer, String rule, String english) {
    for (Map.Entry<Pattern, String> e : PHRASES.getOrDefault(rule, List.of())) {
      Matcher m = e.getKey().matcher(english);
      if (m.find()) {
        String text = e.getValue().replace("{field}", field(pointer));
        for (int g = 1; g <= m.groupCount(); g++) {
          text = text.replace("{" + g + "}", m.group(g) == null ? "" : swedishNumber(m.group(g)));
        }
        Matcher got = GOT.matcher(english);
        text = text.replace("{got}", got.find() ? " (angivet: " + given(got.group(1)) + ")" : "");
        return java.util.Optional.of(text.replace(" kr a month", " kr i månaden"));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The value a message says was given: a number (with {@code kr}) in Swedish form, anything else
   * as it is.
   */
  private static String given(String value) {
    String number = value.endsWith(" kr") ? value.substring(0, value.length() - 3) : value;
    return NUMBER.matcher(number).matches()
        ? swedishNumber(number) + value.substring(number.length())
        : value;
  }

  /**
   * A number as the English message writes it, in Swedish form: decimal comma, real minus; other
   * text as it is.
   */
  private static String swedishNumber(String text) {
    if (!NUMBER.matcher(text).matches()) {
      return text;
    }
    return text.replace('.', ',').replace('-', Numbers.MINUS);
  }

  /**
   * The violation's message in {@code language}.
   *
   * @param v the violation; not null
   * @param language the reader's language; not null
   * @return the sentence in that language
   */
  public static String message(Violation v, Language language) {
    return message(v.pointer(), v.rule(), v.message(), language);
  }

  /**
   * The message of a broken rule in {@code language}, from its parts: for a caller that holds them
   * apart (an HTTP problem's error entry).
   *
   * @param english the violation's own English message; returned as it is for English and for a
   *     rule without a Swedish sentence
   * @param pointer JSON pointer to the field; not null
   * @param rule the rule's code; not null
   * @param language the reader's language; not null
   * @return the sentence in that language
   */
  public static String message(String pointer, String rule, String english, Language language) {
    String template = SV.get(rule);
    if (language == Language.EN || template == null) {
      return english;
    }
    String text =
        phrased(pointer, rule, english).orElse(template.replace("{field}", field(pointer)));
    Matcher suggestion = SUGGESTION.matcher(english);
    if (suggestion.find()) {
      text += "; menade du «" + suggestion.group(1) + "»?";
    }
    Matcher place = PLACE.matcher(english);
    if (place.find()) {
      text += " på rad " + place.group(1) + ", kolumn " + place.group(2);
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Every Swedish sentence of the catalogue, for a Swedish reader to read in one place: each rule's
   * own sentence, then the sentences that replace it when the English message says more, with
   * {@code {field}} where the field's name goes and {@code {1}}, {@code {2}} … for the values.
   *
   * @return rule → its sentences, the rule's own first; sorted by rule
   */
  public static java.util.SortedMap<String, List<String>> catalogue() {
    java.util.SortedMap<String, List<String>> out = new java.util.TreeMap<>();
    SV.forEach(
        (rule, sentence) ->
            out.computeIfAbsent(rule, r -> new java.util.ArrayList<>()).add(sentence));
    PHRASES.forEach(
        (rule, phrases) ->
            phrases.forEach(
                p ->
                    out.computeIfAbsent(rule, r -> new java.util.ArrayList<>()).add(p.getValue())));
    out.replaceAll((rule, sentences) -> List.copyOf(sentences));
    return out;
  }

  /**
   * True if the rule has its own Swedish sentence.
   *
   * @param rule a rule's code
   * @return true if the catalogue has a Swedish sentence for it
   */
  public static boolean hasSwedish(String rule) {
    return SV.containsKey(rule);
  }

  /**
   * The field a pointer names: its last token that is not a list index, in «», or "värdet" for the
   * whole input.
   */
  private static String field(String pointer) {
    String[] tokens = pointer.split("/");
    for (int i = tokens.length - 1; i >= 0; i--) {
      if (!tokens[i].isEmpty() && !tokens[i].chars().allMatch(Character::isDigit)) {
        return "«" + tokens[i].replace("~1", "/").replace("~0", "~") + "»";
      }
    }
    return "värdet";
  }
}
