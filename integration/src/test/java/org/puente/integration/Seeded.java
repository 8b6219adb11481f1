package org.puente.integration;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Personal data the tests send, remembered so the logs can be searched for it afterwards. */
final class Seeded {

  private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

  private Seeded() {}

  /** A unique name, remembered. */
  static String name(String stem) {
    String name = stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    VALUES.add(name);
    return name;
  }

  /** A birth date, remembered in the forms a log line could carry it. */
  static String date(LocalDate date) {
    VALUES.add(date.toString());
    return date.toString();
  }

  static void remember(String value) {
    VALUES.add(value);
  }

  static Set<String> values() {
    return Set.copyOf(VALUES);
  }
}
