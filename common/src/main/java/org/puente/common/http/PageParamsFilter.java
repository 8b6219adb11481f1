package org.puente.common.http;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.puente.common.paging.PageRequest;

/**
 * Refuses a malformed {@code ?limit=} or {@code ?cursor=} before the resource runs. {@link
 * PageRequest} parses them when the page is read, which for a list of a case's records comes after
 * the case is read and that read logged; a request refused for its paging must be neither.
 */
public class PageParamsFilter {

  @ServerRequestFilter
  public void refuseBadPaging(UriInfo uri) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    if (query.containsKey("limit") || query.containsKey("cursor")) {
      PageRequest page = PageRequest.of(query.getFirst("limit"), query.getFirst("cursor"));
      page.limit();
      page.afterId();
    }
  }
}
