package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.Engine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.common.money.Money;
import org.puente.common.paging.Page;
import org.puente.common.security.Agency;
import org.puente.funding.api.DisbursementStatus;
import org.puente.funding.api.DisbursementView;
import org.puente.funding.api.PaymentKind;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.ComplaintCategory;
import org.puente.removals.api.ComplaintChannel;
import org.puente.removals.api.ComplaintStatus;
import org.puente.removals.api.ComplaintView;
import org.puente.training.api.CertificationView;
import org.puente.training.api.Competency;
import org.puente.training.api.OfficerView;
import org.puente.training.api.VettingStatus;

/**
 * The dashboard's work queues as drawn from the services' answers: each role sees the queues it
 * works and no other; each queue lists links to the records, the most urgent first with its due
 * date (overdue in words), at most ten; an empty queue says so, and a queue whose service is away
 * says that, in English and Spanish, without blanking the others.
 */
class DashboardPageTest {

  private static final Engine ENGINE = PortalTemplates.ENGINE;

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");
  private static final Fmt EN = new Fmt("en", ZoneId.of("America/Panama"));

  // --- who works which queue, with the real policy table

  private static Set<String> queuesOf(String agency, String role) {
    Policy policy = new Policy();
    return DashboardPage.queuesFor(
        agency, Set.of(role), op -> policy.reaches(op, Set.of(role), agency), service -> true);
  }

  @Test
  void eachRoleWorksItsOwnQueues() {
    assertEquals(Set.of("flags-due", "appeals-closing"), queuesOf("PA-SNM", "case-officer"));
    assertEquals(
        Set.of(
            "flags-due",
            "appeals-closing",
            "claims-pending",
            "screenings-review",
            "complaints-overdue"),
        queuesOf("PA-SNM", "supervisor"));
    assertEquals(Set.of("payments-waiting"), queuesOf("US-DOS", "certifying-officer"));
    assertEquals(Set.of("expiring"), queuesOf("US-DHS", "training-coordinator"));
    assertEquals(Set.of("complaints-overdue"), queuesOf("US-DHS", "monitor"));
    // Those who read but do not act on these records have no queue of them.
    assertEquals(Set.of(), queuesOf("PA-SNM", "auditor"));
    assertEquals(Set.of(), queuesOf("US-DHS", "supervisor"), "a partner's supervisor");
    assertEquals(Set.of(), queuesOf("US-DOS", "funding-officer"), "requests, never certifies");
    assertEquals(Set.of(), queuesOf("PA-SNM", "certifying-officer"), "US-DOS certifies");
  }

  @Test
  void aQueueOnAServiceTheDeploymentDoesNotRunIsNotAsked() {
    Policy policy = new Policy();
    Set<String> roles = Set.of("supervisor");
    assertEquals(
        Set.of(),
        DashboardPage.queuesFor(
            "PA-SNM", roles, op -> policy.reaches(op, roles, "PA-SNM"), s -> false));
  }

  // --- the queues from the answers

  @Test
  void flagsDueComeMostUrgentFirstWithTheirDateAndOverdueInWords() {
    var queues =
        DashboardPage.workQueues(
            supervisor(
                page(
                    person(7, "Ana", "Pérez", TODAY.plusDays(5)),
                    person(8, "Luis", "Mora", TODAY.minusDays(1)),
                    person(9, "Rosa", "Díaz", TODAY))),
            "snm-supervisor",
            TODAY,
            EN,
            words("en"));
    WorkQueue flags = queues.get(0);
    assertEquals("flags-due", flags.id());
    assertEquals(
        List.of("/portal/cases/8", "/portal/cases/9", "/portal/cases/7"),
        flags.items().stream().map(WorkQueue.Item::href).toList());
    assertTrue(flags.items().get(0).overdue(), "due yesterday");
    assertFalse(flags.items().get(1).overdue(), "due today is not overdue yet");

    String page = render(queues, "snm-supervisor", "supervisor", "PA-SNM", "en");
    assertEquals(
        List.of("Luis Mora", "Rosa Díaz", "Ana Pérez"), links(section(page, "queue-flags-due")));
    assertTrue(section(page, "queue-flags-due").contains("Overdue</strong> · Due Nov 28, 2026"));
    assertTrue(page.contains("No appeal window closes in the next 7 days without an appeal."));
    assertEquals(
        List.of("Ana Pérez"), links(section(page, "queue-claims-pending")), "claims by id");
  }

  @Test
  void aServiceAwayBlanksOnlyItsQueuesAndSaysSo() {
    var answers =
        new DashboardPage.QueueAnswers(
            Backend.Answer.of(page(person(7, "Ana", "Pérez", TODAY.plusDays(2)))),
            Backend.Answer.of(page()),
            Backend.Answer.of(page()),
            Backend.Answer.of(page()),
            null,
            null,
            null,
            null,
            Backend.Answer.refused(503, "Service Unavailable"));
    var queues = DashboardPage.workQueues(answers, "snm-supervisor", TODAY, EN, words("es"));
    assertNull(queues.get(4).items(), "complaints: the service did not answer");
    String page = render(queues, "snm-supervisor", "supervisor", "PA-SNM", "es");
    assertTrue(section(page, "queue-complaints-overdue").contains("data-unavailable=\"removals\""));
    assertTrue(page.contains("Colas de trabajo"));
    assertTrue(page.contains("Alertas por vencer"));
    assertTrue(page.contains("Ninguna solicitud de protección espera decisión."));
    assertEquals(List.of("Ana Pérez"), links(section(page, "queue-flags-due")));
  }

  @Test
  void aCertifierIsNotOfferedThePaymentTheyAskedFor() {
    var answers =
        new DashboardPage.QueueAnswers(
            null,
            null,
            null,
            null,
            Backend.Answer.of(
                page(
                    payment(41, "Charter PTY-GUA", "dos-budget"),
                    payment(42, "Fuel surcharge", "dos-certifier"))),
            Backend.Answer.of(page(payment(30, "Duplicate invoice", "dos-budget"))),
            null,
            null,
            null);
    var queues = DashboardPage.workQueues(answers, "dos-certifier", TODAY, EN, words("en"));
    assertEquals(1, queues.size());
    String page = render(queues, "dos-certifier", "certifying-officer", "US-DOS", "en");
    assertEquals(
        List.of("Charter PTY-GUA", "Reversal: Duplicate invoice"),
        links(section(page, "queue-payments-waiting")));
    assertTrue(page.contains("href=\"/portal/funding/disbursements/41\""));
    assertFalse(page.contains("/portal/funding/disbursements/42\""), "four eyes");
  }

  @Test
  void vettingAndCertificationsExpiringAreOneQueueOfTenByDate() {
    List<OfficerView> officers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      officers.add(officer(100 + i, TODAY.plusDays(20 + i)));
    }
    var answers =
        new DashboardPage.QueueAnswers(
            null,
            null,
            null,
            null,
            null,
            null,
            Backend.Answer.of(new Page<>(officers, null)),
            Backend.Answer.of(
                page(
                    certification(5, 200, TODAY.plusDays(3)),
                    certification(6, 201, TODAY.plusDays(50)),
                    certification(7, 202, TODAY.plusDays(21)))),
            null);
    WorkQueue expiring =
        DashboardPage.workQueues(answers, "dhs-coordinator", TODAY, EN, words("en")).get(0);
    assertEquals(DashboardPage.SHOWN, expiring.items().size());
    assertEquals("/portal/training/officers/200", expiring.items().get(0).href());
    assertEquals(TODAY.plusDays(3), expiring.items().get(0).due());
    assertTrue(
        expiring.items().stream().noneMatch(i -> i.href().endsWith("/201")), "the latest is out");
    String page =
        render(List.of(expiring), "dhs-coordinator", "training-coordinator", "US-DHS", "en");
    assertTrue(section(page, "queue-expiring").contains("Protection screening"));
  }

  @Test
  void overdueComplaintsAreDueByTheStepNotDone() {
    var answers =
        new DashboardPage.QueueAnswers(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Backend.Answer.of(
                page(
                    complaint(3, null, TODAY.minusDays(2), TODAY.plusDays(20)),
                    complaint(4, TODAY.minusDays(40), TODAY.minusDays(35), TODAY.minusDays(5)))));
    WorkQueue complaints =
        DashboardPage.workQueues(answers, "snm-monitor", TODAY, EN, words("en")).get(0);
    assertEquals(
        List.of(TODAY.minusDays(5), TODAY.minusDays(2)),
        complaints.items().stream().map(WorkQueue.Item::due).toList());
    String page = render(List.of(complaints), "snm-monitor", "monitor", "PA-SNM", "en");
    assertEquals(List.of("#4 · Use of force", "#3 · Use of force"), links(page));
  }

  @Test
  void aUserWithNoQueueSeesNoQueueSection() {
    var none = new DashboardPage.QueueAnswers(null, null, null, null, null, null, null, null, null);
    var queues = DashboardPage.workQueues(none, "snm-auditor", TODAY, EN, words("en"));
    assertEquals(List.of(), queues);
    assertFalse(render(queues, "snm-auditor", "auditor", "PA-SNM", "en").contains("work-queues"));
  }

  // --- the answers

  private static DashboardPage.QueueAnswers supervisor(Page<CaseSummary> flags) {
    return new DashboardPage.QueueAnswers(
        Backend.Answer.of(flags),
        Backend.Answer.of(page()),
        Backend.Answer.of(page(person(7, "Ana", "Pérez", null))),
        Backend.Answer.of(page()),
        null,
        null,
        null,
        null,
        Backend.Answer.of(page()));
  }

  @SafeVarargs
  private static <T> Page<T> page(T... items) {
    return new Page<>(List.of(items), null);
  }

  private static CaseSummary person(long id, String given, String family, LocalDate due) {
    return new CaseSummary(
        id,
        Agency.PA_SNM,
        CaseStatus.OPEN,
        given,
        family,
        "CO",
        "F",
        TODAY.minusDays(30),
        "Lajas Blancas",
        0,
        due);
  }

  private static DisbursementView payment(long id, String description, String requestedBy) {
    return new DisbursementView(
        id,
        3,
        2,
        PaymentKind.values()[0],
        Money.usd("1200.00"),
        description,
        DisbursementStatus.REQUESTED,
        requestedBy,
        Instant.parse("2026-11-20T15:00:00Z"),
        null,
        null,
        null,
        0,
        null);
  }

  private static OfficerView officer(long id, LocalDate expires) {
    return new OfficerView(
        id,
        "Eva",
        "Ruiz " + id,
        Agency.PA_SNM,
        "B-" + id,
        "Inspector",
        VettingStatus.CLEARED,
        expires,
        0);
  }

  private static CertificationView certification(long id, long officer, LocalDate expires) {
    return new CertificationView(
        id,
        officer,
        Agency.PA_SNM,
        Competency.PROTECTION_SCREENING,
        expires.minusYears(2),
        expires,
        9,
        null,
        0);
  }

  private static ComplaintView complaint(
      long id, LocalDate acknowledgedOn, LocalDate acknowledgeBy, LocalDate decideBy) {
    return new ComplaintView(
        id,
        Agency.PA_SNM,
        null,
        null,
        "Anonymous",
        false,
        null,
        ComplaintChannel.values()[0],
        ComplaintCategory.USE_OF_FORCE,
        acknowledgeBy.minusDays(5),
        "Handcuffed on the flight",
        acknowledgedOn == null ? ComplaintStatus.RECEIVED : ComplaintStatus.ACKNOWLEDGED,
        acknowledgeBy,
        decideBy,
        true,
        acknowledgedOn,
        null,
        null,
        null,
        "snm-monitor",
        Agency.PA_SNM,
        Instant.parse("2026-10-01T12:00:00Z"),
        0);
  }

  /** The queue words as the bundle has them in a language, read from its properties file. */
  private static QueueMessages words(String language) {
    Map<String, String> words = Texts.of(language);
    return (QueueMessages)
        java.lang.reflect.Proxy.newProxyInstance(
            QueueMessages.class.getClassLoader(),
            new Class<?>[] {QueueMessages.class},
            (proxy, method, args) -> words.get(method.getName()));
  }

  // --- rendering with Qute alone: the page as it is, the real words and formats

  private static String render(
      List<WorkQueue> queues, String username, String role, String agency, String language) {
    return ENGINE
        .getTemplate("dashboard")
        .instance()
        .setLocale(language)
        .data("user", new CasePageTest.User(username, Set.of(role), agency))
        .data("fmt", new Fmt(language, ZoneId.of("America/Panama")))
        .data("lang", language)
        .data("section", "dashboard")
        .data("here", "/")
        .data("away", Map.of())
        .data("notice", null)
        .data("casesChart", null)
        .data("casesAsked", false)
        .data("removalsChart", null)
        .data("removalsAsked", false)
        .data("fundsChart", null)
        .data("fundsAsked", false)
        .data("sessions", null)
        .data("sessionsAsked", false)
        .data("certifications", null)
        .data("certificationsAsked", false)
        .data("queues", queues)
        .render();
  }

  /** The part of the page in the element with this id, up to the end of its section. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "no " + id);
    return page.substring(start, page.indexOf("</section>", start));
  }

  /** The words of the queue links in this part of a page. */
  private static List<String> links(String part) {
    List<String> words = new ArrayList<>();
    Matcher m = Pattern.compile("<li><a href=\"[^\"]+\">([^<]*)</a>").matcher(part);
    while (m.find()) {
      words.add(m.group(1));
    }
    return words;
  }
}
