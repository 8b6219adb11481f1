package org.puente.gateway.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may call which API operation, read from {@code authorization-policy.txt}: the table the
 * adversarial suite checks every service against. The portal offers an action only to a user the
 * table lets reach its operation ("allow"; "hidden", where the role is right but a record may not
 * be visible; "gated", where a certification decides), so what the portal offers and what the
 * services do cannot drift apart.
 */
@ApplicationScoped
public class Policy {

  private final Map<String, Set<String>> reach = new HashMap<>();

  Policy() {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("authorization-policy.txt")) {
      if (in == null) {
        throw new IllegalStateException("authorization-policy.txt is missing");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = lines.readLine()) != null; ) {
        parse(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether any of the roles, in the agency, reaches the operation. */
  public boolean reaches(String operationId, Set<String> roles, String agency) {
    Set<String> cells = reach.getOrDefault(operationId, Set.of());
    for (String role : roles) {
      if (cells.contains(role + "@" + agency)
          || cells.contains("*@" + agency)
          || cells.contains(role + "@*")
          || cells.contains("*@*")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the table has a row for the operation (a misspelt id would offer nothing). */
  public boolean knows(String operationId) {
    return reach.containsKey(operationId);
  }

  private void parse(String line) {
    String text = line.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return;
    }
    String[] words = text.split("\\s+");
    Set<String> cells = reach.computeIfAbsent(words[0], k -> new HashSet<>());
    for (int i = 1; i < words.length; i++) {
      // "allow:", "hidden:" and "gated:" all reach the operation; each of the groups after one is
      // roles@agencies (several when the roles differ by agency: "a@PA-SNM b@*").
      if (words[i].endsWith(":")) {
        continue;
      }
      String[] roleAgency = words[i].split("@");
      for (String role : roleAgency[0].split(",")) {
        for (String agency : roleAgency[1].split(",")) {
          cells.add(role + "@" + agency);
        }
      }
    }
  }
}
