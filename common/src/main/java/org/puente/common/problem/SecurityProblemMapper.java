package org.puente.common.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.puente.trust.TrustViolations;

/**
 * Who may call: no valid token (401 with the challenge, the refusal logged as a trust violation), a
 * role or agency that may not (403), an issuer that cannot be reached to verify a token (503).
 */
public class SecurityProblemMapper {

  /** Writes why a bearer token was refused (its kind, never its content). */
  @Inject TrustViolations trustViolations;

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
    trustViolations.refused(
        headers.getHeaderString(HttpHeaders.AUTHORIZATION), uri.getRequestUri().getPath());
    return challenge(uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(
      AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
    trustViolations.refused(
        headers.getHeaderString(HttpHeaders.AUTHORIZATION), uri.getRequestUri().getPath());
    return challenge(uri);
  }

  /** The token issuer could not be reached to verify a token: fail closed, and say so. */
  @ServerExceptionMapper
  public Response issuerUnavailable(io.quarkus.oidc.OIDCException e, UriInfo uri) {
    ProblemResponses.issuerUnavailable(e);
    return ProblemResponses.respond(
        uri,
        ProblemType.UNAVAILABLE,
        503,
        "The token issuer cannot be reached to verify the token; try again shortly");
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return ProblemResponses.respond(
        uri, ProblemType.FORBIDDEN, 403, "Your role or agency does not allow this operation");
  }

  private static Response challenge(UriInfo uri) {
    return ProblemResponses.withHeader(
        ProblemResponses.respond(
            uri, ProblemType.UNAUTHORIZED, 401, "Send a valid bearer access token"),
        HttpHeaders.WWW_AUTHENTICATE,
        "Bearer");
  }
}
