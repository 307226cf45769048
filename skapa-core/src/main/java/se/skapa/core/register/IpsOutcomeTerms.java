package se.skapa.core.register;

import java.math.BigDecimal;
import java.util.Objects;
import se.skapa.core.common.LocalizedText;

/**
 * The figures IPS's outcome measures are defined by, kept as a parameter set with their sources.
 *
 * @param firstJobMinHours the fewest hours a week a first job start counts with (IPS Grow: 4)
 * @param lastingDays days on one job counted as lasting (IPS providers count 90)
 * @param minimal the share worked competitively in a quarter that is IPS's minimal benchmark (IPS
 *     Employment Center: 31 %)
 * @param average the average benchmark (41 %)
 * @param excellent the excellent benchmark (50 %)
 */
public record IpsOutcomeTerms(
    BigDecimal firstJobMinHours,
    int lastingDays,
    double minimal,
    double average,
    double excellent) {

  /** IPS Grow's first-job rule, 90 days on the job, IPS Employment Center's benchmarks. */
  public static final IpsOutcomeTerms DEFAULT =
      new IpsOutcomeTerms(BigDecimal.valueOf(4), 90, 0.31, 0.41, 0.50);

  /**
   * @param firstJobMinHours the fewest hours a week a first job start counts with (IPS Grow: 4)
   * @param lastingDays days on one job counted as lasting (IPS providers count 90)
   * @param minimal the share worked competitively in a quarter that is IPS's minimal benchmark (IPS
   *     Employment Center: 31 %)
   * @param average the average benchmark (41 %)
   * @param excellent the excellent benchmark (50 %)
   * @throws NullPointerException if firstJobMinHours is null
   * @throws IllegalArgumentException if the benchmarks are not increasing shares
   */
  public IpsOutcomeTerms {
    Objects.requireNonNull(firstJobMinHours, "firstJobMinHours");
    if (!(0 < minimal && minimal < average && average < excellent && excellent <= 1)
        || lastingDays < 1) {
      throw new IllegalArgumentException("benchmarks must increase within (0, 1]");
    }
  }

  /** Where a share stands against the benchmarks. */
  public enum Band {
    /** Below the minimal benchmark. */
    BELOW_MINIMAL(LocalizedText.of("under riktmärkena", "below the benchmarks")),
    /** At least minimal. */
    MINIMAL(LocalizedText.of("lägsta riktmärket", "minimal benchmark")),
    /** At least average. */
    AVERAGE(LocalizedText.of("genomsnittligt riktmärke", "average benchmark")),
    /** At least excellent. */
    EXCELLENT(LocalizedText.of("utmärkt riktmärke", "excellent benchmark"));

    private final LocalizedText label;

    Band(LocalizedText label) {
      this.label = label;
    }

    /** {@return the band's name in Swedish and English} */
    public LocalizedText label() {
      return label;
    }
  }

  /**
   * @param share a share 0–1
   * @return the highest benchmark it reaches
   */
  public Band band(double share) {
    return share >= excellent
        ? Band.EXCELLENT
        : share >= average ? Band.AVERAGE : share >= minimal ? Band.MINIMAL : Band.BELOW_MINIMAL;
  }
}
