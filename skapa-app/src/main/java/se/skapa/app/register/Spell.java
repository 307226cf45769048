package se.skapa.app.register;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Violations;
import se.skapa.core.progression.Intervention;
import se.skapa.core.register.Job;
import se.skapa.core.register.Study;

/**
 * Something a participant does for a while beside or after the conversations: a job, studies, an
 * intervention (insats). Each is kept with every version, like a measurement.
 */
public sealed interface Spell permits Spell.Work, Spell.Studies, Spell.Insats {

  /**
   * @return what kind of spell, as the routes name it: {@code jobs}, {@code studies}, {@code
   *     interventions}
   */
  String collection();

  /**
   * @return its first day
   */
  LocalDate start();

  /**
   * @return its last day, if it has one
   */
  Optional<LocalDate> end();

  /**
   * A job.
   *
   * @param job the job
   */
  record Work(Job job) implements Spell {
    /**
     * @param job the job; not null
     */
    public Work {
      Objects.requireNonNull(job, "job");
    }

    @Override
    public String collection() {
      return "jobs";
    }

    @Override
    public LocalDate start() {
      return job.started();
    }

    @Override
    public Optional<LocalDate> end() {
      return job.ended();
    }
  }

  /**
   * Studies.
   *
   * @param study the studies
   */
  record Studies(Study study) implements Spell {
    /**
     * @param study the studies; not null
     */
    public Studies {
      Objects.requireNonNull(study, "study");
    }

    @Override
    public String collection() {
      return "studies";
    }

    @Override
    public LocalDate start() {
      return study.started();
    }

    @Override
    public Optional<LocalDate> end() {
      return study.ended();
    }
  }

  /**
   * An intervention, with who provides it when that is not the service itself.
   *
   * @param intervention its name, BIP group and days
   * @param provider another service's or organisation's name, never a person's
   */
  record Insats(Intervention intervention, Optional<String> provider) implements Spell {
    /** The longest name or provider kept. */
    public static final int MAX_LENGTH = 200;

    /**
     * @param intervention the intervention; not null
     * @param provider the provider; not null
     * @throws se.skapa.core.common.ValidationException if the name or provider is longer than
     *     {@link #MAX_LENGTH} or carries a personnummer
     */
    public Insats {
      Objects.requireNonNull(intervention, "intervention");
      Objects.requireNonNull(provider, "provider");
      Violations v = new Violations();
      v.check(!intervention.name().isBlank(), "/name", "non-empty", "an intervention has a name");
      v.check(
          intervention.name().length() <= MAX_LENGTH,
          "/name",
          "length",
          "name has " + intervention.name().length() + " characters; at most " + MAX_LENGTH);
      v.check(
          provider.map(String::length).orElse(0) <= MAX_LENGTH,
          "/provider",
          "length",
          "provider has more than " + MAX_LENGTH + " characters; at most " + MAX_LENGTH);
      FreeText.check(v, () -> "/name", "name", Optional.of(intervention.name()));
      FreeText.check(v, () -> "/provider", "provider", provider);
      v.throwIfAny();
    }

    @Override
    public String collection() {
      return "interventions";
    }

    @Override
    public LocalDate start() {
      return intervention.start();
    }

    @Override
    public Optional<LocalDate> end() {
      return intervention.end();
    }
  }
}
