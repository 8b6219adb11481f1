package org.puente.removals.retention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every table of the service's schema, classified: which columns hold a person's data (and what
 * replaces it when their case's period is over), which text columns hold none, and which tables are
 * emptied by a purge instead. {@code RetentionRegistryTest} fails while any text column of the
 * schema is missing here, so a new table cannot escape the retention run.
 *
 * <p>Adding a table of personal data is one line in {@link #PERSONAL}: {@code personal("name",
 * ROWS_WHERE, AUDITED_OR_NOT, Map.of(column, replacement...), "kept", "columns"...)}. Its rows of a
 * case are found by the where clause (with {@code :ids}, the ids of the cases being pseudonymised,
 * an SQL array, which a replacement may use too); with {@code audited} its {@code _aud} table gets
 * the same replacements, by the same clause.
 */
public final class PersonalDataRegistry {

  /** What a pseudonymised free text reads. */
  public static final String PLACEHOLDER = "[pseudonymised]";

  /** Replaces a text, keeping null as null (a check may tie it to another column). */
  static final String REDACT = "case when %1$s is null then null else '" + PLACEHOLDER + "' end";

  /** Removes the value. */
  static final String NULL = "null";

  static final String NO_JSON = "case when %1$s is null then null else '[]'::jsonb end";
  static final String NO_ARRAY = "case when %1$s is null then null else %1$s[1:0] end";

  /**
   * A date of birth becomes the day the person turned their age at encounter, counted back from the
   * encounter: the age (so minor or adult, and the age band) and nearly the year of birth stay for
   * statistics, the day of birth does not.
   */
  static final String AGE_AT_ENCOUNTER =
      "case when %1$s is null or encountered_on is null then null else (encountered_on"
          + " - make_interval(years => extract(year from age(encountered_on, %1$s))::int))::date"
          + " end";

  /**
   * In a monitor's handovers (a JSON list of {@code {caseId, outcome, note}}), the notes on the
   * people being pseudonymised: a note tells of the person. The case id and the outcome stay, for
   * the statistics of handovers; the other people's notes stay as they are.
   */
  static final String HANDOVER_NOTES =
      "case when %1$s is null then null else (select coalesce(jsonb_agg(case when"
          + " (h ->> 'caseId')::bigint = any(:ids) and h ->> 'note' is not null"
          + " then jsonb_set(h, '{note}', to_jsonb('"
          + PLACEHOLDER
          + "'::text)) else h end order by n), '[]'::jsonb)"
          + " from jsonb_array_elements(%1$s) with ordinality as x(h, n)) end";

  /** A table with personal data of cases. */
  public record PersonalTable(
      String table,
      String rowsOfCases,
      boolean audited,
      Map<String, String> personal,
      Set<String> kept) {

    /** The tables this rule covers: the table and, when audited, its history. */
    public List<String> tables() {
      return audited ? List.of(table, table + "_aud") : List.of(table);
    }

    /** The SQL assignments, e.g. {@code notes = null}. */
    public String assignments() {
      return personal.entrySet().stream()
          .map(e -> e.getKey() + " = " + e.getValue().formatted(e.getKey()))
          .reduce((a, b) -> a + ", " + b)
          .orElseThrow();
    }
  }

  /** Where a case's rows are: its own id, or its id in a column. */
  private static final String BY_ID = "id = any(:ids)";

  private static final String BY_CASE = "case_id = any(:ids)";

  /**
   * The rows of the operations a case was seated on (seats are dropped, never deleted; monitors'
   * handovers and incidents name only people on the manifest).
   */
  private static final String BY_OPERATION_OF_CASE =
      "operation_id in (select s.operation_id from manifest_seat s where s.case_id = any(:ids))";

  private static final boolean AUDITED = true;
  private static final boolean NOT_AUDITED = false;

  /** Tables holding a person's data, found by their case. */
  public static final List<PersonalTable> PERSONAL =
      List.of(
          personal(
              "removal_case",
              BY_ID,
              AUDITED,
              columns(
                  "given_names", REDACT,
                  "family_names", REDACT,
                  "date_of_birth", AGE_AT_ENCOUNTER,
                  "languages", NO_ARRAY,
                  "identity_documents", NO_JSON,
                  "biometric_reference", NULL,
                  "family_links", NO_JSON,
                  "best_interest_summary", REDACT),
              // search_text: generated from the names, recomputed by the update.
              "owning_agency",
              "status",
              "nationality",
              "sex",
              "encounter_place",
              "encountering_unit",
              "created_by",
              "search_text"),
          personal(
              "case_event",
              BY_CASE,
              NOT_AUDITED,
              columns("summary", REDACT),
              "kind",
              "from_status",
              "to_status",
              "actor",
              "agency",
              "request_id"),
          personal(
              "case_flag",
              BY_CASE,
              AUDITED,
              columns("reason", REDACT, "resolution", REDACT),
              "type",
              "raised_by",
              "resolved_by"),
          personal(
              "screening",
              BY_CASE,
              AUDITED,
              columns("interpreter", NULL, "notes", NULL, "confirmation_reason", REDACT),
              // The interview's language code stays: it counts interpreting needs.
              "screener",
              "language",
              "outcome",
              "confirmed_by"),
          personal(
              "protection_claim",
              BY_CASE,
              AUDITED,
              columns("grounds", REDACT, "decision_reason", REDACT),
              "status",
              "decided_by"),
          personal("removal_order", BY_CASE, AUDITED, columns("legal_basis", REDACT), "issued_by"),
          personal(
              "appeal",
              "order_id in (select o.id from removal_order o where o.case_id = any(:ids))",
              AUDITED,
              columns("grounds", REDACT, "decision_reason", REDACT, "out_of_time_reason", REDACT),
              "status",
              "order_issued_by",
              "admitted_out_of_time_by",
              "decided_by"),
          personal(
              "travel_document",
              BY_CASE,
              AUDITED,
              columns("number", REDACT),
              "type",
              "country",
              "status"),
          personal(
              "manifest_seat",
              BY_CASE,
              AUDITED,
              columns("drop_reason", REDACT),
              "status",
              "added_by"),
          personal(
              "rights_notice",
              BY_CASE,
              AUDITED,
              columns("interpreter", NULL),
              "rights",
              "language",
              "recorded_by"),
          personal(
              "family_separation",
              "case_id = any(:ids) or relative_case_id = any(:ids)",
              AUDITED,
              columns("reason", REDACT),
              "decided_by",
              "request_id"),
          personal(
              "disclosure_grant",
              BY_CASE,
              AUDITED,
              columns("legal_basis", REDACT, "purpose", REDACT),
              "owner_agency",
              "grantee_agency",
              "granted_by",
              "revoked_by"),
          personal(
              "disclosure_log",
              BY_CASE,
              NOT_AUDITED,
              columns("legal_basis", REDACT),
              // The reader is a partner's official; what names the part read.
              "reader",
              "reader_agency",
              "what",
              "request_id"),
          // Who complained and what about: personal data of the person (or of whoever complained
          // for them). What kind of complaint, by which channel and how it ended stay: statistics.
          // A complaint tied to no case (only to an operation) is not reached by a case's period.
          personal(
              "complaint",
              BY_CASE,
              AUDITED,
              columns(
                  "complainant", REDACT,
                  "relationship", REDACT,
                  "summary", REDACT,
                  "decision", REDACT),
              "owning_agency",
              "channel",
              "category",
              "status",
              "outcome",
              "recorded_by",
              "recorded_by_agency"),
          // Whether the person was reached and reported concerns stays (counted); what they are,
          // not.
          personal(
              "post_return_contact", BY_CASE, AUDITED, columns("concerns", REDACT), "recorded_by"),
          // An incident is the operation's, but one involving the person tells of them: its
          // description and findings go; the category, severity, follow-up and the case ids (the
          // statistics') stay. Incidents involving nobody are kept whole.
          personal(
              "operation_incident",
              "involved_case_ids && :ids",
              AUDITED,
              columns("description", REDACT, "findings", REDACT),
              "category",
              "severity",
              "follow_up",
              "involved_case_ids",
              "reported_by",
              "assignee",
              "closed_by"),
          // A monitor's report on a flight the person was on. The handover notes on the person go
          // (case id and outcome stay). Medical needs describe people's health, named or not: they
          // go from every report on a flight that carried the person. Conditions on board and the
          // details of restraints stay: they are the account of how the operation was conducted,
          // what oversight exists to keep (a use of force is judged from them), written about the
          // flight, with people named only by case id in the handovers.
          personal(
              "monitor_report",
              BY_OPERATION_OF_CASE,
              AUDITED,
              columns("handovers", HANDOVER_NOTES, "medical_needs", REDACT),
              "phase",
              "conditions",
              "restraint_details",
              "filed_by",
              "filed_by_agency"));

  private static final Set<String> MONITOR_ASSIGNMENT =
      Set.of("agency", "username", "organisation", "assigned_by", "ended_by", "end_reason");

  /**
   * Text columns of tables that hold no person's data (staff usernames, codes, statuses), or none
   * tied to a case. Tables emptied by a purge are listed in {@link #PURGED}.
   */
  public static final Map<String, Set<String>> NOT_PERSONAL =
      Map.ofEntries(
          Map.entry(
              "removal_operation",
              Set.of(
                  "owning_agency",
                  "kind",
                  "destination_country",
                  "destination_airport",
                  "monitors",
                  "cost_currency",
                  "status",
                  "status_reason",
                  "created_by",
                  "actual_cost_currency",
                  "funding_note")),
          Map.entry(
              "removal_operation_aud",
              Set.of(
                  "owning_agency",
                  "kind",
                  "destination_country",
                  "destination_airport",
                  "monitors",
                  "cost_currency",
                  "status",
                  "status_reason",
                  "created_by",
                  "actual_cost_currency",
                  "funding_note")),
          Map.entry("operation_escort", Set.of("added_by")),
          // Monitors named on an operation: staff of agencies and oversight bodies, not migrants.
          Map.entry("monitor_assignment", MONITOR_ASSIGNMENT),
          Map.entry("monitor_assignment_aud", MONITOR_ASSIGNMENT),
          Map.entry("audit_revision", Set.of("username", "agency", "request_id")),
          // The kinds of record each revision changed (entity class names).
          Map.entry("audit_revision_entity", Set.of("entity_name")),
          // Who (staff, monitors) read which case when: case ids and readers' names only.
          Map.entry("case_read_log", Set.of("reader", "reader_agency", "what", "request_id")),
          Map.entry(
              "retention_run",
              Set.of("trigger_kind", "triggered_by", "outcome", "counts", "request_id")),
          Map.entry(
              "flyway_schema_history",
              Set.of("version", "description", "type", "script", "installed_by")));

  /**
   * Tables that copy personal data for a short time and are emptied by a purge after their window
   * (common's {@code IdempotencyPurge}, {@code OutboxPurge}), which every retention run also runs.
   */
  public static final Set<String> PURGED = Set.of("idempotency_record", "outbox_message");

  private PersonalDataRegistry() {}

  /** Every table the registry knows, with its _aud tables. */
  public static Set<String> tables() {
    return Stream.concat(
            Stream.concat(
                PERSONAL.stream().flatMap(t -> t.tables().stream()),
                NOT_PERSONAL.keySet().stream()),
            PURGED.stream())
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Whether a text column is classified: "personal", "kept" or "purged"; empty when unknown. */
  public static Optional<String> classify(String table, String column) {
    if (PURGED.contains(table)) {
      return Optional.of("purged");
    }
    if (NOT_PERSONAL.getOrDefault(table, Set.of()).contains(column)) {
      return Optional.of("kept");
    }
    for (PersonalTable t : PERSONAL) {
      if (t.tables().contains(table)) {
        if (t.personal().containsKey(column)) {
          return Optional.of("personal");
        }
        if (t.kept().contains(column)) {
          return Optional.of("kept");
        }
      }
    }
    return Optional.empty();
  }

  private static PersonalTable personal(
      String table,
      String rowsOfCases,
      boolean audited,
      Map<String, String> personal,
      String... kept) {
    return new PersonalTable(table, rowsOfCases, audited, personal, Set.of(kept));
  }

  /** Column, replacement, column, replacement... in order. */
  private static Map<String, String> columns(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
