package org.puente.funding;

import jakarta.enterprise.context.ApplicationScoped;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.funding.agreements.Agreement;
import org.puente.funding.lines.BudgetLine;
import org.puente.funding.obligations.Obligation;

/**
 * The access rules of funding (DESIGN.md): the donor and the recipient of an agreement read it;
 * only the donor's funding officer writes; a disbursement is approved or rejected by a certifying
 * officer of the donor who did not request it (four eyes).
 */
@ApplicationScoped
public class FundingAccess {

  private final FundingConfig config;

  FundingAccess(FundingConfig config) {
    this.config = config;
  }

  /**
   * Parties read their agreements. A Puente service with funding rights reaches the lines it may
   * obligate on; the endpoints open to services (obligate, read back, de-obligate and request
   * payment of its own obligations) are all it can use that for.
   */
  public boolean maySee(Caller caller, Agreement agreement) {
    if (caller.isService()) {
      return config.services().containsKey(caller.username());
    }
    String agency = caller.agency().code();
    return agency.equals(agreement.donorAgency) || agency.equals(agreement.recipientAgency);
  }

  /** An obligation: a party sees it; a service sees only those it asked for. */
  public boolean maySee(Caller caller, Obligation obligation) {
    if (caller.isService()) {
      return caller.username().equals(obligation.createdBy);
    }
    return maySee(caller, obligation.line.agreement);
  }

  /**
   * Who may obligate: the donor's funding officer, or a Puente service for its own kind of
   * reference on a line of a category that kind may use (an operation on a charter line, a training
   * session on a training line).
   */
  public void requireMayObligate(
      Caller caller, Agreement agreement, BudgetLine line, String reference) {
    if (!caller.isService()) {
      requireDonorFundingOfficer(caller, agreement);
      return;
    }
    FundingConfig.ServiceGrant grant = config.services().get(caller.username());
    if (grant == null || !reference.startsWith(grant.reference() + ":")) {
      throw ProblemException.forbidden(
          "This service may not obligate funds for " + reference.split(":")[0]);
    }
    if (!grant.categories().contains(line.category)) {
      throw ProblemException.forbidden(
          "A " + grant.reference() + " cannot be paid from a " + line.category + " line");
    }
  }

  /** De-obligating: the donor's funding officer, or the service that asked for the obligation. */
  public void requireMayDeobligate(Caller caller, Obligation obligation) {
    if (caller.isService() && caller.username().equals(obligation.createdBy)) {
      return;
    }
    requireDonorFundingOfficer(caller, obligation.line.agreement);
  }

  public void requireDonorFundingOfficer(Caller caller, Agreement agreement) {
    if (!caller.hasRole(Roles.FUNDING_OFFICER)
        || !caller.agency().code().equals(agreement.donorAgency)) {
      throw ProblemException.forbidden(
          "Only a funding officer of " + agreement.donorAgency + " (the donor) may do this");
    }
  }

  /** The donor's or the recipient's funding officer asks for a payment. */
  public void requirePartyFundingOfficer(Caller caller, Obligation obligation) {
    if (caller.isService() && caller.username().equals(obligation.createdBy)) {
      return; // the service reports the actual cost of what it asked funds for
    }
    Agreement agreement = obligation.line.agreement;
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
