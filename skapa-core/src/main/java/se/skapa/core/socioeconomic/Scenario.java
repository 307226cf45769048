package se.skapa.core.socioeconomic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Pointer;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * A named calculation, to be shown side by side with others.
 *
 * @param name the scenario's name, free text without personal data
 * @param input what it calculates
 */
public record Scenario(String name, SocioeconomicInput input) {

  /**
   * @param name the name; not null
   * @param input the input; not null
   * @throws NullPointerException if a component is null
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(input, "input");
  }

  /**
   * A scenario's name with its result.
   *
   * @param name the scenario's name
   * @param result its result
   */
  public record Outcome(String name, SocioeconomicResult result) {}

  /**
   * Calculates every scenario.
   *
   * @throws ValidationException pointing at {@code /scenarios/<index>/...}; a name is free text
   *     ({@link FreeText})
   * @param scenarios the scenarios; not null
   * @return one outcome per scenario, in order
   */
  public static List<Outcome> compare(List<Scenario> scenarios) {
    Violations v = new Violations();
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      int index = i;
      FreeText.check(
          v, () -> Pointer.at("/scenarios", index) + "/name", "name", Optional.of(s.name()));
      SocioeconomicResult r =
          v.attempt(
              Pointer.at("/scenarios", i), () -> SocioeconomicCalculator.calculate(s.input()));
      if (r != null) {
        out.add(new Outcome(s.name(), r));
      }
    }
    v.throwIfAny();
    return out;
  }
}
