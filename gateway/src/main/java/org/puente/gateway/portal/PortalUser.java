package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.puente.gateway.GatewayConfig;

/**
 * The signed-in person as the portal sees them: name, agency and roles from the session's token,
 * and what the policy lets them do. Pages ask {@link #may} before offering a link or a button; the
 * services decide again on every call.
 */
@RequestScoped
@TemplateData
public class PortalUser {

  private final SecurityIdentity identity;
  private final JsonWebToken token;
  private final Policy policy;
  private final GatewayConfig config;
  private final String homeAgency;

  PortalUser(
      SecurityIdentity identity,
      JsonWebToken token,
      Policy policy,
      GatewayConfig config,
      @ConfigProperty(name = "puente.agency") String homeAgency) {
    this.identity = identity;
    this.token = token;
    this.policy = policy;
    this.config = config;
    this.homeAgency = homeAgency;
  }

  /** The agency whose portal this is (the deployment's own): its realm signed the user in. */
  public String homeAgency() {
    return homeAgency;
  }

  public String username() {
    String name = token.getClaim("preferred_username");
    return name != null ? name : identity.getPrincipal().getName();
  }

  public String agency() {
    Object agency = token.getClaim("agency");
    return agency == null ? "" : agency.toString();
  }

  public Set<String> roles() {
    return identity.getRoles();
  }

  /** Whether the policy lets this user call the API operation. */
  public boolean may(String operationId) {
    return policy.reaches(operationId, identity.getRoles(), agency());
  }

  /**
   * 403 unless the user may call the operation: a page or form of the portal that is not theirs.
   */
  public void require(String operationId) {
    if (!may(operationId)) {
      throw new ForbiddenException(operationId);
    }
  }

  /**
   * Whether this deployment runs the service of a section ("removals", "training", "funding"): a
   * section whose service is not run here is not offered.
   */
  public boolean runs(String service) {
    return Backend.runs(config, "/api/v1/" + service + "/");
  }

  /** 404 unless this deployment runs the service: its pages do not exist here. */
  public void requireRuns(String service) {
    if (!runs(service)) {
      throw BackendProblem.notRunHere("/api/v1/" + service);
    }
  }

  /** The State Department never sees personal data: no case pages at all. */
  public boolean seesCases() {
    return may("listCases") && runs("removals");
  }

  public boolean seesOperations() {
    return may("listOperations") && runs("removals");
  }

  public boolean seesTraining() {
    return may("listCourses") && runs("training");
  }

  public boolean seesFunding() {
    return (may("listAgreements") || may("listDisbursements")) && runs("funding");
  }

  public boolean seesAudit() {
    return may("disclosureLog") && runs("removals");
  }
}
