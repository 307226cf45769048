package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.skapa.core.common.Kronor;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;
import se.skapa.core.register.Support;
import se.skapa.core.register.SupportSource;

/**
 * What a participant lives on, as the admission, closing and follow-up forms ask it: up to {@value
 * #ROWS} sources, each with its share of full time in percent and, if known, the amount a month.
 * Read into the register's own {@link Support}, whose rules name any fault.
 */
public final class SupportForms {

  /** Rows on a form: enough for a sjukpenning beside a försörjningsstöd and a part-time wage. */
  public static final int ROWS = 3;

  private SupportForms() {}

  /** {@return the sources a row chooses among, in the language} */
  static List<Views.Choice> sources(Language lang) {
    return Arrays.stream(SupportSource.values())
        .map(s -> new Views.Choice(s.name(), s.label().in(lang), false))
        .toList();
  }

  /**
   * The support a form's rows give; a row without a source is left out. Every fault of every row at
   * once, each named by the form's label and row.
   */
  static List<Support> read(Context ctx) {
    Language lang = lang(ctx);
    List<Support> out = new ArrayList<>();
    List<Violation> faults = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      String at = "support." + i + ".";
      String source = form(ctx, at + "source");
      if (source.isEmpty()) {
        continue;
      }
      int row = i;
      List<Violation> here = new ArrayList<>();
      Optional<SupportSource> s = part(here, () -> choice(SupportSource.class, source), "/source");
      Optional<BigDecimal> percent = part(here, () -> decimal(form(ctx, at + "degree")), "/degree");
      String amount = form(ctx, at + "amount");
      Optional<Optional<Kronor>> monthly =
          amount.isEmpty()
              ? Optional.of(Optional.empty())
              : part(here, () -> Optional.of(Kronor.of(whole(amount))), "/monthlyAmount");
      if (s.isPresent() && percent.isPresent()) {
        // Held to the register's rules even when the amount could not be read: every fault at once.
        try {
          Support support =
              new Support(
                  s.get(), percent.get().movePointLeft(2), monthly.orElse(Optional.empty()));
          if (here.isEmpty()) {
            out.add(support);
          }
        } catch (ValidationException e) {
          here.addAll(e.violations());
        }
      }
      here.forEach(v -> faults.add(labelled(v, row, lang)));
    }
    if (!faults.isEmpty()) {
      throw new ValidationException(faults);
    }
    return out;
  }

  private static <T> Optional<T> part(
      List<Violation> faults, java.util.function.Supplier<T> parse, String pointer) {
    try {
      return Optional.of(parse.get());
    } catch (ValidationException e) {
      e.violations().forEach(v -> faults.add(new Violation(pointer, v.rule(), v.message())));
      return Optional.empty();
    }
  }

  /**
   * A fault named as the form shows its field: «Omfattning, % (rad 2)». A degree's range is said in
   * the form's percent, not the register's share.
   */
  private static Violation labelled(Violation v, int row, Language lang) {
    String leaf = v.pointer().substring(v.pointer().lastIndexOf('/') + 1);
    Text label =
        switch (leaf) {
          case "degree" -> RegisterText.SUPPORT_DEGREE;
          case "monthlyAmount" -> RegisterText.SUPPORT_AMOUNT;
          default -> RegisterText.SUPPORT_SOURCE;
        };
    String where = label.in(lang) + (lang == Language.SV ? " (rad " : " (row ") + (row + 1) + ")";
    String message =
        leaf.equals("degree") && v.rule().equals("range")
            ? "must be above 0 and at most 100"
            : v.message();
    return new Violation("/" + where, v.rule(), message);
  }
}
