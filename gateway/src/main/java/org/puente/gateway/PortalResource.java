package org.puente.gateway;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The portal's entry page, behind the code-flow login. (The portal itself grows from here.) */
@Path("/")
public class PortalResource {

  private final SecurityIdentity identity;

  PortalResource(SecurityIdentity identity) {
    this.identity = identity;
  }

  @GET
  @Authenticated
  @Produces(MediaType.TEXT_HTML)
  public String home() {
    String name = escape(identity.getPrincipal().getName());
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Puente</title></head>"
        + "<body><main><h1>Puente</h1><p>Signed in as <strong id=\"user\">"
        + name
        + "</strong>.</p></main></body></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
