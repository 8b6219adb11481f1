package org.puente.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser for the portal: signs in through Keycloak's login form and keeps the session. */
public final class Browser {

  private Browser() {}

  /** Signs in at the gateway's own realm through Keycloak's login form, as a browser does. */
  public static HttpClient signIn(URI gateway, String username) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    // 1. The portal sends the browser to Keycloak, which shows its login form.
    HttpResponse<String> page = get(browser, gateway, "text/html");
    assertEquals(302, page.statusCode());
    HttpResponse<String> form =
        get(browser, URI.create(page.headers().firstValue("Location").orElseThrow()), "text/html");
    assertEquals(200, form.statusCode());
    Matcher action =
        Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(form.body());
    assertTrue(action.find(), "a login form");
    // 2. The user signs in; Keycloak sends them back to the gateway with a code.
    HttpResponse<String> back =
        browser.send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=demo&credentialId="))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, back.statusCode(), back.body());
    URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
    assertEquals(gateway.getPort(), callback.getPort());
    // 3. The gateway exchanges the code, opens a session and returns to the page asked for.
    HttpResponse<String> session = get(browser, callback, "text/html");
    assertTrue(
        session.statusCode() == 302 || session.statusCode() == 200,
        "callback: " + session.statusCode());
    return browser;
  }

  public static HttpResponse<String> get(HttpClient client, URI uri, String accept)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A page, waiting out the portal's per-user limit if a test's pages come faster than it. */
  public static HttpResponse<String> page(HttpClient client, URI uri) throws Exception {
    return page(client, uri, "en");
  }

  /** A page in a language, waiting out the portal's per-user limit as {@link #page} does. */
  public static HttpResponse<String> page(HttpClient client, URI uri, String language)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/html")
            .header("Accept-Language", language)
            .GET()
            .build();
    HttpResponse<String> page = client.send(request, HttpResponse.BodyHandlers.ofString());
    for (int i = 0; i < 5 && page.statusCode() == 429; i++) {
      Thread.sleep(1000L * Long.parseLong(page.headers().firstValue("Retry-After").orElse("1")));
      page = client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    return page;
  }
}
