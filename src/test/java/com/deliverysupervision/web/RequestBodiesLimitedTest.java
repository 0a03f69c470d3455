package com.deliverysupervision.web;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** ALL-3: no request fills the server's memory, whichever API it is sent to. */
@DeliveryApplicationTest
class RequestBodiesLimitedTest {
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;

  @Value("${delivery.engine-api.max-request-bytes}")
  long limit;

  @Test
  @DisplayName(
      "ALL-3 a body over the limit sent to Camunda's REST API or Tasklist's engine API is refused before it is read: 413 with the limit for a declared length, also for one sent in chunks; the task stays open and nothing is set")
  void oversizedEngineRequestIsRefused() throws Exception {
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    String task = orders.openTaskOf(order);
    String path = "/engine-rest/task/" + task + "/submit-form";

    for (String api :
        List.of(path, "/camunda/api/engine/engine/default/task/" + task + "/submit-form")) {
      String declared = declaredOnly(api, limit + 1);
      assertThat(declared).as(api).startsWith("HTTP/1.1 413");
      assertThat(declared).as(api).contains("at most " + limit);
    }

    String head = "{\"variables\": {\"contactName\": {\"value\": \"";
    String tail = "\"}}}";
    InputStream body =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)),
                    new Repeated((byte) 'a', limit),
                    new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)))));
    HttpResponse<String> chunked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(rest.getRootUri() + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", basic(CUSTOMER))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
    assertThat(mapper.readTree(chunked.body()).path("message").asText())
        .contains("longer than " + limit + " bytes");

    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(runtimeService.getVariable(order.processInstanceId(), "contactName")).isNull();
  }

  /** Sends only the request's head, declaring a body of that length, and reads the answer. */
  private String declaredOnly(String path, long length) throws IOException {
    URI root = URI.create(rest.getRootUri());
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + root.getHost()
                  + "\r\nAuthorization: "
                  + basic(CUSTOMER)
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] answer = new byte[4096];
      int read = socket.getInputStream().read(answer);
      return new String(answer, 0, Math.max(read, 0), StandardCharsets.UTF_8);
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
  }

  /** A byte repeated, without holding it in memory. */
  private static final class Repeated extends InputStream {
    private final byte value;
    private long left;

    Repeated(byte value, long count) {
      this.value = value;
      this.left = count;
    }

    @Override
    public int read() {
      if (left == 0) {
        return -1;
      }
      left--;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (left == 0) {
        return -1;
      }
      int count = (int) Math.min(length, left);
      java.util.Arrays.fill(buffer, offset, offset + count, value);
      left -= count;
      return count;
    }
  }
}
