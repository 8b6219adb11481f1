package org.puente.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puente.testing.TestTokens;

/**
 * The packaged gateway, started as its own process with a 128 MB heap, streams a 200 MB answer from
 * a service to the client: bodies are never buffered whole.
 */
class StreamingIT {

  private static final long BYTES = 200L * 1024 * 1024;

  @Test
  void twoHundredMegabytesPassThroughAGatewayWith128MegabytesOfHeap() throws Exception {
    HttpServer backend = BackendStubs.start("training");
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    Path log = Files.createTempFile("gateway-streaming", ".log");
    Process gateway =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.oidc.application-type=service",
                    "-Dquarkus.oidc.auth-server-url=",
                    "-Dquarkus.oidc.public-key=" + TestTokens.publicKey(),
                    "-Dquarkus.oidc.token.issuer=" + TestTokens.ISSUER,
                    "-Dquarkus.oidc.token.audience=puente",
                    "-Dquarkus.oidc.client-id=puente-gateway",
                    "-Dquarkus.oidc.credentials.secret=unused",
                    "-DOIDC_ISSUER=unused",
                    "-DOIDC_CLIENT_SECRET=unused",
                    "-DPUENTE_AGENCY=PA-SNM",
                    // The trusted realms: never asked here (the token is the default tenant's).
                    "-DTRUST_PA_SNM_ISSUER=https://issuer.invalid/realms/pa-snm",
                    "-DTRUST_US_DHS_ISSUER=https://issuer.invalid/realms/us-dhs",
                    "-DTRUST_US_DOS_ISSUER=https://issuer.invalid/realms/us-dos",
                    "-DTRAINING_URL=http://127.0.0.1:" + backend.getAddress().getPort(),
                    "-DREMOVALS_URL=http://127.0.0.1:9",
                    "-DFUNDING_URL=http://127.0.0.1:9",
                    "-jar",
                    Path.of("target", "quarkus-app", "quarkus-run.jar").toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      URI base = URI.create("http://127.0.0.1:" + port);
      awaitLive(client, base, gateway, log);
      HttpResponse<InputStream> response =
          client.send(
              HttpRequest.newBuilder(base.resolve("/api/v1/training/stream?bytes=" + BYTES))
                  .header("Authorization", TestTokens.user("bulk").agency("PA-SNM").bearer())
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, response.statusCode());
      long received = 0;
      byte[] buffer = new byte[256 * 1024];
      try (InputStream in = response.body()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          received += n;
        }
      }
      assertEquals(BYTES, received);
      assertTrue(gateway.isAlive(), "the gateway survived");
      assertFalse(Files.readString(log).contains("OutOfMemoryError"), "no OutOfMemoryError");
    } finally {
      gateway.destroy();
      gateway.waitFor();
      backend.stop(0);
    }
  }

  private static void awaitLive(HttpClient client, URI base, Process gateway, Path log)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      assertTrue(gateway.isAlive(), () -> "gateway stopped:\n" + read(log));
      try {
        if (client
                .send(
                    HttpRequest.newBuilder(base.resolve("/q/health/live")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("gateway did not start:\n" + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
