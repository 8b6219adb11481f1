package org.puente.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;

/**
 * The answers resources give, with {@code Location} and {@code ETag} set the same way. Typed
 * ({@link RestResponse}), so the OpenAPI document names every success body.
 */
public final class Responses {

  /** Marks a create answered from the idempotency store rather than done again. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private Responses() {}

  /** 201 with {@code Location} = request path + id (or {@code collectionPath} + id). */
  public static <T extends Identified> RestResponse<T> created(
      UriInfo uri, String collectionPath, Idempotency.Outcome<T> outcome) {
    return createdAt(
        uri.getBaseUriBuilder().path(collectionPath).path("{id}").build(outcome.body().id()),
        outcome);
  }

  /** 201 with the given {@code Location}, for a resource that is not addressed by its id. */
  public static <T extends Identified> RestResponse<T> createdAt(
      URI location, Idempotency.Outcome<T> outcome) {
    RestResponse.ResponseBuilder<T> builder =
        RestResponse.ResponseBuilder.<T>created(location)
            .entity(outcome.body())
            .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
    if (outcome.replayed()) {
      builder.header(REPLAYED, "true");
    }
    return builder.build();
  }

  /** 200 with the body's {@code ETag}. */
  public static <T extends Identified> RestResponse<T> ok(T body) {
    return RestResponse.ResponseBuilder.ok(body)
        .header(HttpHeaders.ETAG, Versions.etag(body.version()))
        .build();
  }
}
