package org.puente.gateway.portal;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ForbiddenException;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

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

  PortalUser(SecurityIdentity identity, JsonWebToken token, Policy policy) {
    this.identity = identity;
    this.token = token;
    this.policy = policy;
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

  /** The State Department never sees personal data: no case pages at all. */
  public boolean seesCases() {
    return may("listCases");
  }

  public boolean seesOperations() {
    return may("listOperations");
  }

  public boolean seesFunding() {
    return may("listAgreements") || may("listDisbursements");
  }

  public boolean seesAudit() {
    return may("disclosureLog");
  }
}
