package org.puente.gateway.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.puente.common.paging.Page;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FlagView;
import org.puente.removals.api.ProtectionClaimView;
import org.puente.removals.api.RemovalOrderView;
import org.puente.removals.api.RightsNoticeView;
import org.puente.removals.api.ScreeningView;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentView;

/**
 * The case page as drawn from the service's answers: the due-process forms (rights, confirmation of
 * a negative screening, appeals, the protection claim) are offered to the roles the policy allows
 * and in the states the service accepts; the issuer of an order and the screener are told another
 * supervisor decides instead of being offered a form the service refuses; every field has a label.
 */
class CasePageTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-29");

  @Test
  void aSupervisorIsOfferedTheDecisionsAndTheRecordsTheCaseAllows() {
    String page = render("snm-supervisor", Set.of("supervisor"), "en", ordered(pendingAppeal()));
    // Rights: two of five told so far; the rest are named, and a notice can be recorded.
    assertTrue(page.contains("id=\"rights-form\""), "the rights form");
    assertEquals(5, count(page, "type=\"checkbox\" id=\"right-"));
    assertEquals(
        List.of("To contact their consulate", "To legal aid", "To contact UNHCR or IOM"),
        items(page, "rights-missing"));
    assertTrue(page.contains("Maria Lopez (interpreter)"), "the interpreter of the notice");
    // The negative screening by another person awaits this supervisor's confirmation.
    assertTrue(page.contains("id=\"confirm-31\""), "the confirmation form");
    assertTrue(page.contains("action=\"/portal/cases/7/screenings/31/confirmation\""));
    assertTrue(page.contains("name=\"version\" value=\"4\""), "If-Match from the screening shown");
    assertFalse(page.contains("id=\"confirm-30\""), "a positive screening is never confirmed");
    // The pending appeal can be decided, and no second appeal is offered meanwhile.
    assertTrue(page.contains("id=\"appeal-decision-51\""), "the decision form");
    assertTrue(page.contains("/portal/cases/7/removal-order/appeals/51/decision"));
    assertFalse(page.contains("id=\"appeal-form\""), "an appeal is already pending");
    // While a suspensive appeal is pending the state machine takes no claim; none to decide.
    assertFalse(page.contains("id=\"claim-form\""));
    assertFalse(page.contains("id=\"claim-decision-form\""));
    assertTrue(page.contains("Admitted by snm-chief: The notice was served in a language"));
  }

  @Test
  void whoIssuedTheOrderOrScreenedIsToldAnotherSupervisorDecides() {
    Map<String, Backend.Reply> replies = ordered(pendingAppeal());
    replies.put("claim", reply(claim("PENDING", null)));
    // snm-issuer issued the order (the service answers them 403 on the appeal and the claim).
    String issuer = render("snm-issuer", Set.of("supervisor"), "en", replies);
    assertFalse(issuer.contains("id=\"appeal-decision-51\""));
    assertTrue(issuer.contains("id=\"appeal-not-yours\""));
    assertFalse(issuer.contains("id=\"claim-decision-form\""));
    assertTrue(issuer.contains("id=\"claim-not-yours\""));
    // snm-screener did the negative screening: a second supervisor confirms it.
    String screener = render("snm-screener", Set.of("supervisor"), "es", replies);
    assertFalse(screener.contains("id=\"confirm-31\""));
    assertTrue(screener.contains("Usted hizo esta entrevista; debe confirmarla otro supervisor."));
    assertTrue(screener.contains("id=\"claim-decision-form\""), "someone else decides the claim");
  }

  @Test
  void aCaseOfficerRecordsButDoesNotDecideOrAdmitALateAppeal() {
    Map<String, Backend.Reply> replies = ordered(null);
    String officer = render("snm-officer", Set.of("case-officer"), "en", replies);
    assertTrue(officer.contains("id=\"rights-form\""));
    assertTrue(officer.contains("id=\"appeal-form\""), "an appeal can be filed");
    assertTrue(officer.contains("id=\"appeal-late\""), "the window closed on 2026-11-20");
    assertFalse(officer.contains("name=\"outOfTimeReason\""), "only a supervisor admits late");
    assertFalse(officer.contains("id=\"confirm-31\""));
    assertTrue(officer.contains("id=\"claim-form\""), "a claim can be filed on an ordered case");
    assertTrue(officer.contains("Negative: awaits confirmation by a second supervisor"));
    String supervisor = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(supervisor.contains("name=\"outOfTimeReason\""));
    // An auditor reads everything and is offered nothing.
    String auditor = render("snm-auditor", Set.of("auditor"), "en", replies);
    assertEquals(0, count(auditor, "<form method=\"post\" action=\"/portal/cases/"), auditor);
    assertTrue(auditor.contains("id=\"rights-notices\""));
  }

  @Test
  void aPartnerReadingUnderAGrantIsOfferedNoForm() {
    // The policy lets a US-DHS supervisor reach some changes (a case of their own agency's); this
    // case is SNM's, and the service refuses a partner's change under a grant (403).
    Map<String, Backend.Reply> replies = ordered(pendingAppeal());
    replies.put("claim", reply(claim("PENDING", null)));
    String page = render(new User("dhs-supervisor", Set.of("supervisor"), "US-DHS"), "en", replies);
    assertEquals(0, count(page, "<form method=\"post\" action=\"/portal/cases/"), page);
    assertTrue(page.contains("id=\"appeals\""), "the appeals are shown");
    assertTrue(page.contains("Negative: awaits confirmation by a second supervisor"));
  }

  @Test
  void aConfirmedScreeningAndADecidedAppealShowWhoAndWhy() {
    Map<String, Object> decided = pendingAppeal();
    decided.put("status", "DISMISSED");
    decided.put("decidedBy", "snm-chief");
    decided.put("decidedAt", "2026-11-28T15:00:00Z");
    decided.put("decisionReason", "No new facts");
    Map<String, Backend.Reply> replies = ordered(decided);
    Map<String, Object> confirmed = screening(31, "SCREENED_OUT", "snm-screener");
    confirmed.put("confirmedBy", "snm-chief");
    confirmed.put("confirmedAt", "2026-11-10T12:00:00Z");
    confirmed.put("confirmationReason", "Interview complete");
    replies.put("screenings", reply(List.of(confirmed)));
    String page = render("snm-supervisor", Set.of("supervisor"), "es", replies);
    assertTrue(page.contains("Entrevista negativa confirmada por snm-chief"), page);
    assertTrue(page.contains("Interview complete"));
    assertFalse(page.contains("id=\"confirm-31\""));
    assertTrue(page.contains("Rechazada"), "the appeal's status in Spanish");
    assertTrue(page.contains("snm-chief, 28 nov. 2026 10:00 (America/Panama): No new facts"));
    assertFalse(page.contains("id=\"appeal-decision-51\""));
    assertTrue(page.contains("id=\"appeal-form\""), "a new appeal may be filed");
  }

  @Test
  void aPendingClaimIsDecidedWithAnExplicitChoiceNeverADefault() {
    Map<String, Backend.Reply> replies = base("PROTECTION_CLAIM_PENDING");
    replies.put("claim", reply(claim("PENDING", null)));
    String page = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(page.contains("id=\"claim-decision-form\""));
    assertTrue(page.contains("<option value=\"\">Choose…</option>"));
    assertFalse(page.contains("id=\"claim-form\""), "a claim is already pending");
    assertFalse(page.contains("id=\"appeal-form\""), "no order to appeal");
  }

  @Test
  void everyFieldHasALabelCheckboxGroupsHaveALegendAndIdsAreUnique() {
    List<String> pages = new ArrayList<>();
    for (String language : List.of("en", "es")) {
      pages.add(render("snm-supervisor", Set.of("supervisor"), language, ordered(pendingAppeal())));
      pages.add(render("snm-supervisor", Set.of("supervisor"), language, ordered(null)));
      Map<String, Backend.Reply> claimPending = base("PROTECTION_CLAIM_PENDING");
      claimPending.put("claim", reply(claim("PENDING", null)));
      pages.add(render("snm-supervisor", Set.of("supervisor"), language, claimPending));
      pages.add(render("snm-officer", Set.of("case-officer"), language, base("SCREENING")));
    }
    for (String page : pages) {
      assertEquals(Set.of(), unlabelled(page), "every field has a label");
      assertEquals(Set.of(), duplicateIds(page), "ids are unique");
      Matcher group = Pattern.compile("<fieldset>\\s*<legend>[^<]+</legend>").matcher(page);
      assertTrue(group.find(), "the rights are a group with a legend");
      assertFalse(page.contains("NOT_FOUND"), () -> around(page, "NOT_FOUND"));
    }
  }

  @Test
  void aPropertyThePageNamesAndTheRecordLacksFailsThePage() {
    // The page reads the API's CaseView: a property it does not have is no value, it fails (the
    // portal's build refuses it already; see TypedTemplatesTest).
    Map<String, Backend.Reply> replies = base("SCREENING");
    CaseView c = answers(replies).c().orThrow();
    TemplateException refused =
        assertThrows(
            TemplateException.class,
            () -> ENGINE.parse("{c.encounterPlace} {c.encounterPlaces}").data("c", c).render());
    assertTrue(refused.getMessage().contains("encounterPlaces"), refused.getMessage());
  }

  @Test
  void aFieldANewerServiceSendsAndThePortalDoesNotKnowIsIgnored() {
    Map<String, Backend.Reply> replies = base("SCREENING");
    ObjectNode c = (ObjectNode) replies.get("case").body();
    c.put("addedInANewerVersion", "yes");
    String page = render("snm-supervisor", Set.of("supervisor"), "en", replies);
    assertTrue(page.contains("Lajas Blancas"), "the case is shown");
  }

  // The page's answers from deportation-service, as its views serialise them.

  private static Map<String, Backend.Reply> base(String status) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", 7);
    c.put("familyNames", "Pérez");
    c.put("givenNames", "Ana");
    c.put("status", status);
    c.put("dateOfBirth", "1990-01-01");
    c.put("nationality", "CO");
    c.put("sex", "F");
    c.put("encounteredOn", "2026-10-30");
    c.put("encounterPlace", "Lajas Blancas");
    c.put("fitToFly", null);
    c.put("languages", List.of("es", "qu"));
    c.put("owningAgency", "PA-SNM");
    c.put("version", 3);
    Map<String, Backend.Reply> replies = new HashMap<>();
    replies.put("case", reply(c));
    replies.put("history", reply(Map.of("items", List.of())));
    replies.put("flags", reply(Map.of("items", List.of())));
    replies.put("documents", reply(Map.of("items", List.of())));
    replies.put(
        "screenings",
        reply(
            List.of(
                screening(30, "SCREENED_IN", "snm-screener"),
                screening(31, "SCREENED_OUT", "snm-screener"))));
    Map<String, Object> notice = new LinkedHashMap<>();
    notice.put("id", 40);
    notice.put("rights", List.of("SEEK_PROTECTION", "APPEAL"));
    notice.put("language", "es");
    notice.put("interpreter", "Maria Lopez (interpreter)");
    notice.put("informedOn", "2026-11-02");
    notice.put("recordedBy", "snm-officer");
    notice.put("recordedAt", "2026-11-02T14:00:00Z");
    replies.put("rights", reply(List.of(notice)));
    replies.put("gate", reply(Map.of("enforceable", false, "reasons", List.of())));
    replies.put(
        "order", new Backend.Reply(404, JSON.valueToTree(Map.of("title", "Not found")), null));
    replies.put(
        "claim", new Backend.Reply(404, JSON.valueToTree(Map.of("title", "Not found")), null));
    return replies;
  }

  private static Map<String, Backend.Reply> ordered(Map<String, Object> appeal) {
    Map<String, Backend.Reply> replies =
        base(
            appeal != null && "PENDING".equals(appeal.get("status"))
                ? "APPEAL_PENDING"
                : "REMOVAL_ORDERED");
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("id", 50);
    order.put("legalBasis", "Decreto Ley 3 de 2008, art. 65");
    order.put("issuedOn", "2026-11-10");
    order.put("notifiedOn", "2026-11-10");
    order.put("appealDeadline", "2026-11-20");
    order.put("appealSuspensive", true);
    order.put("issuedBy", "snm-issuer");
    order.put("appeals", appeal == null ? List.of() : List.of(appeal));
    order.put("version", 2);
    replies.put("order", reply(order));
    return replies;
  }

  private static Map<String, Object> pendingAppeal() {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", 51);
    a.put("filedOn", "2026-11-25");
    a.put("grounds", "Notice not understood");
    a.put("suspensive", true);
    a.put("deadline", "2026-11-20");
    a.put("admittedOutOfTimeBy", "snm-chief");
    a.put("outOfTimeReason", "The notice was served in a language the person does not speak");
    a.put("status", "PENDING");
    a.put("decidedBy", null);
    a.put("version", 0);
    return a;
  }

  private static Map<String, Object> screening(long id, String outcome, String screener) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", id);
    s.put("screener", screener);
    s.put("language", "es");
    s.put("interpreter", null);
    s.put("outcome", outcome);
    s.put("screenedAt", "2026-11-03T10:00:00Z");
    s.put("needsConfirmation", "SCREENED_OUT".equals(outcome));
    s.put("confirmedBy", null);
    s.put("version", 4);
    return s;
  }

  private static Map<String, Object> claim(String status, String decidedBy) {
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("id", 60);
    claim.put("filedOn", "2026-11-26");
    claim.put("grounds", "Threats by an armed group");
    claim.put("status", status);
    claim.put("decidedBy", decidedBy);
    claim.put("version", 1);
    return claim;
  }

  /** An answer as the service sends it: the JSON of its record. */
  private static Backend.Reply reply(Object body) {
    return new Backend.Reply(200, JSON.valueToTree(body), null);
  }

  /** The answers as the portal reads them: the JSON above as the API's records. */
  static CasePages.CaseAnswers answers(Map<String, Backend.Reply> replies) {
    return new CasePages.CaseAnswers(
        answer(replies.get("case"), CaseView.class),
        answer(replies.get("history"), page(CaseEventView.class)),
        answer(replies.get("flags"), page(FlagView.class)),
        answer(replies.get("screenings"), list(ScreeningView.class)),
        answer(replies.get("rights"), list(RightsNoticeView.class)),
        answer(replies.get("order"), RemovalOrderView.class),
        answer(replies.get("documents"), page(TravelDocumentView.class)),
        answer(replies.get("gate"), EnforceabilityView.class),
        answer(replies.get("claim"), ProtectionClaimView.class));
  }

  // Read as the portal reads answers: unknown fields ignored (a partner may run a newer version).
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static JavaType page(Class<?> item) {
    return JSON.getTypeFactory().constructParametricType(Page.class, item);
  }

  private static JavaType list(Class<?> item) {
    return JSON.getTypeFactory().constructCollectionType(List.class, item);
  }

  private static <T> Backend.Answer<T> answer(Backend.Reply reply, Class<T> type) {
    return answer(reply, JSON.constructType(type));
  }

  private static <T> Backend.Answer<T> answer(Backend.Reply reply, JavaType type) {
    if (reply.status() >= 400) {
      return Backend.Answer.refused(reply.status(), "Not found");
    }
    return Backend.Answer.of(JSON.convertValue(reply.body(), type));
  }

  private static <E extends Enum<E>> NamespaceResolver constants(Class<E> type) {
    // As ApiEnums: {CaseStatus:OPEN} in a page is the API's constant.
    return NamespaceResolver.builder(type.getSimpleName())
        .resolve(ctx -> Enum.valueOf(type, ctx.getName()))
        .build();
  }

  // Rendering with Qute alone: the templates as they are, the real words and formats.

  static final Engine ENGINE =
      Engine.builder()
          .addDefaults()
          .addValueResolver(new ReflectionValueResolver())
          .addValueResolver(new Calls())
          .addNamespaceResolver(
              NamespaceResolver.builder("inject")
                  .resolve(
                      ctx ->
                          "formState".equals(ctx.getName())
                              ? new FormState(null)
                              : Map.of("parameterName", "csrf", "token", "test-token"))
                  .build())
          // The bundle's words as the page's locale chooses them ({msg:key}).
          .addNamespaceResolver(
              NamespaceResolver.builder(PortalMessages.NAMESPACE)
                  .resolve(
                      ctx ->
                          Texts.of(
                                  ((java.util.Locale) ctx.getAttribute(TemplateInstance.LOCALE))
                                      .getLanguage())
                              .get(ctx.getName()))
                  .build())
          .addNamespaceResolver(
              NamespaceResolver.builder(AccountabilityMessages.NAMESPACE)
                  .resolve(
                      ctx ->
                          Texts.of(
                                  ((java.util.Locale) ctx.getAttribute(TemplateInstance.LOCALE))
                                      .getLanguage())
                              .get(ctx.getName()))
                  .build())
          .addNamespaceResolver(
              NamespaceResolver.builder(FormMessages.NAMESPACE)
                  .resolve(
                      ctx ->
                          Texts.of(
                                  ((java.util.Locale) ctx.getAttribute(TemplateInstance.LOCALE))
                                      .getLanguage())
                              .get(ctx.getName()))
                  .build())
          .addNamespaceResolver(constants(CaseStatus.class))
          .addNamespaceResolver(constants(AppealStatus.class))
          .addNamespaceResolver(constants(ClaimStatus.class))
          .addNamespaceResolver(constants(TravelDocumentStatus.class))
          .addSectionHelper(new UserTagSectionHelper.Factory("csrf", "tags/csrf.html"))
          .addSectionHelper(new UserTagSectionHelper.Factory("formid", "tags/formid.html"))
          .addSectionHelper(new UserTagSectionHelper.Factory("fielderror", "tags/fielderror.html"))
          .addSectionHelper(
              new UserTagSectionHelper.Factory("unavailable", "tags/unavailable.html"))
          .addLocator(CasePageTest::locate)
          // Strict as in the portal: a property the page names and the answer lacks fails the test.
          .strictRendering(true)
          .build();

  private static String render(
      String username, Set<String> roles, String language, Map<String, Backend.Reply> replies) {
    return render(new User(username, roles, "PA-SNM"), language, replies);
  }

  private static String render(User user, String language, Map<String, Backend.Reply> replies) {
    String username = user.username();
    Set<String> roles = user.roles;
    var view =
        ENGINE
            .getTemplate("case")
            .instance()
            .data("user", user)
            .setLocale(language)
            .data("fmt", new Fmt(language, java.time.ZoneId.of("America/Panama")))
            .data("lang", language)
            .data("section", "cases")
            .data("here", "/portal/cases/7")
            // As Views.page: no service found away, nothing just done.
            .data("away", Map.of())
            .data("notice", null)
            .data("key", "0123456789abcdef");
    return CasePages.caseView(
            view, answers(replies), username, user.agency(), roles.contains("supervisor"), TODAY)
        .render();
  }

  /** The signed-in user as the page asks about them, with the real policy table. */
  public static final class User {
    private static final Policy POLICY = new Policy();
    private final String username;
    private final Set<String> roles;
    private final String agency;

    User(String username, Set<String> roles, String agency) {
      this.username = username;
      this.roles = roles;
      this.agency = agency;
    }

    /** The portal is PA-SNM's, whoever reads it. */
    public String homeAgency() {
      return "PA-SNM";
    }

    public String username() {
      return username;
    }

    public String agency() {
      return agency;
    }

    public boolean may(String operationId) {
      return POLICY.reaches(operationId, roles, agency());
    }

    /** The PA-SNM deployment runs deportation-service and no other. */
    public boolean runs(String service) {
      return service.equals("removals");
    }

    public boolean seesCases() {
      return true;
    }

    public boolean seesOperations() {
      return true;
    }

    public boolean seesTraining() {
      return true;
    }

    public boolean seesFunding() {
      return false;
    }

    public boolean seesAudit() {
      return false;
    }
  }

  /** Method calls with arguments ({@code fmt.label('status', c.status)}, {@code user.may(..)}). */
  private static final class Calls implements ValueResolver {
    @Override
    public boolean appliesTo(EvalContext context) {
      return !context.getParams().isEmpty()
          && (context.getBase() instanceof Fmt || context.getBase() instanceof User);
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
      List<CompletableFuture<Object>> args =
          context.getParams().stream().map(p -> context.evaluate(p).toCompletableFuture()).toList();
      return CompletableFuture.allOf(args.toArray(CompletableFuture[]::new))
          .thenApply(
              done ->
                  call(
                      context.getBase(),
                      context.getName(),
                      args.stream().map(CompletableFuture::join).toArray()));
    }

    @SuppressWarnings("unchecked")
    private static Object call(Object base, String name, Object[] args) {
      Method method =
          Arrays.stream(base.getClass().getMethods())
              .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no method " + name));
      try {
        return method.invoke(base, args);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
    Path file = Path.of("src/main/resources/templates", id.endsWith(".html") ? id : id + ".html");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(
        new TemplateLocator.TemplateLocation() {
          @Override
          public Reader read() {
            return new StringReader(text);
          }

          @Override
          public Optional<Variant> getVariant() {
            return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
          }
        });
  }

  // What axe-core would say first, checked on the markup.

  /** Fields (not hidden) with neither a label naming their id nor a label around them. */
  private static Set<String> unlabelled(String page) {
    Set<String> wrapped = new HashSet<>();
    Matcher around = Pattern.compile("<label>\\s*(<input[^>]*>)").matcher(page);
    while (around.find()) {
      wrapped.add(around.group(1));
    }
    Set<String> missing = new TreeSet<>();
    Matcher field = Pattern.compile("<(input|select|textarea)\\b[^>]*>").matcher(page);
    while (field.find()) {
      String tag = field.group();
      if (tag.contains("type=\"hidden\"") || wrapped.contains(tag)) {
        continue;
      }
      Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
      if (!id.find()
          || !page.contains("<label for=\"" + id.group(1) + "\"")
              && !page.contains("for=\"" + id.group(1) + "\" class=\"visually-hidden\"")) {
        missing.add(tag);
      }
    }
    return missing;
  }

  private static Set<String> duplicateIds(String page) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new TreeSet<>();
    Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
    while (id.find()) {
      if (!seen.add(id.group(1))) {
        twice.add(id.group(1));
      }
    }
    return twice;
  }

  private static String around(String page, String text) {
    int at = page.indexOf(text);
    return "unresolved: "
        + page.substring(Math.max(0, at - 300), Math.min(page.length(), at + 100));
  }

  private static int count(String page, String text) {
    int n = 0;
    for (int i = page.indexOf(text); i >= 0; i = page.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> items(String page, String listId) {
    Matcher list =
        Pattern.compile("id=\"" + listId + "\">(.*?)</ul>", Pattern.DOTALL).matcher(page);
    assertTrue(list.find(), listId);
    List<String> items = new ArrayList<>();
    Matcher item = Pattern.compile("<li>(.*?)</li>").matcher(list.group(1));
    while (item.find()) {
      items.add(item.group(1));
    }
    return items;
  }
}
