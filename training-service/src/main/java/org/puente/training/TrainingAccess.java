package org.puente.training;

import jakarta.enterprise.context.ApplicationScoped;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Agency;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;

/**
 * The access rules of training (docs/access-rules.md): the provider agency's coordinator manages
 * courses, sessions, vetting and certificates; a partner's coordinator manages and nominates its
 * own officers; officer data is visible to the officer's agency and the provider.
 */
@ApplicationScoped
public class TrainingAccess {

  private final Agency provider;

  TrainingAccess(TrainingConfig config) {
    this.provider = config.provider();
  }

  public Agency provider() {
    return provider;
  }

  public boolean isProvider(Caller caller) {
    return caller.agency() == provider;
  }

  /** The provider's training coordinator, or 403. */
  public void requireProviderCoordinator(Caller caller) {
    if (!isProvider(caller) || !caller.hasRole(Roles.TRAINING_COORDINATOR)) {
      throw ProblemException.forbidden(
          "Only a training coordinator of " + provider + " (the provider) may do this");
    }
  }

  /** Whether the caller may see data of an officer of {@code officerAgency}. */
  public boolean maySeeOfficerOf(Caller caller, Agency officerAgency) {
    return isProvider(caller) || caller.agency() == officerAgency;
  }
}
