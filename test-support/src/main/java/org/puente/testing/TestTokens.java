package org.puente.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mints access tokens the services verify for real: RS256, signed by the realm of the agency the
 * token names ({@link TestTokenEndpoint}: each realm has its own key pair, made once per test JVM,
 * and publishes it). Nothing secret is committed. Also mints the broken tokens a service must
 * refuse.
 *
 * <pre>{@code
 * String token = TestTokens.user("ana").agency("PA-SNM").roles("case-officer").officerId(7).token();
 * String stale = TestTokens.user("ana").agency("PA-SNM").expired().token();
 * String forged = TestTokens.user("ana").agency("US-DOS").realm("pa-snm").token(); // a realm lying
 * }</pre>
 */
public final class TestTokens {

  public static final String AUDIENCE = "puente";

  /** Each realm's key pair, by realm name. */
  private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

  private static final KeyPair OTHER_KEYS = generate();

  private final String username;
  private String agency;
  private final Set<String> roles = new LinkedHashSet<>();
  private Long officerId;
  private String issuer;
  private String realm;
  private String client;
  private String audience = AUDIENCE;
  private Instant issuedAt = Instant.now();
  private Instant expiresAt = issuedAt.plusSeconds(3600);
  private Instant notBefore;
  private String type = "Bearer";
  private boolean otherKey;
  private boolean unsigned;
  private String keyId = "test-key";
  private boolean hmacWithPublicKey;

  private TestTokens(String username) {
    this.username = username;
  }

  public static TestTokens user(String username) {
    return new TestTokens(username);
  }

  /**
   * A service account's token, as the realm's client credentials grant issues it: {@code azp} the
   * client, role {@code service}. Name the agency with {@link #agency}.
   */
  public static TestTokens client(String clientId) {
    TestTokens token = new TestTokens("service-account-" + clientId).roles("service");
    token.client = clientId;
    return token;
  }

  /** The public key of a realm, as base64 DER (for a verifier configured with one key). */
  public static String publicKey(String realm) {
    return Base64.getEncoder().encodeToString(keys(realm).getPublic().getEncoded());
  }

  /**
   * Signs as this realm (its key and issuer) whatever agency the token claims: a realm that lies
   * about whose its users are.
   */
  public TestTokens realm(String realm) {
    this.realm = realm;
    return this;
  }

  public TestTokens agency(String agency) {
    this.agency = agency;
    return this;
  }

  public TestTokens roles(String... roles) {
    this.roles.addAll(List.of(roles));
    return this;
  }

  public TestTokens officerId(long officerId) {
    this.officerId = officerId;
    return this;
  }

  public TestTokens expired() {
    issuedAt = Instant.now().minusSeconds(3600);
    expiresAt = Instant.now().minusSeconds(600);
    return this;
  }

  /** A token that expires {@code lifetime} from now. */
  public TestTokens expiresIn(java.time.Duration lifetime) {
    expiresAt = Instant.now().plus(lifetime);
    return this;
  }

  public TestTokens notYetValid() {
    notBefore = Instant.now().plusSeconds(600);
    return this;
  }

  public TestTokens issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  public TestTokens audience(String audience) {
    this.audience = audience;
    return this;
  }

  /** The {@code typ} claim: "Bearer" for access tokens (default), "ID" for an ID token. */
  public TestTokens type(String type) {
    this.type = type;
    return this;
  }

  /** A realm's public key as a JWKS document, as the realm publishes it. */
  public static String jwks(String realm) {
    java.security.interfaces.RSAPublicKey key =
        (java.security.interfaces.RSAPublicKey) keys(realm).getPublic();
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"test-key\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\""
        + b64.encodeToString(unsigned(key.getModulus().toByteArray()))
        + "\",\"e\":\""
        + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray()))
        + "\"}]}";
  }

  private static byte[] unsigned(byte[] bytes) {
    return bytes.length > 1 && bytes[0] == 0
        ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length)
        : bytes;
  }

  /** Signed with a key the service does not trust. */
  public TestTokens badSignature() {
    otherKey = true;
    return this;
  }

  /** Signed with a key the issuer never published, under a key id it does not know. */
  public TestTokens unknownKey() {
    otherKey = true;
    keyId = "unknown-key";
    return this;
  }

  /**
   * HS256 with the issuer's public key as the HMAC secret: the key-confusion attack on verifiers
   * that take the algorithm from the token.
   */
  public TestTokens hmacWithPublicKey() {
    hmacWithPublicKey = true;
    return this;
  }

  /** {@code alg=none}: no signature at all. */
  public TestTokens algNone() {
    unsigned = true;
    return this;
  }

  /** The realm that signs this token: the one named, else the agency's, else pa-snm. */
  String signer() {
    return realm != null
        ? realm
        : agency != null && TestTokenEndpoint.REALMS.containsKey(agency)
            ? TestTokenEndpoint.REALMS.get(agency)
            : "pa-snm";
  }

  public String token() {
    String signer = signer();
    String iss = issuer != null ? issuer : TestTokenEndpoint.shared().url() + "/realms/" + signer;
    KeyPair keys = keys(signer);
    JwtClaimsBuilder claims =
        Jwt.claims()
            .issuer(iss)
            .audience(audience)
            .subject("sub-" + username)
            .claim("preferred_username", username)
            .claim("typ", type)
            .issuedAt(issuedAt)
            .expiresAt(expiresAt)
            .groups(roles);
    if (agency != null) {
      claims.claim("agency", agency);
    }
    if (client != null) {
      claims.claim("azp", client);
    }
    if (officerId != null) {
      claims.claim("officer_id", officerId);
    }
    if (notBefore != null) {
      claims.claim("nbf", notBefore.getEpochSecond());
    }
    if (hmacWithPublicKey) {
      return claims
          .jws()
          .keyId(keyId)
          .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
          .sign(new javax.crypto.spec.SecretKeySpec(keys.getPublic().getEncoded(), "HmacSHA256"));
    }
    PrivateKey key = otherKey ? OTHER_KEYS.getPrivate() : keys.getPrivate();
    String signed = claims.jws().keyId(keyId).sign(key);
    if (unsigned) {
      // Same claims, header alg=none and no signature: the classic forgery.
      String payload = signed.split("\\.")[1];
      return b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
    }
    return signed;
  }

  /** {@code Bearer <token>}, for an Authorization header. */
  public String bearer() {
    return "Bearer " + token();
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyPair keys(String realm) {
    return KEYS.computeIfAbsent(realm, r -> generate());
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
