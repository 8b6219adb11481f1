package org.puente.common.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.puente.common.concurrency.Versions;
import org.puente.common.idempotency.Idempotency;

/** The answers resources give, with {@code Location} and {@code ETag} set the same way. */
public final class Responses {

  /** Marks a create answered from the idempotency store rather than done again. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private Responses() {}

  /** 201 with {@code Location} = request path + id (or {@code collectionPath} + id). */
  public static <T extends Identified> Response created(
      UriInfo uri, String collectionPath, Idempotency.Outcome<T> outcome) {
    T body = outcome.body();
    Response.ResponseBuilder builder =
        Response.created(uri.getBaseUriBuilder().path(collectionPath).path("{id}").build(body.id()))
            .entity(body)
            .header(HttpHeaders.ETAG, Versions.etag(body.version()));
    if (outcome.replayed()) {
      builder.header(REPLAYED, "true");
    }
    return builder.build();
  }

  /** 201 with the given {@code Location}, for a resource that is not addressed by its id. */
  public static <T extends Identified> Response createdAt(
      java.net.URI location, Idempotency.Outcome<T> outcome) {
    Response.ResponseBuilder builder =
        Response.created(location)
            .entity(outcome.body())
            .header(HttpHeaders.ETAG, Versions.etag(outcome.body().version()));
    if (outcome.replayed()) {
      builder.header(REPLAYED, "true");
    }
    return builder.build();
  }

  /** 200 with the body's {@code ETag}. */
  public static Response ok(Identified body) {
    return Response.ok(body).header(HttpHeaders.ETAG, Versions.etag(body.version())).build();
  }
}
