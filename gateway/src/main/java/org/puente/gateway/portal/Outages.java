package org.puente.gateway.portal;

import jakarta.enterprise.context.RequestScoped;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The services a page found away while it was drawn (refused connection, no answer in time, or 502,
 * 503 or 504 from the deployment that owns them), each with its owning agency. {@link Backend}
 * records them; every page gets them as {@code away} (service → the notice in the reader's
 * language) and the {@code unavailable} tag turns only that service's panels into the notice, so a
 * partner that is away never takes the rest of the page with it.
 */
@RequestScoped
public class Outages {

  private final Map<String, String> agencies = new LinkedHashMap<>();

  /** The service (route name, e.g. "funding") did not answer; its owner may be unknown (""). */
  public synchronized void record(String service, String agency) {
    agencies.putIfAbsent(service, agency == null ? "" : agency);
  }

  public synchronized boolean isAway(String service) {
    return agencies.containsKey(service);
  }

  synchronized Map<String, String> snapshot() {
    return new LinkedHashMap<>(agencies);
  }

  /**
   * The notices, by service, read when the page is drawn (so a read made after the page was started
   * counts): "{agency}'s service is unavailable right now; the rest of this page works".
   */
  Map<String, String> notices(Map<String, String> words, Function<String, String> agencyName) {
    return new AbstractMap<>() {
      @Override
      public Set<Entry<String, String>> entrySet() {
        Map<String, String> notices = new LinkedHashMap<>();
        snapshot()
            .forEach(
                (service, agency) ->
                    notices.put(service, notice(words, agencyName, agency, "away_panel")));
        return notices.entrySet();
      }
    };
  }

  /** The notice for one agency's service, from the message {@code key} ({agency} is the agency). */
  static String notice(
      Map<String, String> words, Function<String, String> agencyName, String agency, String key) {
    if (agency == null || agency.isBlank()) {
      return words.get("panel_unavailable");
    }
    return words.get(key).replace("{agency}", agencyName.apply(agency));
  }
}
