package org.puente.common.http;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds {@code Cache-Control: no-store} to every answer of a {@link PersonalData} endpoint. */
public class NoStoreFilter {

  @PersonalData
  @ServerResponseFilter
  public void noStore(ContainerResponseContext response) {
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
