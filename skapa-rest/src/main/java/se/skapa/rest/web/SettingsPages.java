package se.skapa.rest.web;

import static se.skapa.rest.web.Pages.*;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.skapa.app.Actor;
import se.skapa.app.Role;
import se.skapa.app.StoredModeException;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.Session;
import se.skapa.app.access.Settings;
import se.skapa.core.common.Language;
import se.skapa.core.common.ValidationException;
import se.skapa.core.common.Violation;

/**
 * The organisation's own settings on a page of the admin's, and the accessibility statement that
 * names the contact set there. The same use case as {@code /settings} in the API.
 */
public final class SettingsPages {

  /** The server-wide contact, for a visitor who is not signed in to an organisation. */
  static final String CONTACT_VARIABLE = "SKAPA_ACCESSIBILITY_CONTACT";

  private final Pages pages;
  private final Settings settings;
  private final Function<String, Optional<String>> environment;

  SettingsPages(Pages pages, Settings settings, Function<String, Optional<String>> environment) {
    this.pages = pages;
    this.settings = settings;
    this.environment = environment;
  }

  /**
   * The settings as the form shows them.
   *
   * @param contact the accessibility contact, or blank
   * @param interval months between conversations
   * @param afterClosing the months of the follow-ups after closing, comma-separated
   * @param smallNumbers the organisation's own threshold, or blank for the server's
   * @param inForce the threshold applied
   * @param floor the server's, the least the organisation may choose
   */
  public record Form(
      String contact,
      int interval,
      String afterClosing,
      String smallNumbers,
      int inForce,
      int floor) {}

  public void page(Context ctx) {
    Actor me = admin(ctx);
    Settings.InForce f = settings.settings(me, me.organisation());
    OrganisationSettings s = f.settings();
    pages.render(
        ctx,
        200,
        "settings.jte",
        Map.of(
            "p",
            pages.page(ctx, SettingsText.SETTINGS),
            "f",
            new Form(
                s.accessibilityContact().orElse(""),
                s.measurementIntervalMonths(),
                s.afterClosingMonths().stream()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", ")),
                s.smallNumbers().map(String::valueOf).orElse(""),
                f.smallNumbers(),
                f.smallNumbersFloor()),
            "saved",
            ctx.queryParam("saved") != null));
  }

  public void save(Context ctx) {
    pages.change(
        ctx,
        () -> {
          Actor me = admin(ctx);
          try {
            settings.change(me, me.organisation(), chosen(ctx));
          } catch (ValidationException e) {
            throw labelled(e, lang(ctx));
          }
          return "/app/admin/settings?saved";
        });
  }

  /**
   * The settings the form asks for, every fault of every field at once: a field that cannot be read
   * is named for that, and the rest are held to the settings' rules.
   */
  private static OrganisationSettings chosen(Context ctx) {
    List<Violation> faults = new ArrayList<>();
    Optional<Integer> interval =
        read(faults, "/measurementIntervalMonths", () -> whole(form(ctx, "interval")));
    Optional<List<Integer>> months =
        read(faults, "/afterClosingMonths", () -> months(form(ctx, "afterClosing")));
    String small = form(ctx, "smallNumbers");
    Optional<Integer> threshold =
        small.isEmpty() ? Optional.empty() : read(faults, "/smallNumbers", () -> whole(small));
    try {
      OrganisationSettings s =
          new OrganisationSettings(
              Optional.of(form(ctx, "contact")),
              interval.orElse(OrganisationSettings.DEFAULT.measurementIntervalMonths()),
              months.orElse(OrganisationSettings.DEFAULT.afterClosingMonths()),
              threshold);
      if (faults.isEmpty()) {
        return s;
      }
    } catch (ValidationException e) {
      faults.addAll(e.violations());
    }
    throw new ValidationException(faults);
  }

  /** The form's labels for the settings' fields, so that a fault names what the page shows. */
  private static final Map<String, Text> LABELS =
      Map.of(
          "accessibilityContact", SettingsText.SETTINGS_CONTACT,
          "measurementIntervalMonths", SettingsText.SETTINGS_INTERVAL,
          "afterClosingMonths", SettingsText.SETTINGS_AFTER_CLOSING,
          "smallNumbers", SettingsText.SETTINGS_SMALL_NUMBERS);

  private static ValidationException labelled(ValidationException e, Language lang) {
    return new ValidationException(
        e.violations().stream()
            .map(
                v -> {
                  String name = v.pointer().split("/").length > 1 ? v.pointer().split("/")[1] : "";
                  Text label = LABELS.get(name);
                  return label == null
                      ? v
                      : new Violation("/" + label.in(lang), v.rule(), v.message());
                })
            .toList());
  }

  private static <T> Optional<T> read(
      List<Violation> faults, String pointer, java.util.function.Supplier<T> parse) {
    try {
      return Optional.of(field(pointer, parse));
    } catch (ValidationException e) {
      faults.addAll(e.violations());
      return Optional.empty();
    }
  }

  /**
   * The accessibility statement, with the contact of the visitor's organisation when they are
   * signed in, else the server's.
   */
  public void accessibility(Context ctx) {
    Optional<String> contact =
        Optional.ofNullable(ctx.<Session>attribute(SESSION))
            .flatMap(
                s ->
                    settings
                        .settings(s.account().actor(), s.account().organisation())
                        .settings()
                        .accessibilityContact())
            .or(() -> environment.apply(CONTACT_VARIABLE).map(String::strip))
            .filter(c -> !c.isEmpty());
    pages.render(
        ctx,
        200,
        "accessibility.jte",
        Map.of("p", pages.page(ctx, Msg.ACCESSIBILITY), "contact", contact.orElse("")));
  }

  private static Actor admin(Context ctx) {
    Actor me = session(ctx).account().actor();
    if (!me.has(Role.ADMIN)) {
      throw StoredModeException.forbidden("the organisation's settings are an admin's to change");
    }
    return me;
  }

  /** Months as a person types them: {@code 6, 12} or {@code 6 12}. */
  private static List<Integer> months(String text) {
    List<Integer> out = new ArrayList<>();
    for (String part : text.split("[,;\\s]+")) {
      if (!part.isEmpty()) {
        out.add(whole(part));
      }
    }
    if (out.isEmpty()) {
      throw ValidationException.of("", "required", "at least one month is required");
    }
    return out;
  }
}
