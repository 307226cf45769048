package se.skapa.rest.access;

import static se.skapa.rest.http.Params.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.skapa.app.access.OrganisationSettings;
import se.skapa.app.access.Settings;
import se.skapa.rest.http.Params;
import se.skapa.rest.http.RequestBodies;
import se.skapa.rest.http.Router;
import se.skapa.rest.http.Router.Access;

/**
 * What an organisation decides for itself: the accessibility statement's contact, the interval
 * between conversations, the follow-ups after closing, its own small-numbers threshold.
 */
public final class SettingsRoutes {

  private static final String ORG = Params.ORGANISATIONS + "/{org}";

  private final Settings settings;
  private final RequestBodies bodies;

  public SettingsRoutes(Settings settings, RequestBodies bodies) {
    this.settings = settings;
    this.bodies = bodies;
  }

  /** The settings to set; a missing threshold keeps the server's. */
  public record SettingsBody(
      @Nullable @Size(max = OrganisationSettings.CONTACT_MAX) String accessibilityContact,
      @NotNull Integer measurementIntervalMonths,
      @NotNull @Size(min = 1, max = 4) List<@NotNull Integer> afterClosingMonths,
      @Nullable Integer smallNumbers) {}

  /**
   * The settings in force.
   *
   * @param smallNumbers the organisation's own threshold; absent when it keeps the server's
   * @param smallNumbersInForce the threshold applied to its analysts
   * @param smallNumbersFloor the server's, the least it may choose
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SettingsView(
      @Nullable String accessibilityContact,
      int measurementIntervalMonths,
      List<Integer> afterClosingMonths,
      @Nullable Integer smallNumbers,
      int smallNumbersInForce,
      int smallNumbersFloor) {

    static SettingsView of(Settings.InForce f) {
      OrganisationSettings s = f.settings();
      return new SettingsView(
          s.accessibilityContact().orElse(null),
          s.measurementIntervalMonths(),
          s.afterClosingMonths(),
          s.smallNumbers().orElse(null),
          f.smallNumbers(),
          f.smallNumbersFloor());
    }
  }

  /**
   * Declares this class's routes and who may call each.
   *
   * @param r the server's router
   */
  public void routes(Router r) {
    r.get(ORG + "/settings", Access.MEMBER, this::get);
    r.put(ORG + "/settings", Access.MEMBER, this::put);
  }

  private void get(Context ctx) {
    bodies.json(ctx, SettingsView.of(settings.settings(actor(ctx), org(ctx))));
  }

  private void put(Context ctx) {
    SettingsBody b = bodies.read(ctx, SettingsBody.class);
    OrganisationSettings chosen =
        new OrganisationSettings(
            Optional.ofNullable(b.accessibilityContact()),
            b.measurementIntervalMonths(),
            b.afterClosingMonths(),
            Optional.ofNullable(b.smallNumbers()));
    bodies.json(ctx, SettingsView.of(settings.change(actor(ctx), org(ctx), chosen)));
  }
}
