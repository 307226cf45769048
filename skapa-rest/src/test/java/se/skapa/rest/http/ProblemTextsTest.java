package se.skapa.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A refusal's detail in Swedish says what is missing with the article Swedish gives it. */
class ProblemTextsTest {

  @Test
  void what_does_not_exist_takes_ingen_or_inget_and_what_exists_its_definite_form() {
    assertEquals(
        "Det finns ingen väg «PUT /api/v1/x»",
        ProblemTexts.swedish("no route 'PUT /api/v1/x'", "Finns inte"));
    assertEquals(
        "Det finns inget konto «h-2»", ProblemTexts.swedish("no account 'h-2'", "Finns inte"));
    assertEquals(
        "Det finns inget samtycke «c-1»", ProblemTexts.swedish("no consent 'c-1'", "Finns inte"));
    assertEquals(
        "Det finns ingen verksamhet «vux»", ProblemTexts.swedish("no service 'vux'", "Finns inte"));
    assertEquals(
        "Organisationen «ame» finns redan",
        ProblemTexts.swedish("organisation 'ame' exists already", "Konflikt"));
  }
}
