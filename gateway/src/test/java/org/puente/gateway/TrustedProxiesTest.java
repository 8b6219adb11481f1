package org.puente.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from a trusted proxy, and only as far as proxies vouch. */
class TrustedProxiesTest {

  private final TrustedProxies ingress = TrustedProxies.of(List.of("10.42.0.0/16", "192.0.2.7"));

  @Test
  void withNoProxyNamedTheHeaderIsNeverBelieved() {
    TrustedProxies none = TrustedProxies.of(List.of());
    assertEquals("10.42.1.5", none.clientAddress("10.42.1.5", "203.0.113.9"));
    assertEquals("127.0.0.1", none.clientAddress("127.0.0.1", "203.0.113.9"));
    assertFalse(none.trusts("127.0.0.1"));
  }

  @Test
  void aClientThatSetsTheHeaderItselfKeepsItsOwnAddress() {
    assertEquals("198.51.100.3", ingress.clientAddress("198.51.100.3", "203.0.113.9"));
    assertEquals("198.51.100.3", ingress.clientAddress("198.51.100.3", "10.42.0.9"));
  }

  @Test
  void fromTheIngressTheAddressItSawIsTheClients() {
    assertEquals("203.0.113.9", ingress.clientAddress("10.42.3.4", "203.0.113.9"));
    assertEquals("203.0.113.9", ingress.clientAddress("192.0.2.7", " 203.0.113.9 "));
    assertEquals("10.42.3.4", ingress.clientAddress("10.42.3.4", null), "no header: the peer");
  }

  @Test
  void whatTheClientWroteBeforeTheProxyAppendedIsIgnored() {
    // The client sent "X-Forwarded-For: 1.2.3.4"; the ingress appended the address it saw.
    assertEquals("203.0.113.9", ingress.clientAddress("10.42.3.4", "1.2.3.4, 203.0.113.9"));
    // Through two trusted proxies: the first address no trusted proxy is at.
    assertEquals(
        "203.0.113.9", ingress.clientAddress("10.42.3.4", "1.2.3.4, 203.0.113.9, 10.42.7.7"));
    // Garbage in the chain stops at the last address a proxy vouched for.
    assertEquals("10.42.7.7", ingress.clientAddress("10.42.3.4", "evil.example, 10.42.7.7"));
  }

  @Test
  void addressesAreMatchedByBlockAndFamily() {
    assertTrue(ingress.trusts("10.42.255.255"));
    assertFalse(ingress.trusts("10.43.0.1"));
    assertFalse(ingress.trusts("192.0.2.8"));
    assertFalse(ingress.trusts("::1"));
    assertFalse(ingress.trusts("not-an-address"));
    assertFalse(ingress.trusts("999.1.1.1"));
    TrustedProxies v6 = TrustedProxies.of(List.of("fd00::/8"));
    assertTrue(v6.trusts("fd12:3456::1"));
    assertFalse(v6.trusts("fe80::1"));
    assertEquals("2001:db8::5", v6.clientAddress("fd00::1", "[2001:db8::5]"));
    assertEquals(
        "203.0.113.9",
        TrustedProxies.of(List.of("0.0.0.0/0")).clientAddress("8.8.8.8", "203.0.113.9:5123"));
  }

  @Test
  void aMistypedEntryIsRefusedAtStart() {
    for (String bad : List.of("10.0.0.0/33", "ingress.local", "10.0.0/8", "10.0.0.0/x")) {
      assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of(bad)), bad);
    }
  }
}
