package org.puente.gateway;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for 127.0.0.1: like a browser, it treats loopback as a secure context, so
 * {@code Secure} cookies (Keycloak's) are sent over plain HTTP to it. Cookies are kept per host.
 */
final class LoopbackCookies extends CookieHandler {

  private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

  @Override
  public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
    Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
    if (cookies.isEmpty()) {
      return Map.of();
    }
    return Map.of(
        "Cookie",
        List.of(
            cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "))));
  }

  @Override
  public void put(URI uri, Map<String, List<String>> responseHeaders) {
    Map<String, String> cookies =
        byHost.computeIfAbsent(uri.getHost(), h -> new ConcurrentHashMap<>());
    responseHeaders.forEach(
        (name, values) -> {
          if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
            for (String header : values) {
              for (HttpCookie c : HttpCookie.parse(header)) {
                if (c.getMaxAge() == 0) {
                  cookies.remove(c.getName());
                } else {
                  cookies.put(c.getName(), c.getValue());
                }
              }
            }
          }
        });
  }
}
