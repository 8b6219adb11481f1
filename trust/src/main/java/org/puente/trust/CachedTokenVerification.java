package org.puente.trust;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once, not on every request: the first request that brings it is verified
 * in full by Quarkus OIDC (signature against the realm's keys, issuer, agency, audience, type,
 * lifetime), and what it verified to is reused for the same token until the token expires ({@link
 * VerifiedTokens}). An RS256 verification costs more than the rest of a small request; a client
 * sends the same token for minutes. A token that fails is never kept, so it fails every time, and
 * is logged as a trust violation every time.
 *
 * <p>Only API calls are cached (a token in the Authorization header): a portal session's tokens go
 * through Quarkus OIDC as before. {@code puente_token_verifications_total{result}} counts verified
 * and cached.
 */
@ApplicationScoped
public class CachedTokenVerification implements IdentityProvider<TokenAuthenticationRequest> {

  private final OidcIdentityProvider oidc;
  private final VerifiedTokens<SecurityIdentity> verified;
  private final Counter verifications;
  private final Counter reuses;

  CachedTokenVerification(
      OidcIdentityProvider oidc,
      MeterRegistry registry,
      @ConfigProperty(name = "puente.tokens.cache-size", defaultValue = "10000") long size) {
    this.oidc = oidc;
    this.verified = new VerifiedTokens<>(size, Clock.systemUTC());
    this.verifications =
        Counter.builder("puente.token.verifications")
            .description("Bearer tokens verified in full, or found already verified")
            .tag("result", "verified")
            .register(registry);
    this.reuses =
        Counter.builder("puente.token.verifications").tag("result", "cached").register(registry);
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /** Before Quarkus OIDC's own provider, which it calls for a token not verified yet. */
  @Override
  public int priority() {
    return oidc.priority() + 1;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
    TokenCredential credential = request.getToken();
    if (rc == null || !bearer(rc, credential)) {
      return Uni.createFrom().nullItem(); // a portal session: Quarkus OIDC as it is
    }
    String token = credential.getToken();
    SecurityIdentity known = verified.get(token);
    if (known != null) {
      reuses.increment();
      return Uni.createFrom().item(forThisRequest(known, rc, context));
    }
    return oidc.authenticate(request, context)
        .invoke(
            identity -> {
              verifications.increment();
              if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt) {
                verified.put(token, identity, Instant.ofEpochSecond(jwt.getExpirationTime()));
              }
            });
  }

  /** An access token sent as {@code Authorization: Bearer}, the way every API client calls. */
  private static boolean bearer(RoutingContext rc, TokenCredential credential) {
    if (!(credential instanceof AccessTokenCredential)) {
      return false;
    }
    String auth = rc.request().getHeader("Authorization");
    return auth != null
        && auth.regionMatches(true, 0, "Bearer ", 0, 7)
        && auth.substring(7).trim().equals(credential.getToken());
  }

  /**
   * The identity verified earlier, carrying this request's context rather than the first one's
   * (Quarkus OIDC keeps the routing and request contexts among an identity's attributes).
   */
  private static SecurityIdentity forThisRequest(
      SecurityIdentity identity, RoutingContext rc, AuthenticationRequestContext context) {
    return QuarkusSecurityIdentity.builder(identity)
        .addAttribute(RoutingContext.class.getName(), rc)
        .addAttribute(AuthenticationRequestContext.class.getName(), context)
        .build();
  }
}
