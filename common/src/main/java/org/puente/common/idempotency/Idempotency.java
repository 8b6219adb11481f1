package org.puente.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.puente.common.problem.ProblemException;
import org.puente.common.problem.ProblemType;
import org.puente.common.security.Caller;

/**
 * {@code Idempotency-Key} for creates. The key is claimed with an insert in the same transaction as
 * the work: a concurrent request with the same key waits on that row, then replays the stored
 * answer once the first commits (or does the work itself if the first rolled back). So the work
 * happens exactly once however many times the client retries, without polling or locks of our own.
 */
@ApplicationScoped
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";

  private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,128}");

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  /** The answer of a create and whether it was replayed from an earlier request. */
  public record Outcome<T>(T body, boolean replayed) {}

  /**
   * Runs {@code work} once per (caller, key). {@code scope} names the operation (method and path),
   * {@code request} is the body whose hash must match on replay.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <T> Outcome<T> once(
      Caller caller, String key, String scope, Object request, Class<T> type, Supplier<T> work) {
    if (key == null) {
      return new Outcome<>(work.get(), false);
    }
    if (!ACCEPTABLE.matcher(key).matches()) {
      throw ProblemException.invalid(HEADER, "must be 1 to 128 printable ASCII characters");
    }
    String owner = caller.agency().code() + "/" + caller.username();
    String hash = hash(scope, request);
    // Twice at most: the record seen by a refused claim may be purged (its window over) before it
    // is read, and then the key is a new request.
    Outcome<T> outcome = claimOrReplay(owner, key, scope, hash, type, work);
    if (outcome == null) {
      outcome = claimOrReplay(owner, key, scope, hash, type, work);
    }
    if (outcome == null) {
      throw new IllegalStateException("idempotency record vanished twice");
    }
    return outcome;
  }

  /** The outcome, or null when the record that refused the claim was purged meanwhile. */
  private <T> Outcome<T> claimOrReplay(
      String owner, String key, String scope, String hash, Class<T> type, Supplier<T> work) {
    int claimed =
        em.createNativeQuery(
                "insert into idempotency_record (caller, idem_key, scope, request_hash)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, owner)
            .setParameter(2, key)
            .setParameter(3, scope)
            .setParameter(4, hash)
            .executeUpdate();
    if (claimed == 1) {
      T body = work.get();
      em.flush();
      em.createNativeQuery(
              "update idempotency_record set response = ?1 where caller = ?2 and idem_key = ?3")
          .setParameter(1, write(body))
          .setParameter(2, owner)
          .setParameter(3, key)
          .executeUpdate();
      return new Outcome<>(body, false);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select request_hash, response from idempotency_record"
                    + " where caller = ?1 and idem_key = ?2")
            .setParameter(1, owner)
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return null;
    }
    Object[] stored = rows.get(0);
    if (!hash.equals(stored[0]) || stored[1] == null) {
      throw new ProblemException(
          ProblemType.IDEMPOTENCY_KEY_REUSED,
          "This Idempotency-Key was first used with another request; use a new key");
    }
    return new Outcome<>(read((String) stored[1], type), true);
  }

  private String hash(String scope, Object request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(scope.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException | JsonProcessingException e) {
      throw new IllegalStateException("cannot hash request", e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store answer", e);
    }
  }

  private <T> T read(String stored, Class<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot replay answer", e);
    }
  }
}
