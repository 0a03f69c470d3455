package com.deliverysupervision.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) on the port the tests' configuration names, started and stopped by
 * the test that needs it, as an outage would.
 */
public final class TestMailServer implements AutoCloseable {
  /** The tests' spring.mail.port (application-test.yaml). */
  public static final int PORT = 39025;

  private final GreenMail server;

  private TestMailServer(int port) {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** A server on the tests' port, with no message received yet. */
  public static TestMailServer start() {
    return new TestMailServer(PORT);
  }

  /** A server on a free port (for application nodes of their own). */
  public static TestMailServer startOnFreePort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return new TestMailServer(port);
  }

  public int port() {
    return server.getSmtp().getServerSetup().getPort();
  }

  /** The messages received for the address. */
  public List<MimeMessage> receivedBy(String address) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(message -> recipientsOf(message).contains(address))
        .toList();
  }

  /** How many times each notification's e-mail arrived, by notification ID. */
  public Map<String, Long> copiesByNotification() {
    return Arrays.stream(server.getReceivedMessages())
        .map(TestMailServer::notificationOf)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  public static String notificationOf(MimeMessage message) {
    try {
      return message.getHeader("X-Delivery-Notification", null);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  private static String recipientsOf(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
