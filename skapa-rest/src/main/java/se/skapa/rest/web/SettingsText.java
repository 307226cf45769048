package se.skapa.rest.web;

import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;

/**
 * What the admin's pages say of the organisation's settings and its next steps, in Swedish and
 * English. An enum, so a template cannot name a text that does not exist.
 */
public enum SettingsText implements Text {
  SETTINGS("Organisationens inställningar", "The organisation's settings"),
  SETTINGS_HELP(
      "Det organisationen själv bestämmer. Ändringen gäller från nästa sida som öppnas och loggas.",
      "What the organisation decides for itself. A change applies from the next page opened, and"
          + " is logged."),
  SETTINGS_CONTACT(
      "Kontakt för tillgänglighetsredogörelsen", "Contact for the accessibility statement"),
  SETTINGS_CONTACT_HELP(
      "En funktionsadress, ett telefonnummer eller en webbadress till organisationen, t.ex."
          + " tillganglighet@kommun.se; inte en enskild persons. Visas i tillgänglighetsredogörelsen.",
      "A functional address, telephone number or web address of the organisation, e.g."
          + " tillganglighet@kommun.se; not a person's own. Shown in the accessibility statement."),
  SETTINGS_INTERVAL("Månader mellan SKAPA-samtal", "Months between SKAPA conversations"),
  SETTINGS_INTERVAL_HELP(
      "1–6. När nästa samtal är dags på startsidan och i uppföljningslistan; SKAPA-metoden säger"
          + " var 2–3 månad.",
      "1–6. When the next conversation is due on the start page and in the follow-up list; the"
          + " SKAPA method says every 2–3 months."),
  SETTINGS_AFTER_CLOSING(
      "Uppföljning efter avslut, månader efter", "Follow-ups after closing, months after"),
  SETTINGS_AFTER_CLOSING_HELP(
      "1–4 tal mellan 1 och 36, med komma emellan, t.ex. 6, 12 (ESF följer upp efter 1 och 6"
          + " månader, Kolada efter ett år).",
      "1–4 numbers from 1 to 36, separated by commas, e.g. 6, 12 (ESF follows up after 1 and 6"
          + " months, Kolada after a year)."),
  SETTINGS_SMALL_NUMBERS(
      "Gräns för små tal (tomt: serverns)", "Small-numbers threshold (blank: the server's)"),
  SETTINGS_SMALL_NUMBERS_HELP(
      "Antal under gränsen visas inte för analytiker. Organisationen kan höja gränsen men aldrig"
          + " sätta den under serverns, som är",
      "Counts below the threshold are withheld from analysts. The organisation may raise it but"
          + " never set it below the server's, which is"),
  SETTINGS_IN_FORCE("Gäller nu:", "In force now:"),
  SETTINGS_TARGETS_ELSEWHERE(
      "Verksamhetsplanens mål och enkätens mål sätts på sina egna sidor:",
      "The plan's targets and the survey's targets are set on their own pages:"),
  ACCESSIBILITY_CONTACT(
      "Kontakta oss om brister i tillgängligheten:", "Contact us about accessibility problems:"),
  NEXT("Nästa steg", "Next steps"),
  NEXT_SERVICES(
      "Lägg upp organisationens verksamheter (t.ex. Steget fram och IPS) nedan.",
      "Add the organisation's services (e.g. Steget fram and IPS) below."),
  NEXT_ACCOUNTS(
      "Skapa konton för handledarna nedan: varje handledare loggar in med sitt eget.",
      "Create the handledare's accounts below: each signs in with their own."),
  NEXT_CONTACT(
      "Fyll i kontakten för tillgänglighetsredogörelsen under organisationens inställningar.",
      "Fill in the accessibility statement's contact in the organisation's settings."),
  NEXT_IMPORT(
      "Grunderna är på plats. Mätningar från ett annat system läses in från en fil.",
      "The basics are in place. Measurements from another system are read from a file."),
  NEXT_REPORTS(
      "Verksamhetsplanens mål sätts och rapporterna läses under Rapporter.",
      "The plan's targets are set and the reports read under Reports.");

  private final LocalizedText text;

  SettingsText(String sv, String en) {
    this.text = LocalizedText.of(sv, en);
  }

  @Override
  public String in(Language language) {
    return text.in(language);
  }
}
