package org.puente.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.puente.common.paging.Page;
import org.puente.common.security.Agency;
import org.puente.removals.api.AppealDecisionRequest;
import org.puente.removals.api.AppealRequest;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.AppealView;
import org.puente.removals.api.BestInterestRequest;
import org.puente.removals.api.CaseEventView;
import org.puente.removals.api.CaseRequest;
import org.puente.removals.api.CaseSearch;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.CaseSummary;
import org.puente.removals.api.CaseTransitionRequest;
import org.puente.removals.api.CaseView;
import org.puente.removals.api.ClaimDecisionRequest;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.DisclosureGrantRequest;
import org.puente.removals.api.EnforceabilityView;
import org.puente.removals.api.FamilyLink;
import org.puente.removals.api.FamilyRelation;
import org.puente.removals.api.FitnessRequest;
import org.puente.removals.api.FlagRequest;
import org.puente.removals.api.FlagResolution;
import org.puente.removals.api.FlagType;
import org.puente.removals.api.FlagView;
import org.puente.removals.api.IdentityDocument;
import org.puente.removals.api.IdentityDocumentType;
import org.puente.removals.api.OrderFinalityRequest;
import org.puente.removals.api.ProtectionClaimRequest;
import org.puente.removals.api.ProtectionClaimView;
import org.puente.removals.api.ReferenceData;
import org.puente.removals.api.RemovalOrderRequest;
import org.puente.removals.api.RemovalOrderView;
import org.puente.removals.api.Right;
import org.puente.removals.api.RightsNoticeRequest;
import org.puente.removals.api.RightsNoticeView;
import org.puente.removals.api.ScreeningConfirmation;
import org.puente.removals.api.ScreeningOutcome;
import org.puente.removals.api.ScreeningRequest;
import org.puente.removals.api.ScreeningView;
import org.puente.removals.api.SeparationRequest;
import org.puente.removals.api.SeparationView;
import org.puente.removals.api.TravelDocumentRequest;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.removals.api.TravelDocumentType;
import org.puente.removals.api.TravelDocumentUpdate;
import org.puente.removals.api.TravelDocumentView;

/**
 * Cases: the list with its filters and pages, and a case with everything on record and the actions
 * the user's role allows. Personal data never goes into a URL: filters are codes and dates only.
 */
@Path("/portal/cases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CasePages implements FormPages {

  static final String API = "/api/v1/removals/cases";

  /** The countries and languages the service accepts, for the forms' choices. */
  static final String REFERENCE_DATA = "/api/v1/removals/reference-data";

  /** A section the user may not read is not asked for: its answer is this refusal, never shown. */
  static final Backend.Answer<?> NOT_ASKED = Backend.Answer.refused(403, "Not asked");

  private static final Pattern NEW = Pattern.compile("/portal/cases/new");
  private static final Pattern CASE = Pattern.compile("/portal/cases/(\\d{1,18})");

  /** The moves a supervisor may ask for directly; the rest follow from records (screening, ...). */
  static final List<CaseStatus> REQUESTABLE =
      List.of(CaseStatus.SCREENING, CaseStatus.RELEASED, CaseStatus.CLOSED);

  /**
   * The rights a person must be told of before a removal order is issued, in the order the law
   * lists them (the API's {@link Right}).
   */
  static final List<Right> RIGHTS = List.of(Right.values());

  /** Statuses from which the case state machine lets a protection claim be filed. */
  static final Set<CaseStatus> CLAIMABLE =
      EnumSet.of(
          CaseStatus.SCREENING,
          CaseStatus.PROTECTION_DENIED,
          CaseStatus.REMOVAL_ORDERED,
          CaseStatus.ENFORCEABLE,
          CaseStatus.MANIFESTED);

  /** Statuses in which an order may be appealed (a suspensive appeal moves to APPEAL_PENDING). */
  static final Set<CaseStatus> APPEALABLE =
      EnumSet.of(CaseStatus.REMOVAL_ORDERED, CaseStatus.ENFORCEABLE, CaseStatus.MANIFESTED);

  /** Final statuses: nothing more is recorded on the case. */
  static final Set<CaseStatus> FINAL =
      EnumSet.of(
          CaseStatus.PROTECTION_GRANTED,
          CaseStatus.REMOVED,
          CaseStatus.RELEASED,
          CaseStatus.CLOSED);

  /** The answers a case page is drawn from, each its record or its problem. */
  record CaseAnswers(
      Backend.Answer<CaseView> c,
      Backend.Answer<Page<CaseEventView>> history,
      Backend.Answer<Page<FlagView>> flags,
      Backend.Answer<List<ScreeningView>> screenings,
      Backend.Answer<List<RightsNoticeView>> rights,
      Backend.Answer<RemovalOrderView> order,
      Backend.Answer<Page<TravelDocumentView>> documents,
      Backend.Answer<EnforceabilityView> gate,
      Backend.Answer<ProtectionClaimView> claim,
      Backend.Answer<Page<SeparationView>> separations,
      Backend.Answer<ReferenceData> reference) {}

  private final Backend backend;
  private final Views views;
  private final PortalUser user;
  private final PortalConfig config;

  CasePages(Backend backend, Views views, PortalUser user, PortalConfig config) {
    this.backend = backend;
    this.views = views;
    this.user = user;
    this.config = config;
  }

  /** The pages the case forms sit on: the new case's, and a case's. */
  @Override
  public Optional<Response> page(String path) {
    if (NEW.matcher(path).matches()) {
      return Optional.of(newCase());
    }
    return FormPages.match(path, CASE).map(m -> detail(Long.parseLong(m.group(1))));
  }

  /** The list from a link: filters in the query (codes and dates only, never a name). */
  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("nationality") String nationality,
      @QueryParam("openFlag") String openFlag,
      @QueryParam("encounteredFrom") String from,
      @QueryParam("encounteredTo") String to) {
    return search(null, status, nationality, openFlag, from, to, null);
  }

  /**
   * The list from the filter form, which may search by name: sent as a POST (to the API's search
   * too), so the name is in no URL, history or log. The next page is asked the same way.
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response search(
      @FormParam("text") String text,
      @FormParam("status") String status,
      @FormParam("nationality") String nationality,
      @FormParam("openFlag") String openFlag,
      @FormParam("encounteredFrom") String from,
      @FormParam("encounteredTo") String to,
      @FormParam("cursor") String cursor) {
    user.requireRuns("removals");
    user.require("searchCases");
    Map<String, String> filters = new LinkedHashMap<>();
    put(filters, "text", text);
    put(filters, "status", status);
    put(filters, "nationality", nationality == null ? null : nationality.strip().toUpperCase());
    put(filters, "openFlag", openFlag);
    put(filters, "encounteredFrom", from);
    put(filters, "encounteredTo", to);
    CaseSearch body =
        new CaseSearch(
            filters.get("text"),
            Forms.choice(CaseStatus.class, filters.get("status"), "status"),
            filters.get("nationality"),
            Forms.choice(FlagType.class, filters.get("openFlag"), "openFlag"),
            Forms.date(filters.get("encounteredFrom"), "encounteredFrom"),
            Forms.date(filters.get("encounteredTo"), "encounteredTo"),
            25,
            cursor == null || cursor.isBlank() ? null : cursor);
    Page<CaseSummary> page = backend.search(API + "/search", body, CaseSummary.class);
    return Views.html(
        views
            .page("cases", "cases")
            .data("cases", page.items())
            .data("filters", filters)
            .data("search", body)
            .data("statuses", List.of(CaseStatus.values()))
            .data("flags", List.of(FlagType.values()))
            .data("nextCursor", page.nextCursor())
            .data("paged", cursor != null && !cursor.isBlank()));
  }

  /** The form opening a case, its choices (countries, languages) from the service. */
  @GET
  @Path("/new")
  public Response newCase() {
    user.requireRuns("removals");
    user.require("openCase");
    ReferenceData reference =
        user.may("getReferenceData")
            ? backend.read(REFERENCE_DATA, ReferenceData.class).answer().orNull()
            : null;
    String language = views.language();
    return Views.html(
        views
            .page("case-new", "cases")
            .data(
                "countries",
                reference == null
                    ? List.<CodeChoice>of()
                    : CodeChoice.of(reference.countries(), language))
            .data(
                "languageChoices",
                reference == null
                    ? List.<CodeChoice>of()
                    : CodeChoice.of(reference.languages(), language))
            .data("sexes", SEXES)
            .data("documentTypes", List.of(IdentityDocumentType.values()))
            .data("relations", List.of(FamilyRelation.values()))
            .data("today", LocalDate.now(config.zone()).toString())
            .data("key", UUID.randomUUID().toString()));
  }

  /**
   * Opens the case and shows it. An identity document and a relative are optional: sent only when
   * the form names one, and then as typed (the service says what is missing).
   */
  @POST
  @Path("/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response open(
      @FormParam("givenNames") String givenNames,
      @FormParam("familyNames") String familyNames,
      @FormParam("dateOfBirth") String dateOfBirth,
      @FormParam("nationality") String nationality,
      @FormParam("sex") String sex,
      @FormParam("languages") List<String> languages,
      @FormParam("idType") String idType,
      @FormParam("idNumber") String idNumber,
      @FormParam("idCountry") String idCountry,
      @FormParam("biometricReference") String biometricReference,
      @FormParam("encounteredOn") String encounteredOn,
      @FormParam("encounterPlace") String encounterPlace,
      @FormParam("encounteringUnit") String encounteringUnit,
      @FormParam("relativeCaseId") String relativeCaseId,
      @FormParam("relation") String relation,
      @FormParam("key") String key) {
    user.require("openCase");
    CaseRequest body =
        caseRequest(
            givenNames,
            familyNames,
            dateOfBirth,
            nationality,
            sex,
            languages,
            idType,
            idNumber,
            idCountry,
            biometricReference,
            encounteredOn,
            encounterPlace,
            encounteringUnit,
            relativeCaseId,
            relation);
    CaseView opened = backend.send("POST", API, body, null, Query.key(key), CaseView.class);
    return Response.seeOther(URI.create("/portal/cases/" + opened.id() + "?done=case_opened"))
        .build();
  }

  /** The sexes the API takes ({@code F}, {@code M}, {@code X}: not stated). */
  static final List<String> SEXES = List.of("F", "M", "X");

  /** The open-case request from the form's fields, blanks as absent. */
  static CaseRequest caseRequest(
      String givenNames,
      String familyNames,
      String dateOfBirth,
      String nationality,
      String sex,
      List<String> languages,
      String idType,
      String idNumber,
      String idCountry,
      String biometricReference,
      String encounteredOn,
      String encounterPlace,
      String encounteringUnit,
      String relativeCaseId,
      String relation) {
    List<String> spoken = new ArrayList<>();
    if (languages != null) {
      languages.stream()
          .map(Forms::blankToNull)
          .filter(l -> l != null && !spoken.contains(l))
          .forEach(spoken::add);
    }
    List<IdentityDocument> documents = List.of();
    if (Forms.blankToNull(idType) != null || Forms.blankToNull(idNumber) != null) {
      documents =
          List.of(
              new IdentityDocument(
                  Forms.choice(IdentityDocumentType.class, idType, "identityDocuments[0].type"),
                  Forms.blankToNull(idNumber),
                  Forms.blankToNull(idCountry)));
    }
    List<FamilyLink> links = List.of();
    Long relative = Forms.number(relativeCaseId, "familyLinks[0].caseId");
    if (relative != null) {
      links =
          List.of(
              new FamilyLink(
                  relative,
                  Forms.choice(FamilyRelation.class, relation, "familyLinks[0].relation")));
    }
    return new CaseRequest(
        Forms.blankToNull(givenNames),
        Forms.blankToNull(familyNames),
        Forms.date(dateOfBirth, "dateOfBirth"),
        Forms.blankToNull(nationality),
        Forms.blankToNull(sex),
        spoken,
        documents,
        Forms.blankToNull(biometricReference),
        Forms.date(encounteredOn, "encounteredOn"),
        Forms.blankToNull(encounterPlace),
        Forms.blankToNull(encounteringUnit),
        links);
  }

  @GET
  @Path("/{id}")
  public Response detail(@PathParam("id") long id) {
    user.requireRuns("removals");
    user.require("getCase");
    String base = API + "/" + id;
    // All asked at once; each answer is taken in turn.
    var c = backend.read(base, CaseView.class);
    // All asked at once, each section only if the user may read it; each answer taken in turn.
    var history =
        readIf(
            "caseHistory",
            () -> backend.readPage(base + "/history?limit=100", CaseEventView.class));
    var flags =
        readIf("listFlags", () -> backend.readPage(base + "/flags?limit=100", FlagView.class));
    var screenings =
        readIf("listScreenings", () -> backend.readList(base + "/screenings", ScreeningView.class));
    var rights =
        readIf(
            "listRightsNotices",
            () -> backend.readList(base + "/rights-notices", RightsNoticeView.class));
    var order =
        readIf(
            "getRemovalOrder", () -> backend.read(base + "/removal-order", RemovalOrderView.class));
    var documents =
        readIf(
            "listTravelDocuments",
            () -> backend.readPage(base + "/travel-documents?limit=50", TravelDocumentView.class));
    var gate =
        readIf(
            "checkEnforceability",
            () -> backend.read(base + "/enforceability", EnforceabilityView.class));
    var claim =
        readIf(
            "getProtectionClaim",
            () -> backend.read(base + "/protection-claim", ProtectionClaimView.class));
    var separations =
        readIf(
            "listFamilySeparations",
            () -> backend.readPage(base + "/family-separations?limit=100", SeparationView.class));
    var reference =
        readIf("getReferenceData", () -> backend.read(REFERENCE_DATA, ReferenceData.class));
    CaseAnswers replies =
        new CaseAnswers(
            c.answer(),
            answer(history),
            answer(flags),
            answer(screenings),
            answer(rights),
            answer(order),
            answer(documents),
            answer(gate),
            answer(claim),
            answer(separations),
            answer(reference));
    TemplateInstance view =
        caseView(
            views.page("case", "cases"),
            replies,
            user.username(),
            user.agency(),
            user.roles().contains("supervisor"),
            // The agency's today: from 19:00 in Panama the UTC date is already tomorrow, and a
            // form offering it would be refused as a date in the future.
            LocalDate.now(config.zone()),
            views.language());
    return Views.html(view.data("key", UUID.randomUUID().toString()));
  }

  /**
   * The case page's data from the service's answers, and what follows from them: which rights the
   * person has not been told of yet, which forms the case's status leaves open, and which decisions
   * the user may not take because they issued the order or decided the claim (the service refuses
   * those with 403; the page says so instead of offering them). A partner agency reading the case
   * under a disclosure grant changes nothing on it, so it is offered no form.
   */
  static TemplateInstance caseView(
      TemplateInstance view,
      CaseAnswers replies,
      String username,
      String agency,
      boolean supervisor,
      LocalDate today,
      String language) {
    CaseView c = replies.c().orThrow();
    CaseStatus status = c.status();
    RemovalOrderView order = replies.order().orNull();
    ProtectionClaimView claim = replies.claim().orNull();
    List<RightsNoticeView> notices = replies.rights().orNull();
    List<AppealView> appeals =
        order == null || order.appeals() == null ? List.of() : order.appeals();
    boolean appealPending = appeals.stream().anyMatch(a -> a.status() == AppealStatus.PENDING);
    boolean claimPending = claim != null && claim.status() == ClaimStatus.PENDING;
    List<String> languages = c.languages() == null ? List.of() : c.languages();
    List<ScreeningView> screenings = replies.screenings().orNull();
    ReferenceData reference = replies.reference().orNull();
    List<SeparationView> separations = Backend.Answer.items(replies.separations());
    List<Long> relatives =
        c.familyLinks() == null
            ? List.of()
            : c.familyLinks().stream().map(FamilyLink::caseId).distinct().toList();
    Set<Long> separated = new LinkedHashSet<>();
    separations.forEach(s -> separated.add(s.relativeCaseId()));
    return view.data("c", c)
        .data("history", Backend.Answer.items(replies.history()))
        .data("flags", Backend.Answer.items(replies.flags()))
        .data("screenings", screenings == null ? List.of() : screenings)
        .data("rightsNotices", notices)
        .data("rights", RIGHTS)
        .data("rightsMissing", notices == null ? List.of() : rightsMissing(notices))
        .data("languages", String.join(", ", languages))
        .data("firstLanguage", languages.isEmpty() ? "es" : languages.get(0))
        .data("order", order)
        .data("appeals", appeals)
        .data("appealable", order != null && !appealPending && APPEALABLE.contains(status))
        .data("appealWindowClosed", order != null && closedBefore(order.appealDeadline(), today))
        .data("admitsLate", supervisor)
        .data("issuedByMe", order != null && username.equals(order.issuedBy()))
        .data("documents", Backend.Answer.items(replies.documents()))
        .data("gate", replies.gate().orNull())
        .data("claim", claim)
        .data("claimPending", claimPending)
        .data("claimable", !claimPending && CLAIMABLE.contains(status))
        .data("claimDecidedByMe", claim != null && username.equals(claim.decidedBy()))
        .data("caseOpen", !FINAL.contains(status))
        // A partner reads the case under a disclosure grant and may change nothing on it.
        .data("ownCase", c.owningAgency() != null && agency.equals(c.owningAgency().code()))
        .data("me", username)
        .data("flagTypes", List.of(FlagType.values()))
        .data("outcomes", List.of(ScreeningOutcome.values()))
        .data("documentTypes", List.of(TravelDocumentType.values()))
        .data("today", today.toString())
        .data("requestable", REQUESTABLE)
        .data("languageChoices", languageChoices(reference, languages, language))
        .data(
            "countryChoices",
            reference == null
                ? List.<CodeChoice>of()
                : CodeChoice.of(reference.countries(), language))
        .data("spoken", languages)
        .data("separations", separations)
        .data("separationsRead", replies.separations().orNull() != null)
        // The relatives a separation may still be decided from: linked, none decided yet.
        .data("separable", relatives.stream().filter(r -> !separated.contains(r)).toList())
        .data("partners", partners(agency));
  }

  /**
   * The languages an interview or a notice may be given in: the service's, in the reader's
   * language; without its answer (away), the person's own, which the service surely accepts.
   */
  static List<CodeChoice> languageChoices(
      ReferenceData reference, List<String> spoken, String language) {
    if (reference == null) {
      return spoken.stream().map(l -> new CodeChoice(l, l)).toList();
    }
    return CodeChoice.of(reference.languages(), language);
  }

  /** The agencies a case may be disclosed to: another agency's, never the funding one's. */
  static List<Agency> partners(String agency) {
    // The service refuses the caller's own agency and US-DOS (it never receives case data).
    return Arrays.stream(Agency.values())
        .filter(a -> !a.code().equals(agency) && a != Agency.US_DOS)
        .toList();
  }

  /** The read if the user may make it; otherwise nothing is asked of the service. */
  private <T> Backend.Read<T> readIf(String operationId, Supplier<Backend.Read<T>> read) {
    return user.may(operationId) ? read.get() : null;
  }

  @SuppressWarnings("unchecked")
  private static <T> Backend.Answer<T> answer(Backend.Read<T> read) {
    return read == null ? (Backend.Answer<T>) NOT_ASKED : read.answer();
  }

  /** Whether the date is before today: an appeal lodged now would be out of time. */
  static boolean closedBefore(LocalDate deadline, LocalDate today) {
    return deadline != null && deadline.isBefore(today);
  }

  /** The rights no notice on record names yet, in the order the law lists them. */
  static List<Right> rightsMissing(List<RightsNoticeView> notices) {
    Set<Right> told = EnumSet.noneOf(Right.class);
    notices.forEach(n -> told.addAll(n.rights() == null ? List.of() : n.rights()));
    return RIGHTS.stream().filter(r -> !told.contains(r)).toList();
  }

  @POST
  @Path("/{id}/flags")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response raiseFlag(
      @PathParam("id") long id,
      @FormParam("type") String type,
      @FormParam("reason") String reason,
      @FormParam("dueOn") String dueOn,
      @FormParam("key") String key) {
    user.require("raiseFlag");
    FlagRequest body =
        new FlagRequest(
            Forms.choice(FlagType.class, type, "type"), reason, Forms.date(dueOn, "dueOn"));
    backend.send("POST", API + "/" + id + "/flags", body, null, Query.key(key));
    return back(id, "flag_raised");
  }

  @POST
  @Path("/{id}/flags/{flagId}/resolution")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response resolveFlag(
      @PathParam("id") long id,
      @PathParam("flagId") long flagId,
      @FormParam("resolution") String resolution,
      @FormParam("version") Long version) {
    user.require("resolveFlag");
    backend.send(
        "POST",
        API + "/" + id + "/flags/" + flagId + "/resolution",
        new FlagResolution(resolution == null ? "" : resolution),
        version,
        null);
    return back(id, "flag_resolved");
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response transition(
      @PathParam("id") long id,
      @FormParam("status") String status,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("transitionCase");
    CaseTransitionRequest body =
        new CaseTransitionRequest(Forms.choice(CaseStatus.class, status, "status"), reason);
    backend.send("POST", API + "/" + id + "/transitions", body, version, null);
    return back(id, "case_moved");
  }

  @POST
  @Path("/{id}/screenings")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response screen(
      @PathParam("id") long id,
      @FormParam("language") String language,
      @FormParam("interpreter") String interpreter,
      @FormParam("claimExpressed") String claimExpressed,
      @FormParam("outcome") String outcome,
      @FormParam("notes") String notes,
      @FormParam("key") String key) {
    user.require("recordScreening");
    ScreeningRequest body =
        new ScreeningRequest(
            Forms.blankToNull(language),
            Forms.blankToNull(interpreter),
            Forms.yes(claimExpressed),
            Forms.choice(ScreeningOutcome.class, outcome, "outcome"),
            Forms.blankToNull(notes));
    backend.send("POST", API + "/" + id + "/screenings", body, null, Query.key(key));
    return back(id, "screening_recorded");
  }

  @POST
  @Path("/{id}/fitness-to-fly")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fitness(
      @PathParam("id") long id,
      @FormParam("fitToFly") String fit,
      @FormParam("assessedOn") String assessedOn,
      @FormParam("version") Long version) {
    user.require("assessFitnessToFly");
    FitnessRequest body =
        new FitnessRequest(
            fit == null ? null : Forms.yes(fit), Forms.date(assessedOn, "assessedOn"));
    backend.send("PUT", API + "/" + id + "/fitness-to-fly", body, version, null);
    return back(id, "fitness_recorded");
  }

  @POST
  @Path("/{id}/travel-documents")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response requestDocument(
      @PathParam("id") long id,
      @FormParam("type") String type,
      @FormParam("country") String country,
      @FormParam("key") String key) {
    user.require("requestTravelDocument");
    TravelDocumentRequest body =
        new TravelDocumentRequest(
            Forms.choice(TravelDocumentType.class, type, "type"),
            country == null ? null : country.strip().toUpperCase());
    backend.send("POST", API + "/" + id + "/travel-documents", body, null, Query.key(key));
    return back(id, "document_requested");
  }

  @POST
  @Path("/{id}/travel-documents/{documentId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response answerDocument(
      @PathParam("id") long id,
      @PathParam("documentId") long documentId,
      @FormParam("status") String status,
      @FormParam("number") String number,
      @FormParam("issuedOn") String issuedOn,
      @FormParam("expiresOn") String expiresOn,
      @FormParam("version") Long version) {
    user.require("updateTravelDocument");
    TravelDocumentUpdate body =
        new TravelDocumentUpdate(
            Forms.choice(TravelDocumentStatus.class, status, "status"),
            Forms.blankToNull(number),
            Forms.date(issuedOn, "issuedOn"),
            Forms.date(expiresOn, "expiresOn"));
    backend.send("PUT", API + "/" + id + "/travel-documents/" + documentId, body, version, null);
    return back(id, "document_answered");
  }

  @POST
  @Path("/{id}/rights-notices")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response recordRights(
      @PathParam("id") long id,
      @FormParam("rights") List<String> rights,
      @FormParam("language") String language,
      @FormParam("interpreter") String interpreter,
      @FormParam("informedOn") String informedOn,
      @FormParam("key") String key) {
    user.require("recordRightsNotice");
    Set<Right> told = new LinkedHashSet<>();
    if (rights != null) {
      rights.forEach(r -> told.add(Forms.choice(Right.class, r, "rights")));
    }
    told.remove(null);
    RightsNoticeRequest body =
        new RightsNoticeRequest(
            told,
            Forms.blankToNull(language),
            Forms.blankToNull(interpreter),
            Forms.date(informedOn, "informedOn"));
    backend.send("POST", API + "/" + id + "/rights-notices", body, null, Query.key(key));
    return back(id, "rights_recorded");
  }

  @POST
  @Path("/{id}/screenings/{screeningId}/confirmation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response confirmScreening(
      @PathParam("id") long id,
      @PathParam("screeningId") long screeningId,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("confirmScreening");
    backend.send(
        "POST",
        API + "/" + id + "/screenings/" + screeningId + "/confirmation",
        new ScreeningConfirmation(reason == null ? "" : reason),
        version,
        null);
    return back(id, "screening_confirmed");
  }

  @POST
  @Path("/{id}/protection-claim")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fileClaim(
      @PathParam("id") long id,
      @FormParam("filedOn") String filedOn,
      @FormParam("grounds") String grounds,
      @FormParam("key") String key) {
    user.require("fileProtectionClaim");
    ProtectionClaimRequest body =
        new ProtectionClaimRequest(Forms.date(filedOn, "filedOn"), grounds);
    backend.send("POST", API + "/" + id + "/protection-claim", body, null, Query.key(key));
    return back(id, "claim_filed");
  }

  @POST
  @Path("/{id}/protection-claim/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideClaim(
      @PathParam("id") long id,
      @FormParam("outcome") String outcome,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("decideProtectionClaim");
    backend.send(
        "POST",
        API + "/" + id + "/protection-claim/decision",
        new ClaimDecisionRequest(
            Forms.choice(ClaimStatus.class, outcome, "outcome"), reason == null ? "" : reason),
        version,
        null);
    return back(id, "claim_decided");
  }

  @POST
  @Path("/{id}/removal-order")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response issueOrder(
      @PathParam("id") long id,
      @FormParam("legalBasis") String legalBasis,
      @FormParam("issuedOn") String issuedOn,
      @FormParam("notifiedOn") String notifiedOn,
      @FormParam("appealDeadline") String appealDeadline,
      @FormParam("appealSuspensive") String suspensive,
      @FormParam("key") String key) {
    user.require("issueRemovalOrder");
    RemovalOrderRequest body =
        new RemovalOrderRequest(
            legalBasis,
            Forms.date(issuedOn, "issuedOn"),
            Forms.date(notifiedOn, "notifiedOn"),
            Forms.date(appealDeadline, "appealDeadline"),
            Forms.yes(suspensive));
    backend.send("POST", API + "/" + id + "/removal-order", body, null, Query.key(key));
    return back(id, "order_issued");
  }

  @POST
  @Path("/{id}/removal-order/finality")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response declareFinal(
      @PathParam("id") long id,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("declareOrderFinal");
    backend.send(
        "POST",
        API + "/" + id + "/removal-order/finality",
        new OrderFinalityRequest(reason == null ? "" : reason),
        version,
        null);
    return back(id, "order_final");
  }

  @POST
  @Path("/{id}/removal-order/appeals")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response fileAppeal(
      @PathParam("id") long id,
      @FormParam("filedOn") String filedOn,
      @FormParam("grounds") String grounds,
      @FormParam("suspensive") String suspensive,
      @FormParam("outOfTimeReason") String outOfTimeReason,
      @FormParam("key") String key) {
    user.require("fileAppeal");
    // Sent as given: the service admits a late appeal only for a supervisor, with a reason.
    AppealRequest body =
        new AppealRequest(
            Forms.date(filedOn, "filedOn"),
            grounds,
            Forms.yes(suspensive),
            Forms.blankToNull(outOfTimeReason));
    backend.send("POST", API + "/" + id + "/removal-order/appeals", body, null, Query.key(key));
    return back(id, "appeal_filed");
  }

  @POST
  @Path("/{id}/removal-order/appeals/{appealId}/decision")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideAppeal(
      @PathParam("id") long id,
      @PathParam("appealId") long appealId,
      @FormParam("outcome") String outcome,
      @FormParam("reason") String reason,
      @FormParam("version") Long version) {
    user.require("decideAppeal");
    backend.send(
        "POST",
        API + "/" + id + "/removal-order/appeals/" + appealId + "/decision",
        new AppealDecisionRequest(
            Forms.choice(AppealStatus.class, outcome, "outcome"), reason == null ? "" : reason),
        version,
        null);
    return back(id, "appeal_decided");
  }

  @POST
  @Path("/{id}/best-interest-determination")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response determineBestInterest(
      @PathParam("id") long id,
      @FormParam("decidedOn") String decidedOn,
      @FormParam("summary") String summary,
      @FormParam("version") Long version) {
    user.require("determineBestInterest");
    BestInterestRequest body =
        new BestInterestRequest(Forms.date(decidedOn, "decidedOn"), Forms.blankToNull(summary));
    backend.send("PUT", API + "/" + id + "/best-interest-determination", body, version, null);
    return back(id, "best_interest_recorded");
  }

  @POST
  @Path("/{id}/family-separations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideSeparation(
      @PathParam("id") long id,
      @FormParam("relativeCaseId") String relativeCaseId,
      @FormParam("reason") String reason,
      @FormParam("key") String key) {
    user.require("decideFamilySeparation");
    SeparationRequest body =
        new SeparationRequest(
            Forms.number(relativeCaseId, "relativeCaseId"), Forms.blankToNull(reason));
    backend.send("POST", API + "/" + id + "/family-separations", body, null, Query.key(key));
    return back(id, "separation_decided");
  }

  /** A grant to a partner agency to read this case until a time of the agency's zone. */
  @POST
  @Path("/{id}/disclosures")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response grantDisclosure(
      @PathParam("id") long id,
      @FormParam("granteeAgency") String grantee,
      @FormParam("legalBasis") String legalBasis,
      @FormParam("purpose") String purpose,
      @FormParam("expiresAt") String expiresAt,
      @FormParam("key") String key) {
    user.require("grantDisclosure");
    DisclosureGrantRequest body =
        new DisclosureGrantRequest(
            partner(grantee),
            id,
            Forms.blankToNull(legalBasis),
            Forms.blankToNull(purpose),
            Forms.instant(expiresAt, config.zone(), "expiresAt"));
    backend.send("POST", DisclosurePages.API, body, null, Query.key(key));
    return back(id, "disclosure_granted");
  }

  /** The partner chosen; none chosen is none (the service names the field). */
  static Agency partner(String code) {
    String chosen = Forms.blankToNull(code);
    if (chosen == null) {
      return null;
    }
    return Agency.fromCode(chosen)
        .orElseThrow(
            () -> BackendProblem.invalid("granteeAgency", "is not one of the values offered"));
  }

  private static Response back(long id, String done) {
    return Views.done("/portal/cases/" + id, done);
  }

  private static void put(Map<String, String> filters, String name, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(name, value.strip());
    }
  }
}
