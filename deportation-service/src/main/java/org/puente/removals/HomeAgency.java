package org.puente.removals;

import jakarta.enterprise.context.ApplicationScoped;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;

/**
 * This deployment keeps one agency's removal records ({@code puente.removals.home-agency}): it is
 * their system of record. Partners' tokens are trusted here to read what a grant discloses and to
 * see statistics, never to open cases, plan flights or disclose records in another government's
 * database.
 */
@ApplicationScoped
public class HomeAgency {

  private final RemovalsConfig config;

  HomeAgency(RemovalsConfig config) {
    this.config = config;
  }

  /** 403 unless the caller is of the home agency; {@code records} names what is refused. */
  public void requireOwnStaff(Caller caller, String records) {
    if (caller.agency() != config.home()) {
      throw ProblemException.forbidden(
          records
              + " are kept by "
              + config.home()
              + " in its own deployment: only its own staff create them");
    }
  }
}
