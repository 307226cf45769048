package se.skapa.rest.web;

import java.util.List;

/** What the templates show, computed by the routes: templates only lay it out. */
public final class Views {

  private Views() {}

  /** One line of "my participants". @param status overdue, due-soon or on-track */
  public record CaseRow(
      String participant,
      String service,
      String latest,
      String nextDue,
      String status,
      long daysOverdue) {}

  /** A table: a caption, column heads, rows of cells (first cell is the row's head). */
  public record Table(String caption, List<String> heads, List<List<String>> rows) {}

  /** One measurement in a list, with what a handledare can do with it. */
  public record MeasurementRow(
      String id,
      String date,
      String respondent,
      String service,
      int version,
      String recordedBy,
      boolean selected) {}

  public record ParticipantView(
      String participant,
      String instrument,
      String instrumentId,
      List<Choice> instruments,
      String spiderSvg,
      List<MeasurementRow> measurements,
      List<Table> tables,
      Table gaps,
      boolean gapsApply,
      String nextDue,
      boolean overdue,
      Table register,
      RegisterPages.RegisterView enrolments,
      ConsentPages.ConsentView consents) {}

  /** One radio option of a rating. */
  public record Option(String value, String label, boolean checked) {}

  /** One indicator to rate: a fieldset with its legend, question and scale. */
  public record Rating(
      String name,
      String legend,
      String question,
      String lowLabel,
      String highLabel,
      List<Option> options) {}

  public record Choice(String value, String label, boolean selected) {}

  /**
   * The form to record or correct a measurement.
   *
   * @param action where it posts
   * @param version the version corrected (empty for a new measurement)
   */
  public record FormView(
      String heading,
      String participant,
      String action,
      String version,
      String date,
      List<Choice> services,
      List<Rating> self,
      List<Rating> handledare,
      String comment,
      List<String> errors) {}

  public record ChangeRow(String field, String from, String to) {}

  public record VersionView(
      int version,
      String recordedBy,
      String recordedAt,
      String date,
      String service,
      List<ChangeRow> changes) {}

  public record HistoryView(String participant, String id, List<VersionView> versions) {}

  public record CohortView(
      String service,
      String name,
      String asOf,
      int participants,
      int withTwo,
      String medianDays,
      String shareOverdue,
      Table table,
      String spiderSvg,
      List<Choice> periods,
      String releaseRule,
      String qualityHeading,
      Table quality,
      String qualityNote,
      List<Choice> instruments) {}

  public record AdminView(
      List<List<String>> next,
      List<List<String>> services,
      List<List<String>> users,
      List<KeyRow> keys,
      Table audit,
      String newKey,
      String message,
      List<String> errors) {}

  public record KeyRow(String id, String holder, String roles, String lastUsed, boolean revoked) {}
}
