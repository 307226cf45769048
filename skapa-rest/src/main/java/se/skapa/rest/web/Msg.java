package se.skapa.rest.web;

import se.skapa.core.common.Language;
import se.skapa.core.common.LocalizedText;

/**
 * Every sentence the pages show, in Swedish and English. An enum, so a template cannot name a text
 * that does not exist.
 */
public enum Msg implements Text {
  APP_NAME("SKAPA", "SKAPA"),
  SKIP_TO_CONTENT("Hoppa till innehållet", "Skip to content"),
  OTHER_LANGUAGE("In English", "På svenska"),
  SIGN_IN("Logga in", "Sign in"),
  SIGN_OUT("Logga ut", "Sign out"),
  SIGNED_IN_AS("Inloggad som", "Signed in as"),
  ORGANISATION(
      "Organisation (namnet, t.ex. Södra Norrbottens samordningsförbund, eller SKAPA-id)",
      "Organisation (its name, e.g. Södra Norrbottens samordningsförbund, or SKAPA id)"),
  NO_ACCOUNT(
      "Inget konto? SKAPA-administratören i din kommun eller ditt förbund skapar konton under"
          + " Administration. En organisation som inte finns i SKAPA ännu läggs upp av den som driver"
          + " servern (se docs/operations.md).",
      "No account? The SKAPA admin of your kommun or förbund creates accounts under"
          + " Administration. An organisation not yet in SKAPA is created by whoever runs the"
          + " server (see docs/operations.md)."),
  USERNAME("Användarnamn (din personalkod, t.ex. h-2)", "Username (your staff key, e.g. h-2)"),
  PASSWORD("Lösenord", "Password"),
  SIGN_IN_FAILED(
      "Fel användarnamn eller lösenord, eller för många försök (vänta då 15 minuter).",
      "Wrong username or password, or too many attempts (then wait 15 minutes)."),
  SIGNED_OUT("Du är utloggad.", "You are signed out."),
  MY_PARTICIPANTS("Mina deltagare", "My participants"),
  NO_PARTICIPANTS(
      "Du har inga deltagare med mätningar ännu.",
      "You have no participants with measurements yet."),
  PARTICIPANT("Deltagare", "Participant"),
  SERVICE("Verksamhet", "Service"),
  LATEST("Senast mätt", "Last measured"),
  NEXT_DUE("Nästa mätning", "Next measurement"),
  STATUS("Status", "Status"),
  OVERDUE("Försenad", "Overdue"),
  DUE_SOON("Snart dags", "Due soon"),
  ON_TRACK("I tid", "On track"),
  DAYS_OVERDUE("dagar sen", "days late"),
  NEW_PARTICIPANT("Ny mätning för en deltagare", "New measurement for a participant"),
  PARTICIPANT_KEY(
      "Deltagarens löpnummer (aldrig namn eller personnummer)",
      "Participant's key (never a name or personnummer)"),
  GO("Fortsätt", "Continue"),
  COHORTS("Verksamheternas progression", "Progression per service"),
  ADMIN("Administration", "Administration"),
  PROGRESSION("Progression", "Progression"),
  SPIDER_HELP(
      "Välj vilka mätningar spindeln visar. Mitten är lägsta värdet, kanten högsta.",
      "Choose the measurements the spider shows. The centre is the lowest score, the edge the highest."),
  SHOW("Visa", "Show"),
  SELF_RATINGS("Deltagarens skattningar", "Participant's ratings"),
  HANDLEDARE_RATINGS("Handledarens skattningar", "Handledare's ratings"),
  INDICATOR("Indikator", "Indicator"),
  FIRST("Första", "First"),
  CHANGE("Förändring", "Change"),
  DIRECTION("Riktning", "Direction"),
  NOT_ANSWERED("ej besvarad", "not answered"),
  GAPS(
      "Skillnad mellan deltagarens och handledarens skattning",
      "Participant's rating against the handledare's"),
  GAP("Skillnad", "Difference"),
  NO_GAPS(
      "Inga mätningar där båda skattat samma indikator samma dag.",
      "No measurements where both rated the same indicator on the same day."),
  MEASUREMENTS("Mätningar", "Measurements"),
  DATE("Datum", "Date"),
  RESPONDENT("Vem skattade", "Rated by"),
  VERSION("Version", "Version"),
  RECORDED_BY("Registrerad av", "Recorded by"),
  CORRECT("Rätta", "Correct"),
  HISTORY("Historik", "History"),
  RECORD("Registrera mätning", "Record measurement"),
  RECORD_NEW("Ny mätning", "New measurement"),
  RECORD_HELP(
      "Fyll i tillsammans med deltagaren. Lämna en indikator obesvarad om den inte togs upp.",
      "Fill in together with the participant. Leave an indicator unanswered if it was not discussed."),
  COMMENT("Kommentar (inga namn eller personnummer)", "Comment (no names or personnummer)"),
  SAVE("Spara", "Save"),
  SAVED("Sparat.", "Saved."),
  ERRORS("Något behöver rättas:", "Something needs correcting:"),
  LOW("lägst", "lowest"),
  HIGH("högst", "highest"),
  CORRECTION_OF("Rättelse av mätningen", "Correction of the measurement"),
  STALE(
      "Någon annan hann rätta mätningen före dig. Läs in den igen och gör om din rättelse.",
      "Someone else corrected the measurement first. Reload it and redo your correction."),
  CHANGES("Ändringar", "Changes"),
  FIELD("Fält", "Field"),
  FROM("Från", "From"),
  TO("Till", "To"),
  NONE("inga", "none"),
  COHORT("Progression i verksamheten", "Progression of the service"),
  REPORTS("Rapporter", "Reports"),
  INSTRUMENTS("Mätt med", "Measured on"),
  INSTRUMENT("Instrument", "Instrument"),
  NOT_MEASURED_YET(
      "Inskriven men inte mätt än: första samtalet registreras med knappen nedan.",
      "Admitted but not measured yet: record the first conversation with the button below."),
  ADMIT_PARTICIPANT("Skriv in en deltagare", "Admit a participant"),
  ADMITTED("Inskriven", "Admitted"),
  ADMIT("Skriv in", "Admit"),
  ACTION_PLAN("Handlingsplan upprättad", "Action plan made"),
  ENROLMENT("Inskrivning", "Enrolment"),
  JOB_STARTED("Ett arbete har börjat", "A job has started"),
  STARTED("Började", "Started"),
  JOB_KIND("Slag av anställning", "Kind of job"),
  HOURS_PER_WEEK("Timmar per vecka", "Hours a week"),
  RECORD_JOB("Registrera arbetet", "Record the job"),
  CLOSE_ENROLMENT("Avsluta inskrivningen", "Close the enrolment"),
  STUDY_STARTED("Studier har börjat", "Studies have started"),
  STUDY_KIND("Utbildning", "Studies"),
  STUDY_EXTENT("Studietakt (procent)", "Pace (percent)"),
  RECORD_STUDY("Registrera studierna", "Record the studies"),
  INTERVENTION("En insats vid sidan av samtalen", "An intervention beside the conversations"),
  INTERVENTION_NAME("Insats", "Intervention"),
  INTERVENTION_GROUP("Slag (BIP:s grupper)", "Kind (BIP's groups)"),
  INTERVENTION_PROVIDER("Vem ger den", "Provided by"),
  RECORD_INTERVENTION("Registrera insatsen", "Record the intervention"),
  CLOSED_ON("Avslutad", "Closed"),
  OUTCOME("Utfall", "Outcome"),
  SUBSIDISED("Anställningen är subventionerad", "The job is subsidised"),
  CLOSE("Avsluta", "Close"),
  REPORTS_HELP(
      "Välj verksamhet och period. Siffrorna är desamma som i PDF- och CSV-filerna nedan, och varje"
          + " andel står med sin nämnare.",
      "Choose a service and a period. The figures are those of the PDF and CSV files below, and"
          + " every share stands with its denominator."),
  REPORT_FOR("Rapport för", "Report for"),
  FROM_DATE("Från och med", "From"),
  TO_DATE("Till och med", "To"),
  OR_DATES("eller egna datum", "or dates of your own"),
  DOWNLOAD("Ladda ner", "Download"),
  SET_TARGETS("Mål för perioden", "Targets for the period"),
  SET_TARGETS_HELP(
      "Organisationens mål för just den här perioden och verksamheten; ett tomt fält har inget mål."
          + " Andelar skrivs i procent.",
      "The organisation's targets for this very period and service; an empty field has no target."
          + " Shares are typed in percent."),
  COMPARISON("Jämförelse", "Comparison"),
  TARGET_PERCENT("Mål (procent)", "Target (percent)"),
  TARGET_VALUE("Mål", "Target"),
  REPORT_PDF("Rapporten som PDF (för utskrift)", "The report as PDF (for printing)"),
  REPORT_CSV("Utfallet som CSV (för Excel)", "The outcomes as CSV (for Excel)"),
  SEE_COHORT("Verksamhetens progression enligt SKAPA", "The service's progression on SKAPA"),
  COHORT_HELP(
      "Medelförändring från första till senaste mätning per indikator, för deltagare med minst två mätningar.",
      "Mean change from first to latest measurement per indicator, for participants with at least two measurements."),
  PARTICIPANTS_COUNT("Deltagare", "Participants"),
  WITH_TWO("med minst två mätningar", "with at least two measurements"),
  SHARE_OVERDUE("Andel försenade uppföljningar", "Share of follow-ups overdue"),
  MEDIAN_DAYS("Median dagar mellan mätningar", "Median days between measurements"),
  AS_OF("Per dag", "As of"),
  PERIOD("Period", "Period"),
  REGISTER("Arbete, studier och insatser", "Work, studies and interventions"),
  NO_REGISTER(
      "Inga anställningar, studier eller insatser registrerade.",
      "No jobs, studies or interventions recorded."),
  JOB("Anställning", "Job"),
  STUDIES("Studier", "Studies"),
  WEEK("vecka", "week"),
  DETAIL("Närmare", "Detail"),
  SERVICES("Verksamheter", "Services"),
  NAME("Namn", "Name"),
  ID("Id (a–z, 0–9, -)", "Id (a–z, 0–9, -)"),
  CREATE("Skapa", "Create"),
  ACCOUNTS("Konton", "Accounts"),
  ROLES("Roller", "Roles"),
  KEYS("API-nycklar för system", "API keys for systems"),
  HOLDER("Innehavare", "Holder"),
  LAST_USED("Senast använd", "Last used"),
  REVOKE("Återkalla", "Revoke"),
  SIGN_IN_WITH_PROVIDER(
      "Logga in med organisationens inloggning (SITHS, Freja eID, Microsoft)",
      "Sign in with your organisation's sign-in (SITHS, Freja eID, Microsoft)"),
  USE_PROVIDER("Använd organisationens inloggning", "Use my organisation's sign-in"),
  OIDC_FAILED(
      "Inloggningen via organisationens inloggningstjänst gick inte igenom. Börja om; om det"
          + " upprepas, be er administratör kontrollera kopplingen.",
      "The sign-in through your organisation's identity provider did not go through. Begin again;"
          + " if it happens again, ask your admin to check the connection."),
  ACCOUNT("Mitt konto", "My account"),
  LIMIT_TO_SERVICES(
      "Bara dessa verksamheter (sekretess mellan verksamheter; ingen markerad: alla)",
      "Only these services (secrecy between services; none ticked: every service)"),
  CHANGE_PASSWORD("Byt lösenord", "Change password"),
  CURRENT_PASSWORD("Nuvarande lösenord", "Current password"),
  NEW_PASSWORD(
      "Nytt lösenord (minst 12 tecken, gärna några ord)",
      "New password (12 characters or more, a few words make a good one)"),
  PASSWORD_CHANGED("Lösenordet är bytt.", "The password is changed."),
  SET_PASSWORD("Sätt nytt lösenord", "Set a new password"),
  DISABLE("Stäng av", "Disable"),
  ENABLE("Aktivera igen", "Enable"),
  DISABLED("avstängt", "disabled"),
  ACCOUNT_HELP(
      "Konto får du av din organisations administratör (ofta enhetschefen). Organisationens id står"
          + " i ditt välkomstbrev, till exempel ame-boden.",
      "Your organisation's admin (often the unit manager) gives you an account. The organisation's id"
          + " is in your welcome letter, for example ame-boden."),
  SESSION_EXPIRED(
      "Du var inaktiv för länge och har loggats ut. Logga in igen så kommer du tillbaka till sidan;"
          + " det du hade skrivit i ett formulär sparades inte.",
      "You were inactive too long and have been signed out. Sign in again to return to the page;"
          + " what you had typed in a form was not kept."),
  SECOND_FACTOR("Tvåstegsverifiering", "Two-step verification"),
  SECOND_FACTOR_REQUIRED(
      "Organisationen kräver tvåstegsverifiering: aktivera den innan du fortsätter.",
      "Your organisation requires two-step verification: turn it on before you go on."),
  SECOND_FACTOR_ON(
      "Tvåstegsverifiering är på: du loggar in med lösenord och en kod från appen.",
      "Two-step verification is on: you sign in with your password and a code from the app."),
  SECOND_FACTOR_OFF(
      "Tvåstegsverifiering är av. Med den krävs också en kod från en app i din telefon.",
      "Two-step verification is off. With it, a code from an app on your phone is needed too."),
  SECOND_FACTOR_BEGIN("Aktivera tvåstegsverifiering", "Turn on two-step verification"),
  SECOND_FACTOR_RENEW("Byt telefon eller app", "Change phone or app"),
  SECOND_FACTOR_STEP_APP(
      "Öppna en autentiseringsapp (till exempel Microsoft Authenticator eller FreeOTP).",
      "Open an authenticator app (for example Microsoft Authenticator or FreeOTP)."),
  SECOND_FACTOR_STEP_SECRET("Lägg till ett konto med nyckeln", "Add an account with the key"),
  SECOND_FACTOR_STEP_CODE("Skriv koden som appen visar nu.", "Type the code the app shows now."),
  CODE("Kod från appen (sex siffror)", "Code from the app (six digits)"),
  CODE_AT_SIGN_IN(
      "Kod från appen eller en reservkod (om du har tvåstegsverifiering)",
      "Code from the app or a recovery code (if you use two-step verification)"),
  CONFIRM("Bekräfta", "Confirm"),
  RECOVERY_CODES("Reservkoder", "Recovery codes"),
  RECOVERY_CODES_HINT(
      "Spara dem på ett säkert ställe. Varje kod fungerar en gång i stället för appens kod, om"
          + " telefonen kommer bort. De visas bara nu.",
      "Keep them somewhere safe. Each works once instead of the app's code, if the phone is lost."
          + " They are shown only now."),
  UNLOCK("Häv spärr för inloggning", "Lift the sign-in lock"),
  UNLOCKED(
      "Spärren är hävd; misslyckade inloggningar glömda:",
      "Lock lifted; failed sign-ins forgotten:"),
  REVOKED("Återkallad", "Revoked"),
  NEW_KEY_SHOWN_ONCE(
      "Ny nyckel – den visas bara nu, kopiera den:", "New key – shown only now, copy it:"),
  ERASE("Radera en deltagare (GDPR art. 17)", "Erase a participant (GDPR art. 17)"),
  ERASE_HELP(
      "Allt om deltagaren raderas och kan inte återställas. Skriv löpnumret två gånger.",
      "Everything about the participant is erased and cannot be restored. Type the key twice."),
  ERASE_CONFIRM("Löpnumret igen", "The key again"),
  ERASED("Antal raderade rader:", "Rows erased:"),
  ERASE_MISMATCH("Löpnumren stämmer inte överens.", "The two keys do not match."),
  AUDIT("Logg över läsningar och ändringar", "Log of reads and writes"),
  WHEN("När", "When"),
  AUDIT_HELP(
      "Varje läsning av en persons uppgifter och varje ändring står här. Välj dagar och, om du vill,"
          + " vem, vad eller vilken deltagare.",
      "Every read of a person's data and every change is here. Choose the days and, if you like,"
          + " who, what or which participant."),
  AUDIT_MINE("Visa även mina egna läsningar", "Show my own reads too"),
  AUDIT_NONE("Inga rader med de valen.", "No lines with those choices."),
  AUDIT_ALL("Hela loggen, med filter", "The whole log, with filters"),
  NEXT_PAGE("Nästa sida", "Next page"),
  IMPORT("Importera mätningar", "Import measurements"),
  SURVEY("Deltagarenkät", "Participant survey"),
  FOLLOW_UPS("Uppföljningar efter avslut", "Follow-ups after closing"),
  FOLLOW_UPS_HELP(
      "Deltagare som avslutades för 6 eller 12 månader sedan och ännu inte följts upp, de äldsta"
          + " först, också de som är dags inom en månad. Vad uppföljningen visade registreras i"
          + " journalsystemet eller med API:t.",
      "Participants closed 6 or 12 months ago and not yet followed up, the oldest first, also"
          + " those due within a month. What the follow-up found is recorded in the journal system or"
          + " through the API."),
  FOLLOW_UPS_NONE("Inga uppföljningar är dags.", "No follow-ups are due."),
  FIDELITY("Programtrohet (IPS)", "IPS fidelity"),
  FIDELITY_HELP(
      "Granskningar av verksamhetens programtrohet enligt IPS-skalans 25 punkter: totalsumma,"
          + " nivå och diagrammet för den senaste fastställda. Ett utkast kan lämna punkter obedömda;"
          + " en fastställd granskning rättas bara med ett skäl.",
      "Reviews of the service's fidelity on the IPS scale's 25 items: the total, the level and the"
          + " chart of the latest final one. A draft may leave items unscored; a final review is"
          + " corrected only with a reason."),
  FIDELITY_NEW("Ny granskning", "New review"),
  FIDELITY_NONE("Inga granskningar för verksamheten än.", "No reviews for the service yet."),
  FIDELITY_REVIEWS("Granskningar", "Reviews"),
  FIDELITY_REVIEW("Granskning av programtrohet", "Fidelity review"),
  FIDELITY_FORM_HELP(
      "Bedöm varje punkt 1–5 enligt manualen; punkterna 1 och 2 har sina talgränser här. Punkt 8,"
          + " handledarens roll, gäller arbetsspecialisternas handledare, inte SKAPA:s handledare.",
      "Score each item 1–5 by the manual; items 1 and 2 have their numeric bounds here. Item 8,"
          + " the supervisor's role, is the employment specialists' supervisor, not SKAPA's"
          + " handledare."),
  FIDELITY_TOTAL("Totalt", "Total"),
  FIDELITY_LEVEL("Nivå", "Level"),
  FIDELITY_REVIEWERS(
      "Granskare (koder, med kommatecken emellan)", "Reviewers (keys, comma-separated)"),
  FIDELITY_PLAN("Handlingsplan", "Action plan"),
  FIDELITY_ITEM("Punkt", "Item"),
  FIDELITY_ACTION("Åtgärd", "Action"),
  FIDELITY_OWNER("Ansvarig", "Owner"),
  FIDELITY_DUE("Klart senast", "Due"),
  FIDELITY_REASON("Skäl till rättelsen", "Reason for the correction"),
  FIDELITY_FINAL("Fastställ", "Finalise"),
  FIDELITY_DRAFT("Spara som utkast", "Save as a draft"),
  OPEN("Öppna", "Open"),
  SURVEY_HELP(
      "Den anonyma enkäten per verksamhet och period: hur många som erbjöds den, hur många som svarade"
          + " och hur många som är nöjda, mot organisationens mål. Pappersenkäter förs in en i taget;"
          + " inget svar kopplas till någon person eller dag.",
      "The anonymous survey per service and period: how many were offered it, how many answered and"
          + " how many are satisfied, against the organisation's targets. Paper forms are entered one"
          + " at a time; no answer is linked to a person or a day."),
  SURVEY_TARGETS_FROM("Målen är", "The targets are"),
  SURVEY_OFFERED("Erbjudna under perioden", "Offered in the period"),
  SURVEY_OFFERED_COUNT("Antal som erbjöds enkäten", "How many were offered the survey"),
  SURVEY_PAPER("För in en pappersenkät", "Enter a paper form"),
  SURVEY_SAVE_ANSWER("Spara svaret", "Save the answers"),
  SURVEY_TARGETS("Enkätens mål (procent)", "The survey's targets (percent)"),
  SURVEY_OWN("Organisationens egna frågor", "The organisation's own questions"),
  SURVEY_OWN_HELP(
      "Ställs efter SKAPA:s fem frågor, svar 1–5; SKAPA:s helhetsfråga avgör fortfarande vem som"
          + " räknas som nöjd. Töm en rad för att ta bort frågan; svar som redan getts finns kvar.",
      "Asked after SKAPA's five, answers 1–5; SKAPA's overall question still decides who counts as"
          + " satisfied. Empty a row to take the question away; answers already given are kept."),
  SURVEY_OWN_QUESTION("Fråga", "Question"),
  IN_SWEDISH("På svenska", "In Swedish"),
  IN_ENGLISH("På engelska", "In English"),
  SURVEY_TARGET_OFFERED("Erbjudna", "Offered"),
  SURVEY_TARGET_RATE("Svarsfrekvens", "Response rate"),
  SURVEY_TARGET_SATISFIED("Nöjda", "Satisfied"),
  IMPORT_HELP(
      "En CSV-fil med samma kolumner som exporten (på svenska eller engelska), semikolon- eller"
          + " kommaseparerad, från Excel. Förhandsgranska först: alla fel i alla rader visas, och"
          + " ingenting sparas förrän hela filen är rätt.",
      "A CSV file with the export's columns (in Swedish or English), semicolon or comma"
          + " separated, from Excel. Preview first: every fault of every line is shown, and nothing"
          + " is stored until the whole file is right."),
  IMPORT_FILE("Fil", "File"),
  IMPORT_PREVIEW("Förhandsgranska", "Preview"),
  IMPORT_DO("Importera", "Import"),
  WHO("Vem", "Who"),
  WHAT("Vad", "What"),
  ROWS("Rader", "Rows"),
  NOT_FOUND(
      "Finns inte, eller hör till en annan organisation.",
      "Does not exist, or belongs to another organisation."),
  CONFLICT(
      "Det finns redan: samma sak är registrerad tidigare (till exempel en mätning samma dag, eller ett"
          + " konto med samma namn). Öppna den och rätta den i stället.",
      "It exists already: the same thing was recorded before (for example a measurement on the same"
          + " day, or an account with the same name). Open it and correct it instead."),
  CHANGED_FIRST(
      "Någon annan hann ändra först. Ladda om sidan och gör ändringen igen.",
      "Someone else changed it first. Reload the page and make the change again."),
  REFUSED("Det gick inte att spara. Försök igen.", "It could not be saved. Try again."),
  FORBIDDEN(
      "Din roll ger inte tillgång till den här sidan.",
      "Your role does not give access to this page."),
  PAGE_ERROR(
      "Något gick fel; inget sparades. Försök igen.",
      "Something went wrong; nothing was saved. Try again."),
  BACK("Tillbaka", "Back"),
  ACCESSIBILITY("Tillgänglighetsredogörelse", "Accessibility statement"),
  IPS_TIMELINE(
      "Arbete per kvartal bredvid programtroheten", "Work per quarter beside the fidelity score"),
  IPS_TIMELINE_ALT(
      "Andelen som arbetat per kvartal och programtrohetens totalsumma vid tiden; samma siffror"
          + " finns i CSV-filen ovan.",
      "The share who worked per quarter and the fidelity total of the time; the same figures are"
          + " in the CSV file above."),
  SPIDER_TABLE("Värdena i spindeln", "The values in the spider");

  private final LocalizedText text;

  Msg(String sv, String en) {
    this.text = LocalizedText.of(sv, en);
  }

  @Override
  public String in(Language language) {
    return text.in(language);
  }
}
