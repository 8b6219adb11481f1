package org.puente.gateway;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The proxies whose {@code X-Forwarded-For} is believed (the ingress controller), as addresses or
 * CIDR blocks. From any other peer the header is ignored: a client that sets it itself cannot pass
 * for another address and escape its rate limit. Plain Java; no name is ever looked up.
 */
public final class TrustedProxies {

  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = blocks;
  }

  /** From the configured entries ({@code 10.0.0.0/8}, {@code 192.0.2.7}, {@code fd00::/8}). */
  public static TrustedProxies of(List<String> entries) {
    List<Block> blocks = new ArrayList<>();
    for (String raw : entries) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      byte[] address = parse(slash < 0 ? entry : entry.substring(0, slash));
      if (address == null) {
        throw new IllegalArgumentException("Not an IP address or CIDR block: " + entry);
      }
      int bits = address.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("Not a CIDR block: " + entry, e);
        }
        if (bits < 0 || bits > address.length * 8) {
          throw new IllegalArgumentException("Not a CIDR block: " + entry);
        }
      }
      blocks.add(new Block(address, bits));
    }
    return new TrustedProxies(List.copyOf(blocks));
  }

  /** Whether the peer at this address is a trusted proxy. */
  public boolean trusts(String address) {
    byte[] bytes = parse(address);
    return bytes != null && blocks.stream().anyMatch(b -> b.contains(bytes));
  }

  /**
   * The client's address: the peer's own, unless the peer is a trusted proxy; then the nearest
   * address in {@code X-Forwarded-For} (read from the right, as each proxy appends the one it saw)
   * that is not itself a trusted proxy. Entries further left were written by the client and are
   * never believed.
   */
  public String clientAddress(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String client = peer;
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = strip(hops[i]);
      if (parse(hop) == null) {
        return client; // unreadable: stop at the last address a trusted proxy vouched for
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** An address as written in the header: IPv6 may come in brackets, IPv4 with a port. */
  private static String strip(String hop) {
    String h = hop.strip();
    if (h.startsWith("[") && h.indexOf(']') > 0) {
      return h.substring(1, h.indexOf(']'));
    }
    if (h.indexOf(':') > 0 && h.indexOf(':') == h.lastIndexOf(':') && h.contains(".")) {
      return h.substring(0, h.indexOf(':'));
    }
    return h;
  }

  /** The bytes of an IP literal; null for anything else (never a name lookup). */
  private static byte[] parse(String address) {
    if (address == null || !LITERAL.matcher(address).matches()) {
      return null;
    }
    if (address.indexOf(':') < 0) {
      // Dotted IPv4 only: anything else would be taken for a host name and looked up.
      String[] octets = address.split("\\.", -1);
      if (octets.length != 4) {
        return null;
      }
      for (String octet : octets) {
        if (!octet.matches("\\d{1,3}") || Integer.parseInt(octet) > 255) {
          return null;
        }
      }
    }
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
  }

  private record Block(byte[] network, int bits) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      for (int i = 0; i < bits; i++) {
        int mask = 0x80 >> (i % 8);
        if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
