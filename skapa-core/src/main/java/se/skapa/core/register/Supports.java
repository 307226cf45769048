package se.skapa.core.register;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.skapa.core.common.Violations;

/** Rules for a list of support sources recorded at one moment. */
public final class Supports {

  private Supports() {}

  /**
   * Each source at most once: two rows of försörjningsstöd at one moment would count the person
   * twice.
   *
   * @param v where violations go; not null
   * @param support the sources; not null
   */
  public static void distinct(Violations v, List<Support> support) {
    Set<SupportSource> seen = new HashSet<>();
    for (int i = 0; i < support.size(); i++) {
      v.check(
          seen.add(support.get(i).source()),
          "/support/" + i + "/benefit",
          "duplicate",
          support.get(i).source() + " is given twice");
    }
  }

  /**
   * @param support the sources at one moment; not null
   * @throws se.skapa.core.common.ValidationException rule {@code duplicate} for a source given
   *     twice
   */
  public static void requireDistinct(List<Support> support) {
    Violations v = new Violations();
    distinct(v, support);
    v.throwIfAny();
  }
}
