package org.puente.gateway.portal;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch: remembered in a cookie for a year, then back to the same page. */
@Path("/portal/language")
@Authenticated
public class LanguageSwitch {

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response choose(@FormParam("lang") String language, @FormParam("back") String back) {
    String chosen = Texts.LANGUAGES.contains(language) ? language : Texts.LANGUAGES.get(0);
    return Response.seeOther(URI.create(localPath(back)))
        .cookie(
            new NewCookie.Builder(Views.LANGUAGE_COOKIE)
                .value(chosen)
                .path("/")
                .maxAge(365 * 24 * 3600)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build())
        .build();
  }

  /** Only a path on this site: never an open redirect to somewhere else. */
  static String localPath(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.startsWith("/\\")
        || back.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    try {
      URI uri = URI.create(back);
      return uri.getHost() == null && uri.getScheme() == null ? back : "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
