package se.skapa.store;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import se.skapa.app.access.AccountStore;
import se.skapa.app.access.IdentityProviderStore;
import se.skapa.app.access.KeyStore;
import se.skapa.app.access.OrganisationStore;
import se.skapa.app.access.SecondFactorStore;
import se.skapa.app.access.SessionStore;
import se.skapa.app.audit.AuditLog;
import se.skapa.app.audit.ErasureStore;
import se.skapa.app.consent.ConsentStore;
import se.skapa.app.measurement.CohortReleases;
import se.skapa.app.measurement.IdempotencyClaims;
import se.skapa.app.measurement.MeasurementStore;
import se.skapa.app.port.Tx;
import se.skapa.app.register.FixedReportStore;
import se.skapa.app.register.RegisterStore;
import se.skapa.app.register.SpellStore;
import se.skapa.app.register.SupportStore;
import se.skapa.app.review.ReviewStore;
import se.skapa.app.survey.SurveyStore;
import se.skapa.store.access.JdbcAccounts;
import se.skapa.store.access.JdbcIdentityProviders;
import se.skapa.store.access.JdbcKeys;
import se.skapa.store.access.JdbcOrganisations;
import se.skapa.store.access.JdbcSecondFactors;
import se.skapa.store.access.JdbcSessions;
import se.skapa.store.audit.JdbcAuditLog;
import se.skapa.store.audit.JdbcErasure;
import se.skapa.store.consent.JdbcConsents;
import se.skapa.store.measurement.JdbcCohortReleases;
import se.skapa.store.measurement.JdbcIdempotencyClaims;
import se.skapa.store.measurement.JdbcMeasurements;
import se.skapa.store.register.JdbcFixedReports;
import se.skapa.store.register.JdbcRegister;
import se.skapa.store.register.JdbcSpells;
import se.skapa.store.register.JdbcSupport;
import se.skapa.store.review.JdbcReviews;
import se.skapa.store.sql.Sql;
import se.skapa.store.survey.JdbcSurveys;

/**
 * One transaction on one connection: each capability's port made on first use, on the same
 * statements.
 */
final class JdbcTx implements Tx {

  /** Every port this storage implements, and how to make it on a transaction's statements. */
  static final Map<Class<?>, Function<Sql, ?>> PORTS =
      Map.ofEntries(
          Map.entry(OrganisationStore.class, JdbcOrganisations::new),
          Map.entry(KeyStore.class, JdbcKeys::new),
          Map.entry(AccountStore.class, JdbcAccounts::new),
          Map.entry(IdentityProviderStore.class, JdbcIdentityProviders::new),
          Map.entry(SecondFactorStore.class, JdbcSecondFactors::new),
          Map.entry(SessionStore.class, JdbcSessions::new),
          Map.entry(MeasurementStore.class, JdbcMeasurements::new),
          Map.entry(CohortReleases.class, JdbcCohortReleases::new),
          Map.entry(IdempotencyClaims.class, JdbcIdempotencyClaims::new),
          Map.entry(RegisterStore.class, JdbcRegister::new),
          Map.entry(FixedReportStore.class, JdbcFixedReports::new),
          Map.entry(SpellStore.class, JdbcSpells::new),
          Map.entry(SupportStore.class, JdbcSupport::new),
          Map.entry(ReviewStore.class, JdbcReviews::new),
          Map.entry(SurveyStore.class, JdbcSurveys::new),
          Map.entry(AuditLog.class, JdbcAuditLog::new),
          Map.entry(ConsentStore.class, JdbcConsents::new),
          Map.entry(ErasureStore.class, JdbcErasure::new));

  private final Sql sql;
  private final Map<Class<?>, Object> made = new HashMap<>(4);

  JdbcTx(Connection c) {
    this.sql = new Sql(c);
  }

  @Override
  public <P> P port(Class<P> port) {
    Object p = made.get(port);
    if (p == null) {
      Function<Sql, ?> make = PORTS.get(port);
      if (make == null) {
        throw new IllegalArgumentException("the JDBC storage has no " + port.getName());
      }
      p = make.apply(sql);
      made.put(port, p);
    }
    return port.cast(p);
  }
}
