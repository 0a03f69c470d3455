package com.deliverysupervision.cluster;

import com.deliverysupervision.DeliverySupervisionApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One application node in a JVM of its own, with its job executor on, on a shared database; stopped
 * gracefully or killed as a crashed machine would be.
 */
final class Node implements AutoCloseable {
  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private Node(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static Node start(
      String name,
      String profiles,
      String jdbcUrl,
      String user,
      String password,
      List<String> settings)
      throws IOException {
    int port = freePort();
    Path log = Files.createDirectories(Path.of("target", "cluster")).resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DeliverySupervisionApplication.class.getName());
    command.add("--spring.profiles.active=" + profiles);
    command.add("--server.port=" + port);
    command.add("--spring.datasource.url=" + jdbcUrl);
    command.add("--spring.datasource.username=" + user);
    command.add("--spring.datasource.password=" + password);
    command.add("--camunda.bpm.job-execution.enabled=true");
    command.addAll(settings);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Node node = new Node(name, process, port, log);
    node.awaitUp(Duration.ofMinutes(2));
    return node;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  String name() {
    return name;
  }

  /** Ends the JVM at once, as a crash: no shutdown hook, jobs it had locked stay locked. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private void awaitUp(Duration limit) throws IOException {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause();
    }
    throw new IllegalStateException(name + " did not start within " + limit + "; see " + log);
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
