package org.puente.training.officers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;
import org.puente.common.paging.Page;
import org.puente.common.paging.PageRequest;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.training.TrainingAccess;
import org.puente.training.TrainingConfig;
import org.puente.training.api.OfficerRequest;
import org.puente.training.api.OfficerView;
import org.puente.training.api.VettingRequest;
import org.puente.training.api.VettingStatus;

@ApplicationScoped
public class OfficerService {

  private final OfficerRepository officers;
  private final TrainingAccess access;
  private final Idempotency idempotency;
  private final TrainingConfig config;

  OfficerService(
      OfficerRepository officers,
      TrainingAccess access,
      Idempotency idempotency,
      TrainingConfig config) {
    this.officers = officers;
    this.access = access;
    this.idempotency = idempotency;
    this.config = config;
  }

  /** The provider sees every agency's officers (filterable); others only their own. */
  public Page<OfficerView> list(
      Caller caller,
      Agency agency,
      VettingStatus vetting,
      java.time.LocalDate vettingExpiringBefore,
      PageRequest page) {
    Agency scope = access.isProvider(caller) ? agency : caller.agency();
    if (!access.isProvider(caller) && agency != null && agency != caller.agency()) {
      return new Page<>(java.util.List.of(), null);
    }
    return Page.of(
        officers.page(scope, vetting, vettingExpiringBefore, page),
        page,
        o -> o.id,
        Officer::toView);
  }

  public OfficerView get(Caller caller, long id) {
    return visible(caller, id).toView();
  }

  @Transactional
  public Idempotency.Outcome<OfficerView> create(Caller caller, String key, OfficerRequest body) {
    return idempotency.once(
        caller,
        key,
        "POST /officers",
        body,
        OfficerView.class,
        () -> {
          String badge = body.badgeNumber().strip();
          if (officers.badgeTaken(caller.agency().code(), badge)) {
            throw ProblemException.conflict(
                "An officer of " + caller.agency() + " already has this badge number");
          }
          Officer officer = new Officer();
          officer.givenName = body.givenName().strip();
          officer.familyName = body.familyName().strip();
          officer.badgeNumber = badge;
          officer.rank = body.rank() == null ? null : body.rank().strip();
          officer.agency = caller.agency().code();
          officer.vettingStatus = VettingStatus.PENDING;
          officer.createdAt = Instant.now();
          officers.persist(officer);
          return officer.toView();
        });
  }

  @Transactional
  public OfficerView recordVetting(Caller caller, long id, String ifMatch, VettingRequest body) {
    access.requireProviderCoordinator(caller);
    Officer officer = visible(caller, id);
    Versions.checkIfMatch(ifMatch, officer.version);
    if (body.status() == VettingStatus.CLEARED && !body.expiresOn().isAfter(config.today())) {
      throw ProblemException.invalid("expiresOn", "a clearance must expire in the future");
    }
    officer.vettingStatus = body.status();
    officer.vettingExpiresOn = body.expiresOn();
    officers.flush();
    return officer.toView();
  }

  /** The officer if the caller may see them; otherwise 404, as if they did not exist. */
  public Officer visible(Caller caller, long id) {
    return officers
        .findByIdOptional(id)
        .filter(o -> access.maySeeOfficerOf(caller, Agency.fromCode(o.agency).orElseThrow()))
        .orElseThrow(() -> ProblemException.notFound("Officer"));
  }
}
