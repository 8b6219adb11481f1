package org.puente.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request sent from a chosen loopback address (e.g. 127.0.0.2, the tests' trusted "ingress"),
 * which an HTTP client library cannot do: HTTP/1.1 written by hand, the connection then closed.
 */
final class FromAddress {

  record Answer(int status, List<String> headerLines, String body) {
    List<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headerLines.stream()
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(l -> l.substring(prefix.length()).strip())
          .toList();
    }
  }

  private FromAddress() {}

  static Answer get(String local, URI gateway, String path, Map<String, String> headers)
      throws IOException {
    try (Socket socket =
        new Socket(
            InetAddress.getByName(gateway.getHost()),
            gateway.getPort(),
            InetAddress.getByName(local),
            0)) {
      StringBuilder request =
          new StringBuilder("GET " + path + " HTTP/1.1\r\n")
              .append("Host: ")
              .append(gateway.getHost())
              .append(':')
              .append(gateway.getPort())
              .append("\r\nConnection: close\r\n");
      headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int end = raw.indexOf("\r\n\r\n");
      String[] head = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
      int status = Integer.parseInt(head[0].split(" ")[1]);
      List<String> lines = new ArrayList<>(List.of(head).subList(1, head.length));
      return new Answer(status, lines, end < 0 ? "" : raw.substring(end + 4));
    }
  }
}
