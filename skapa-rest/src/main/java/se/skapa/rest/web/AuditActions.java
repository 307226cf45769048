package se.skapa.rest.web;

import java.util.Map;
import se.skapa.core.common.Language;

/**
 * What each audit action is called on the pages, in Swedish and English: the audit trail keeps a
 * stable code ({@code measurement.read}); a person reads a sentence ("läste mätning").
 */
final class AuditActions {

  private static final Map<String, String[]> LABELS =
      Map.ofEntries(
          Map.entry(
              "after-closing.due.read",
              new String[] {
                "läste uppföljningar efter avslut som ska göras",
                "read follow-ups after closing due"
              }),
          Map.entry(
              "after-closing.read",
              new String[] {"läste uppföljning efter avslut", "read a follow-up after closing"}),
          Map.entry(
              "after-closing.recorded",
              new String[] {
                "registrerade uppföljning efter avslut", "recorded a follow-up after closing"
              }),
          Map.entry("audit.read", new String[] {"läste loggen", "read the audit trail"}),
          Map.entry(
              "consent.recorded", new String[] {"registrerade samtycke", "recorded a consent"}),
          Map.entry(
              "consent.withdrawn",
              new String[] {"registrerade återkallat samtycke", "recorded a consent withdrawn"}),
          Map.entry("consents.read", new String[] {"läste samtycken", "read consents"}),
          Map.entry("enrolment.closed", new String[] {"avslutade insats", "closed an enrolment"}),
          Map.entry(
              "enrolment.created", new String[] {"skrev in deltagare", "admitted a participant"}),
          Map.entry("enrolment.read", new String[] {"läste inskrivning", "read an enrolment"}),
          Map.entry(
              "enrolments.read",
              new String[] {
                "läste en deltagares inskrivningar", "read a participant's enrolments"
              }),
          Map.entry(
              "fidelity-review.corrected",
              new String[] {"rättade programtrohetsgranskning", "corrected a fidelity review"}),
          Map.entry(
              "fidelity-review.created",
              new String[] {"skapade programtrohetsgranskning", "created a fidelity review"}),
          Map.entry(
              "fidelity-review.saved",
              new String[] {"sparade programtrohetsgranskning", "saved a fidelity review"}),
          Map.entry(
              "follow-ups.read",
              new String[] {"läste uppföljningar som ska göras", "read follow-ups due"}),
          Map.entry(
              "identity-provider.set",
              new String[] {
                "ställde in organisationens inloggning", "set the organisation's identity provider"
              }),
          Map.entry(
              "insights.read",
              new String[] {"läste analys av vad som föregår arbete", "read what precedes work"}),
          Map.entry("key.created", new String[] {"skapade nyckel", "created a key"}),
          Map.entry("key.revoked", new String[] {"återkallade nyckel", "revoked a key"}),
          Map.entry(
              "measurement.corrected", new String[] {"rättade mätning", "corrected a measurement"}),
          Map.entry(
              "measurement.history.read",
              new String[] {"läste mätningens historik", "read a measurement's history"}),
          Map.entry("measurement.read", new String[] {"läste mätning", "read a measurement"}),
          Map.entry(
              "measurement.recorded",
              new String[] {"registrerade mätning", "recorded a measurement"}),
          Map.entry(
              "measurements.exported",
              new String[] {"exporterade mätningar", "exported measurements"}),
          Map.entry(
              "measurements.imported",
              new String[] {"importerade mätningar", "imported measurements"}),
          Map.entry(
              "organisation.created",
              new String[] {"skapade organisationen", "created the organisation"}),
          Map.entry(
              "participant.erased", new String[] {"raderade deltagare", "erased a participant"}),
          Map.entry(
              "participant.progression.read",
              new String[] {"läste deltagarens progression", "read a participant's progression"}),
          Map.entry(
              "participant.spells.read",
              new String[] {
                "läste deltagarens arbete, studier och insatser",
                "read a participant's jobs, studies and interventions"
              }),
          Map.entry(
              "participants.read", new String[] {"läste deltagarlista", "read the participants"}),
          Map.entry(
              "report.read", new String[] {"läste resultatrapport", "read an outcome report"}),
          Map.entry(
              "report.fixed",
              new String[] {"fastställde resultatrapport", "fixed an outcome report"}),
          Map.entry(
              "second-factor.optional",
              new String[] {
                "gjorde tvåstegsverifiering frivillig", "made two-step verification optional"
              }),
          Map.entry(
              "second-factor.required",
              new String[] {"krävde tvåstegsverifiering", "required two-step verification"}),
          Map.entry(
              "service.cohort.read",
              new String[] {"läste verksamhetens progression", "read a service's cohort"}),
          Map.entry("service.created", new String[] {"skapade verksamhet", "created a service"}),
          Map.entry(
              "service.interventions.read",
              new String[] {"läste insatsernas täckning", "read intervention coverage"}),
          Map.entry(
              "service.ips-outcomes.read",
              new String[] {"läste IPS-resultat", "read IPS outcomes"}),
          Map.entry(
              "service.quality-signals.read",
              new String[] {"läste kvalitetssignaler", "read quality signals"}),
          Map.entry(
              "socioeconomic.read",
              new String[] {
                "läste samhällsekonomisk beräkning", "read a socioeconomic calculation"
              }),
          Map.entry(
              "spell.corrected",
              new String[] {
                "rättade arbete, studier eller insats", "corrected a job, studies or intervention"
              }),
          Map.entry(
              "spell.history.read",
              new String[] {
                "läste historik för arbete, studier eller insats",
                "read the history of a job, studies or intervention"
              }),
          Map.entry(
              "spell.read",
              new String[] {
                "läste arbete, studier eller insats", "read a job, studies or intervention"
              }),
          Map.entry(
              "spell.recorded",
              new String[] {
                "registrerade arbete, studier eller insats",
                "recorded a job, studies or intervention"
              }),
          Map.entry(
              "support-change.read",
              new String[] {"läste förändring i försörjning", "read the change in support"}),
          Map.entry(
              "support.exported", new String[] {"exporterade försörjning", "exported support"}),
          Map.entry(
              "settings.changed",
              new String[] {
                "ändrade organisationens inställningar", "changed the organisation's settings"
              }),
          Map.entry(
              "survey.offered",
              new String[] {"registrerade erbjuden enkät", "recorded a survey offered"}),
          Map.entry(
              "survey.questions.set",
              new String[] {"ställde in egna enkätfrågor", "set the own survey questions"}),
          Map.entry(
              "survey.targets.set",
              new String[] {"ställde in enkätens mål", "set the survey's targets"}),
          Map.entry("survey.read", new String[] {"läste enkätrapport", "read a survey report"}),
          Map.entry(
              "survey.responses.recorded",
              new String[] {"registrerade enkätsvar", "recorded survey responses"}),
          Map.entry(
              "survey.responses.replaced",
              new String[] {
                "rättade en periods enkätsvar", "corrected a period's survey responses"
              }),
          Map.entry("targets.set", new String[] {"satte mål", "set targets"}),
          Map.entry("user.created", new String[] {"skapade konto", "created an account"}),
          Map.entry("user.disabled", new String[] {"stängde av konto", "disabled an account"}),
          Map.entry("user.enabled", new String[] {"aktiverade konto igen", "enabled an account"}),
          Map.entry(
              "user.password-changed",
              new String[] {"bytte sitt lösenord", "changed their password"}),
          Map.entry(
              "user.password-reset",
              new String[] {"satte nytt lösenord för konto", "set a new password for an account"}),
          Map.entry(
              "user.second-factor-failed",
              new String[] {"misslyckades med koden vid inloggning", "failed the code at sign-in"}),
          Map.entry(
              "user.second-factor.enrolled",
              new String[] {"aktiverade tvåstegsverifiering", "turned on two-step verification"}),
          Map.entry(
              "user.second-factor.reset",
              new String[] {"återställde tvåstegsverifiering", "reset two-step verification"}),
          Map.entry(
              "user.sign-in-failed", new String[] {"misslyckades logga in", "failed to sign in"}),
          Map.entry("user.signed-in", new String[] {"loggade in", "signed in"}),
          Map.entry(
              "user.signed-in.oidc",
              new String[] {
                "loggade in via organisationens inloggning",
                "signed in with the organisation's identity provider"
              }),
          Map.entry("user.signed-out", new String[] {"loggade ut", "signed out"}),
          Map.entry(
              "user.unlocked",
              new String[] {"hävde spärr för inloggning", "lifted a sign-in lock"}));

  private AuditActions() {}

  /**
   * @param action an audit action's code
   * @param lang the reader's language
   * @return its label; the code itself for an action without one
   */
  static String label(String action, Language lang) {
    String[] l = LABELS.get(action);
    return l == null ? action : l[lang == Language.SV ? 0 : 1];
  }

  /** {@return every code with a label} */
  static java.util.Set<String> codes() {
    return LABELS.keySet();
  }
}
