package se.skapa.store.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.survey.SurveyStore;
import se.skapa.core.common.LocalizedText;
import se.skapa.core.survey.SurveyQuestion;
import se.skapa.core.survey.SurveyTargets;
import se.skapa.store.sql.Sql;

/**
 * {@link SurveyStore} on the tables {@code survey_offers}, {@code survey_responses} and {@code
 * survey_questions}.
 */
public final class JdbcSurveys implements SurveyStore {

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcSurveys(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void recordSurveyOffered(
      OrganisationId org, ServiceId service, String period, int offered) {
    sql.update(
        "INSERT INTO survey_offers (org_id, service_id, period, offered) VALUES (?, ?, ?, ?) "
            + "ON CONFLICT (org_id, service_id, period) DO UPDATE SET offered = EXCLUDED.offered",
        org.value(),
        service.value(),
        period,
        offered);
  }

  @Override
  public Optional<Integer> surveyOffered(OrganisationId org, ServiceId service, String period) {
    return sql.one(
        "SELECT offered FROM survey_offers WHERE org_id = ? AND service_id = ? AND period = ?",
        rs -> rs.getInt("offered"),
        org.value(),
        service.value(),
        period);
  }

  @Override
  public void insertSurveyResponse(
      OrganisationId org, ServiceId service, String period, Map<String, Integer> answers) {
    List<String> keys = new ArrayList<>(answers.keySet());
    keys.sort(null);
    sql.update(
        "INSERT INTO survey_responses (org_id, service_id, period, questions, answers) VALUES (?, ?, ?, ?, ?)",
        org.value(),
        service.value(),
        period,
        sql.textArray(keys),
        sql.array("integer", keys.stream().map(answers::get).toArray(Integer[]::new)));
  }

  @Override
  public List<Map<String, Integer>> surveyResponses(
      OrganisationId org, ServiceId service, String period) {
    return sql.list(
        "SELECT questions, answers FROM survey_responses WHERE org_id = ? AND service_id = ? AND period = ?",
        rs -> {
          Object[] q = (Object[]) rs.getArray("questions").getArray();
          Object[] a = (Object[]) rs.getArray("answers").getArray();
          Map<String, Integer> m = new HashMap<>();
          for (int i = 0; i < q.length; i++) {
            m.put((String) q[i], (Integer) a[i]);
          }
          return m;
        },
        org.value(),
        service.value(),
        period);
  }

  @Override
  public List<SurveyQuestion> ownSurveyQuestions(OrganisationId org) {
    return sql.list(
        "SELECT key, text_sv, text_en FROM survey_questions WHERE org_id = ? ORDER BY position",
        rs ->
            new SurveyQuestion(
                rs.getString("key"),
                LocalizedText.of(rs.getString("text_sv"), rs.getString("text_en")),
                false),
        org.value());
  }

  @Override
  public Optional<SurveyTargets> surveyTargets(OrganisationId org) {
    return sql.one(
        "SELECT offered, response_rate, satisfied FROM survey_targets WHERE org_id = ?",
        rs ->
            new SurveyTargets(
                rs.getDouble("offered"), rs.getDouble("response_rate"), rs.getDouble("satisfied")),
        org.value());
  }

  @Override
  public void replaceSurveyTargets(OrganisationId org, SurveyTargets t) {
    sql.update(
        "INSERT INTO survey_targets (org_id, offered, response_rate, satisfied) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (org_id) DO UPDATE SET offered = EXCLUDED.offered,"
            + " response_rate = EXCLUDED.response_rate, satisfied = EXCLUDED.satisfied",
        org.value(),
        t.offered(),
        t.responseRate(),
        t.satisfied());
  }

  @Override
  public void replaceOwnSurveyQuestions(OrganisationId org, List<SurveyQuestion> questions) {
    sql.update("DELETE FROM survey_questions WHERE org_id = ?", org.value());
    for (int i = 0; i < questions.size(); i++) {
      SurveyQuestion q = questions.get(i);
      sql.update(
          "INSERT INTO survey_questions (org_id, position, key, text_sv, text_en) VALUES (?, ?, ?, ?, ?)",
          org.value(),
          i,
          q.key(),
          q.text().sv(),
          q.text().en());
    }
  }

  @Override
  public int deleteSurveyResponses(OrganisationId org, ServiceId service, String period) {
    return sql.update(
        "DELETE FROM survey_responses WHERE org_id = ? AND service_id = ? AND period = ?",
        org.value(),
        service.value(),
        period);
  }

  @Override
  public Optional<BatchKey> claimBatchKey(
      OrganisationId org, String key, String fingerprint, int stored, java.time.Instant at) {
    int claimed =
        sql.update(
            "INSERT INTO survey_batch_keys (org_id, idempotency_key, fingerprint, stored,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            org.value(),
            key,
            fingerprint,
            stored,
            Sql.ts(at));
    if (claimed == 1) {
      return Optional.empty();
    }
    return sql.one(
        "SELECT fingerprint, stored FROM survey_batch_keys WHERE org_id = ? AND idempotency_key = ?",
        rs -> new BatchKey(rs.getString(1), rs.getInt(2)),
        org.value(),
        key);
  }
}
