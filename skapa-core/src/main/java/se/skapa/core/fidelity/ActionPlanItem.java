package se.skapa.core.fidelity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.skapa.core.common.FreeText;
import se.skapa.core.common.Pseudonym;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violations;

/**
 * One line of a fidelity review's action plan: what the organisation will do about a development
 * area, who owns it, and by when.
 *
 * @param item the scale item it addresses
 * @param action the organisation's own action, free text (no personal identity numbers)
 * @param owner the pseudonymous key of whoever owns it
 * @param due the day it is due
 */
public record ActionPlanItem(int item, String action, Pseudonym owner, LocalDate due) {

  /**
   * @throws ValidationException rules {@code required}, {@code length}, {@code personnummer} at
   *     {@code /action}
   * @param item the item
   * @param action the action
   * @param owner the owner; not null
   * @param due the day it is due; not null
   */
  public ActionPlanItem {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(due, "due");
    Violations v = new Violations();
    if (v.check(
        action != null && !action.isBlank(),
        "/action",
        "required",
        "an action plan line needs an action")) {
      FreeText.check(v, () -> "/action", "action", Optional.of(action));
    }
    v.throwIfAny();
  }
}
