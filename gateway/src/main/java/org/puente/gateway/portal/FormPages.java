package org.puente.gateway.portal;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages that hold forms: each draws, for a portal path it serves, the page again (by its own GET
 * method), so that a refused form is shown where it was filled in, with what was typed.
 */
public interface FormPages {

  /** The page at this portal path, or empty when the path is not one of this class's pages. */
  Optional<Response> page(String path);

  /** The path's match of the pattern (which must match it whole), or empty. */
  static Optional<Matcher> match(String path, Pattern pattern) {
    Matcher m = pattern.matcher(path);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }
}
