package se.skapa.rest.web;

import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;

/**
 * What the register's forms say beside the conversations (what a participant lives on, the
 * follow-up after closing, consent to share), in Swedish and English. An enum, so a template cannot
 * name a text that does not exist.
 */
public enum RegisterText implements Text {
  SUPPORT("Försörjning", "What they live on"),
  SUPPORT_HELP(
      "Upp till tre källor, var och en med sin omfattning i procent av heltid (en halv sjukpenning"
          + " är 50) och beloppet i månaden om det är känt. Lämna källan tom för rader som inte"
          + " behövs.",
      "Up to three sources, each with its share of full time in percent (a half sickness benefit"
          + " is 50) and the amount a month if known. Leave the source blank on rows not needed."),
  SUPPORT_SOURCE("Källa", "Source"),
  SUPPORT_DEGREE("Omfattning, %", "Share, %"),
  SUPPORT_AMOUNT("Kr i månaden (om känt)", "Kr a month (if known)"),
  FIRST_CONTACT("Första kontakt (om den varit)", "First contact (if there has been one)"),
  ADMIT_MORE(
      "Första kontakt, handlingsplan och försörjning (valfritt)",
      "First contact, action plan and what they live on (optional)"),
  AFTER_CLOSING_RECORD("Registrera uppföljningen", "Record the follow-up"),
  AFTER_CLOSING_HEADING("Uppföljning efter avslut", "Follow-up after closing"),
  AFTER_CLOSING_HELP(
      "Vad deltagaren gör och lever på nu, så som det kom fram (per telefon, brev eller besök)."
          + " Gick deltagaren inte att nå är det ett svar som räknas; lämna då försörjningen tom.",
      "What the participant does and lives on now, as found out (by phone, letter or visit)."
          + " Could not be reached is an answer that counts; then leave what they live on blank."),
  AFTER_CLOSING_DATE("Dag då det kom fram", "Day it was found out"),
  AFTER_CLOSING_STATUS("Gör nu", "Doing now"),
  CONSENTS("Samtycke till att verksamheter delar uppgifter", "Consent to services sharing data"),
  CONSENTS_HELP(
      "Verksamheterna ser inte varandras uppgifter om deltagaren (sekretess mellan verksamheter)"
          + " utan deltagarens samtycke. Registrera samtycket när det getts, och återkalla det"
          + " när deltagaren vill; från den dagen delas inget mer.",
      "The services do not see each other's data about the participant (secrecy between"
          + " services) without the participant's consent. Record it once given, and withdraw it"
          + " when the participant wishes; from that day nothing more is shared."),
  CONSENT_SERVICES("Verksamheter som delar", "Services that share"),
  CONSENT_GIVEN("Samtycke givet", "Consent given"),
  CONSENT_WITHDRAWN("Återkallat", "Withdrawn"),
  CONSENT_RECORD("Registrera samtycket", "Record the consent"),
  CONSENT_WITHDRAW("Återkalla", "Withdraw");

  private final LocalizedText text;

  RegisterText(String sv, String en) {
    this.text = LocalizedText.of(sv, en);
  }

  @Override
  public String in(Language language) {
    return text.in(language);
  }
}
