package org.puente.funding;

import jakarta.enterprise.context.ApplicationScoped;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.funding.agreements.Agreement;

/**
 * The access rules of funding (DESIGN.md): the donor and the recipient of an agreement read it;
 * only the donor's funding officer writes; a disbursement is approved or rejected by a certifying
 * officer of the donor who did not request it (four eyes).
 */
@ApplicationScoped
public class FundingAccess {

  public boolean maySee(Caller caller, Agreement agreement) {
    String agency = caller.agency().code();
    return agency.equals(agreement.donorAgency) || agency.equals(agreement.recipientAgency);
  }

  public void requireDonorFundingOfficer(Caller caller, Agreement agreement) {
    if (!caller.hasRole(Roles.FUNDING_OFFICER)
        || !caller.agency().code().equals(agreement.donorAgency)) {
      throw ProblemException.forbidden(
          "Only a funding officer of " + agreement.donorAgency + " (the donor) may do this");
    }
  }

  /** The donor's or the recipient's funding officer asks for a payment. */
  public void requirePartyFundingOfficer(Caller caller, Agreement agreement) {
    if (!caller.hasRole(Roles.FUNDING_OFFICER) || !maySee(caller, agreement)) {
      throw ProblemException.forbidden(
          "Only a funding officer of the donor or the recipient may request a payment");
    }
  }

  /** A certifying officer of the donor who is not the requester: the second pair of eyes. */
  public void requireSecondCertifier(Caller caller, Agreement agreement, String requestedBy) {
    if (!caller.hasRole(Roles.CERTIFYING_OFFICER)
        || !caller.agency().code().equals(agreement.donorAgency)) {
      throw ProblemException.forbidden(
          "Only a certifying officer of " + agreement.donorAgency + " (the donor) may decide");
    }
    if (caller.username().equals(requestedBy)) {
      throw ProblemException.forbidden(
          "The requester of a payment cannot decide on it; another certifying officer must");
    }
  }
}
