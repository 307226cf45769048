package se.skapa.store.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import se.skapa.app.KeyId;
import se.skapa.app.OrganisationId;
import se.skapa.app.ServiceId;
import se.skapa.app.register.EnrolmentId;
import se.skapa.app.register.Spell;
import se.skapa.app.register.SpellId;
import se.skapa.app.register.SpellStore;
import se.skapa.app.register.StoredSpell;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.progression.BipGroup;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.Job;
import se.skapa.core.register.JobEndReason;
import se.skapa.core.register.JobKind;
import se.skapa.core.register.Study;
import se.skapa.core.register.StudyKind;
import se.skapa.store.sql.Sql;

/**
 * {@link SpellStore} on the tables {@code spells} (the current version) and {@code spell_versions}
 * (every version): a job's, a study's and an intervention's own fields in columns of their own, the
 * kind in {@code kind}.
 */
public final class JdbcSpells implements SpellStore {

  private static final String COLUMNS =
      "org_id, id, version, collection, service_id, participant, enrolment_id, started, ended,"
          + " kind, hours_per_week, monthly_wage, end_reason, extent, name, provider,"
          + " recorded_by_key, recorded_by, recorded_at, monthly_subsidy";
  private static final String VALUES =
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Sql sql;

  /**
   * @param sql the transaction's statements
   */
  public JdbcSpells(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void insertSpell(StoredSpell s) {
    sql.update("INSERT INTO spells (" + COLUMNS + ") " + VALUES, values(s));
    sql.update("INSERT INTO spell_versions (" + COLUMNS + ") " + VALUES, values(s));
  }

  @Override
  public boolean updateSpell(StoredSpell next) {
    // The current row is replaced whole, only if it is still the version before: no column is
    // bound by its position twice.
    int replaced =
        sql.update(
            "DELETE FROM spells WHERE org_id = ? AND id = ? AND version = ?",
            next.organisation().value(),
            next.id().value(),
            next.version() - 1);
    if (replaced == 1) {
      insertSpell(next);
    }
    return replaced == 1;
  }

  @Override
  public Optional<StoredSpell> spell(OrganisationId organisation, SpellId id) {
    return sql.one(
        "SELECT * FROM spells WHERE org_id = ? AND id = ?",
        JdbcSpells::row,
        organisation.value(),
        id.value());
  }

  @Override
  public List<StoredSpell> spellHistory(OrganisationId organisation, SpellId id) {
    return sql.list(
        "SELECT * FROM spell_versions WHERE org_id = ? AND id = ? ORDER BY version",
        JdbcSpells::row,
        organisation.value(),
        id.value());
  }

  @Override
  public List<StoredSpell> participantSpells(OrganisationId organisation, Pseudonym participant) {
    return sql.list(
        "SELECT * FROM spells WHERE org_id = ? AND participant = ? ORDER BY started, id",
        JdbcSpells::row,
        organisation.value(),
        participant.value());
  }

  @Override
  public List<StoredSpell> serviceSpells(
      OrganisationId organisation, ServiceId service, String collection) {
    return sql.list(
        "SELECT * FROM spells WHERE org_id = ? AND service_id = ? AND collection = ?"
            + " ORDER BY started, id",
        JdbcSpells::row,
        organisation.value(),
        service.value(),
        collection);
  }

  private static @Nullable Object[] values(StoredSpell s) {
    @Nullable Object[] v = new Object[20];
    v[0] = s.organisation().value();
    v[1] = s.id().value();
    v[2] = s.version();
    v[3] = s.spell().collection();
    v[4] = s.service().value();
    v[5] = s.participant().value();
    v[6] = s.enrolment().map(EnrolmentId::value).orElse(null);
    v[7] = s.spell().start();
    v[8] = s.spell().end().orElse(null);
    if (s.spell() instanceof Spell.Work w) {
      Job j = w.job();
      v[9] = j.kind().name();
      v[10] = j.hoursPerWeek();
      v[11] = j.monthlyWage().map(Kronor::value).orElse(null);
      v[12] = j.endReason().map(Enum::name).orElse(null);
      v[19] = j.monthlySubsidy().map(Kronor::value).orElse(null);
    } else if (s.spell() instanceof Spell.Studies st) {
      v[9] = st.study().kind().name();
      v[13] = st.study().extentPercent();
    } else if (s.spell() instanceof Spell.Insats i) {
      v[9] = i.intervention().group().name();
      v[14] = i.intervention().name();
      v[15] = i.provider().orElse(null);
    }
    v[16] = s.recordedByKey().value();
    v[17] = s.recordedBy().value();
    v[18] = Sql.ts(s.recordedAt());
    return v;
  }

  private static StoredSpell row(ResultSet rs) throws SQLException {
    LocalDate started = rs.getObject("started", LocalDate.class);
    Optional<LocalDate> ended = Optional.ofNullable(rs.getObject("ended", LocalDate.class));
    String kind = rs.getString("kind");
    Spell spell =
        switch (rs.getString("collection")) {
          case "jobs" -> {
            long wage = rs.getLong("monthly_wage");
            boolean noWage = rs.wasNull();
            long subsidy = rs.getLong("monthly_subsidy");
            boolean noSubsidy = rs.wasNull();
            yield new Spell.Work(
                new Job(
                    started,
                    ended,
                    JobKind.valueOf(kind),
                    rs.getBigDecimal("hours_per_week"),
                    noWage ? Optional.empty() : Optional.of(Kronor.of(wage)),
                    noSubsidy ? Optional.empty() : Optional.of(Kronor.of(subsidy)),
                    Optional.ofNullable(rs.getString("end_reason")).map(JobEndReason::valueOf)));
          }
          case "studies" ->
              new Spell.Studies(
                  new Study(started, ended, StudyKind.valueOf(kind), rs.getInt("extent")));
          default ->
              new Spell.Insats(
                  new Intervention(rs.getString("name"), BipGroup.valueOf(kind), started, ended),
                  Optional.ofNullable(rs.getString("provider")));
        };
    UUID enrolment = rs.getObject("enrolment_id", UUID.class);
    return new StoredSpell(
        new SpellId(rs.getObject("id", UUID.class)),
        OrganisationId.of(rs.getString("org_id")),
        ServiceId.of(rs.getString("service_id")),
        Pseudonym.of(rs.getString("participant")),
        Optional.ofNullable(enrolment).map(EnrolmentId::new),
        rs.getInt("version"),
        spell,
        new KeyId(rs.getObject("recorded_by_key", UUID.class)),
        Pseudonym.of(rs.getString("recorded_by")),
        Sql.at(rs, "recorded_at"));
  }
}
