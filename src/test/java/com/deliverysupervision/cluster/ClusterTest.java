package com.deliverysupervision.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.PostgresServer;
import com.deliverysupervision.support.TestDatabase;
import com.deliverysupervision.support.TestMailServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes, each a JVM with its job executor, on one PostgreSQL database, as a
 * marketplace runs them. The test drives orders through both nodes' REST APIs, most supervised SaaS
 * orders and one in ten of each Alibaba kind with tasks (double check, contract with its file,
 * step-by-step); the SaaS orders' completion timers come due on both nodes at once; one node is
 * killed halfway. Then every order must be completed and each supervised one billed, each side
 * effect exactly once (ALL-4).
 *
 * <p>Runs in the PostgreSQL run only ({@code mvn verify -Ppostgres}); {@code -Dcluster.orders=N}
 * sets the number of orders (default 600; more for a longer race).
 */
class ClusterTest {
  private static final int ORDERS = Integer.getInteger("cluster.orders", 600);
  private static final String PREFIX = "CL-";
  private static final String SAAS = "koogallery-saas-supervision";
  private static final String DOUBLE_CHECK = "alibaba-double-check-delivery";
  private static final String CONTRACT = "alibaba-contract-delivery";
  private static final String STEP_BY_STEP = "alibaba-step-by-step-delivery";
  private static final String LICENSE = "koogallery-license-delivery";

  /**
   * Orders of each index: most are supervised SaaS (billed), one in ten of each Alibaba kind and
   * one in ten a KooGallery license (settled).
   */
  private static String templateOf(int index) {
    return switch (index % 10) {
      case 1 -> DOUBLE_CHECK;
      case 2 -> CONTRACT;
      case 3 -> STEP_BY_STEP;
      case 4 -> LICENSE;
      default -> SAAS;
    };
  }

  private static final long LICENSE_ORDERS =
      java.util.stream.IntStream.range(0, ORDERS)
          .filter(i -> templateOf(i).equals(LICENSE))
          .count();

  /** GCP-3: entitlements whose billing account moves by a transfer, driven beside the orders. */
  private static final int TRANSFERS = Math.max(1, ORDERS / 100);

  /**
   * LIC-7: the orders the marketplace renews once they completed: every license (settled) and one
   * supervised SaaS order in twenty (billed).
   */
  private static boolean renewed(int index) {
    return templateOf(index).equals(LICENSE) || index % 20 == 0;
  }

  private static final long RENEWED_SAAS_ORDERS =
      java.util.stream.IntStream.range(0, ORDERS)
          .filter(i -> renewed(i) && templateOf(i).equals(SAAS))
          .count();

  private static final long SAAS_ORDERS =
      java.util.stream.IntStream.range(0, ORDERS).filter(i -> templateOf(i).equals(SAAS)).count();
  private static final List<String> SETTINGS =
      List.of(
          // Every completion timer is due at once, so both job executors compete for them.
          "--delivery.durations.order-completion=PT0S",
          "--delivery.billing.cycle=0/2 * * * * ?",
          "--delivery.settlement.cycle=1/2 * * * * ?",
          // A killed node's jobs are free for the other node after 5 seconds.
          "--camunda.bpm.job-execution.lock-time-in-millis=5000",
          "--camunda.bpm.job-execution.wait-time-in-millis=200",
          "--camunda.bpm.job-execution.max-wait=1000",
          "--logging.level.org.camunda.bpm.engine.jobexecutor=WARN");

  private final PostgresServer server = new PostgresServer();
  private TestMailServer smtp;
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String database;
  private final List<Node> nodes = new ArrayList<>();
  private volatile boolean secondNodeAlive = true;

  @BeforeEach
  void startTwoNodes() throws IOException {
    Assumptions.assumeTrue(
        TestDatabase.onPostgres(), "the cluster test runs in the PostgreSQL run (-Ppostgres)");
    database = server.createDatabase("ds_cluster");
    String url = server.urlOf(database);
    smtp = TestMailServer.startOnFreePort();
    List<String> settings = new ArrayList<>(SETTINGS);
    settings.addAll(
        List.of(
            "--spring.mail.port=" + smtp.port(),
            "--delivery.notifications.mail.poll-interval=PT1S",
            // A killed node's claimed e-mails are sent by the other after 5 seconds.
            "--delivery.notifications.mail.claim-time=PT5S"));
    // One after the other: the first creates the schema, the demo users and the deployment.
    // The demo users (default profile) serve as the cluster test's users.
    nodes.add(Node.start("node-a", "default,test", url, server.user, server.password, settings));
    nodes.add(Node.start("node-b", "default,test", url, server.user, server.password, settings));
  }

  @AfterEach
  void stopNodes() throws InterruptedException {
    for (Node node : nodes) {
      node.close();
    }
    if (smtp != null) {
      smtp.close();
    }
    if (database != null) {
      server.dropDatabase(database);
    }
  }

  @Test
  @DisplayName(
      "ALL-4 ALL-5 REL-2 LIC-7 GCP-1 GCP-3 two nodes, one killed halfway: every order of every kind completes, each supervised one is billed and each license settled, and so each renewal, sent twice at once, each transfer moves its entitlement, which the marketplace then suspends, a suspension cancels a waiting transfer once, every notification e-mailed, every side effect exactly once")
  void twoNodesOneKilled() throws Exception {
    Instant started = Instant.now();
    AtomicInteger accepted = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(8);
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      String orderId = PREFIX + i;
      int index = i;
      runs.add(
          workers.submit(
              () -> {
                deliver(orderId, index);
                if (accepted.incrementAndGet() == ORDERS / 2) {
                  killSecondNode();
                }
                return null;
              }));
    }
    for (int i = 0; i < TRANSFERS; i++) {
      String entitlementId = "CL-E-" + i;
      int index = i;
      runs.add(
          workers.submit(
              () -> {
                transfer(entitlementId, index);
                return null;
              }));
      runs.add(
          workers.submit(
              () -> {
                askTransfer("CL-X-" + index, index);
                return null;
              }));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    workers.shutdown();
    Duration driving = Duration.between(started, Instant.now());

    awaitAllCompletedAndBilled(Duration.ofMinutes(3));
    renewTwiceAtOnce();
    // REL-2 settles orders completed in an earlier month: these completed last month, as far as
    // the settlement runs of both nodes can tell, which then race for them.
    update(
        "update ds_order set completed_at = completed_at - interval '40 days'"
            + " where order_id like 'CL-%' and delivery_template = '"
            + LICENSE
            + "'");
    update(
        "update ds_renewal set renewed_at = renewed_at - interval '40 days'"
            + " where order_id like 'CL-%'");
    awaitSettled(Duration.ofMinutes(2));
    awaitTransfersEnded(Duration.ofMinutes(1));
    // GCP-1: the marketplace suspends each moved entitlement, through either node; a retried call
    // finds it suspended already and changes nothing.
    // GCP-1 GCP-5: it also suspends, twice as a retry would, each entitlement whose transfer waits
    // for the ISV: the transfer ends as cancelled once, its parties told once.
    for (int i = 0; i < TRANSFERS; i++) {
      for (String entitlementId : List.of("CL-E-" + i, "CL-X-" + i, "CL-X-" + i)) {
        call(
            i,
            "marketplace",
            "PUT",
            "/api/entitlements/" + entitlementId + "/state",
            "{\"state\": \"SUSPENDED\", \"reason\": \"Cluster test.\"}",
            200);
      }
    }
    awaitMailed(Duration.ofMinutes(2));
    System.out.printf(
        "Cluster test: %d orders through two nodes (one killed at %d) in %s, all completed and"
            + " billed after %s%n",
        ORDERS, ORDERS / 2, driving, Duration.between(started, Instant.now()));

    assertThat(
            count(
                "select count(*) from ds_order where order_id like 'CL-%' and status = 'COMPLETED'"))
        .isEqualTo(ORDERS);
    assertThat(count("select count(*) from ds_bill where order_id like 'CL-%'"))
        .isEqualTo(SAAS_ORDERS);
    assertThat(count("select count(*) from ds_settlement where order_id like 'CL-%'"))
        .isEqualTo(LICENSE_ORDERS);
    assertThat(count("select count(*) from ds_renewal where order_id like 'CL-%'"))
        .isEqualTo(LICENSE_ORDERS + RENEWED_SAAS_ORDERS);
    assertThat(count("select count(*) from ds_renewal_settlement where order_id like 'CL-%'"))
        .isEqualTo(LICENSE_ORDERS);
    assertThat(count("select count(*) from ds_renewal_bill where order_id like 'CL-%'"))
        .isEqualTo(RENEWED_SAAS_ORDERS);
    // ALL-5: the seller and the customer are told of each renewal once, though it came twice.
    assertThat(count("select count(*) from ds_notification where cause_key like 'renewal:CL-R-%'"))
        .isEqualTo(2 * (LICENSE_ORDERS + RENEWED_SAAS_ORDERS));
    assertThat(
            count(
                "select count(*) from ds_operation_record where order_id like 'CL-%'"
                    + " and action = 'Order completed'"))
        .isEqualTo(ORDERS);
    assertThat(
            count(
                "select count(*) from (select order_id from ds_operation_record where order_id like"
                    + " 'CL-%' and action = 'Validity period started' group by order_id"
                    + " having count(*) > 1) twice"))
        .isZero();
    assertThat(count("select count(*) from act_ru_incident")).isZero();
    assertEveryEmailArrivedOnce();
    assertThat(
            count("select count(*) from ds_entitlement_change where entitlement_id like 'CL-E-%'"))
        .isEqualTo(TRANSFERS);
    assertThat(
            count(
                "select count(*) from ds_entitlement where entitlement_id like 'CL-E-%'"
                    + " and billing_account_id = 'BA-NEW' and state = 'SUSPENDED'"))
        .isEqualTo(TRANSFERS);
    // Told once each, the customer and the ISV.
    assertThat(
            count(
                "select count(*) from ds_notification where message = 'entitlementStateChanged'"
                    + " and link like '%entitlement=CL-%'"))
        .isEqualTo(2L * 2 * TRANSFERS);
    assertThat(
            count(
                "select count(*) from ds_transfer where entitlement_id like 'CL-X-%'"
                    + " and state = 'CANCELLED'"))
        .isEqualTo(TRANSFERS);
    assertThat(
            count(
                "select count(*) from ds_notification where message = 'transferCancelled'"
                    + " and link like '%entitlement=CL-X-%'"))
        .isEqualTo(2L * TRANSFERS);
  }

  /**
   * GCP-3: a direct entitlement's billing account moves: the customer asks, the ISV supports and
   * files, the operations manager processes, customer and ISV approve; the move is a job of either
   * node.
   */
  private void transfer(String entitlementId, int index) throws Exception {
    askTransfer(entitlementId, index);
    int step = index;
    while (true) {
      step++;
      OpenTask open = nextTask(step, entitlementId, "customer1", "seller1", "ops1");
      if (open == null) {
        return;
      }
      JsonNode task = open.task();
      Map<String, Object> variables =
          switch (task.path("taskDefinitionKey").asText()) {
            case "Task_DecideSupport" -> Map.of("transferSupport", "support");
            case "Task_FileTransfer" ->
                Map.of(
                    "customerCompany", "Chen Trading",
                    "entitlementId", entitlementId,
                    "offerId", "offer-1",
                    "currentBillingAccountId", "BA-OLD",
                    "targetBillingAccountId", "BA-NEW",
                    "contactName", "Sam Seller",
                    "contactEmail", "sam@seller.example");
            case "Task_ProcessTransfer" -> Map.of("processDecision", "proceed");
            case "Task_ApproveTransfer" -> Map.of("approval", "approve");
            default -> throw new IllegalStateException("Unexpected task " + task);
          };
      complete(step, open, variables);
    }
  }

  /**
   * The marketplace creates a direct entitlement; its customer asks to move its billing account.
   */
  private void askTransfer(String entitlementId, int index) throws Exception {
    call(
        index,
        "marketplace",
        "POST",
        "/api/entitlements",
        mapper.writeValueAsString(
            Map.of(
                "entitlementId", entitlementId,
                "customerId", "customer1",
                "customerCompany", "Chen Trading",
                "isvId", "seller1",
                "offerId", "offer-1",
                "productId", "analytics",
                "billingAccountId", "BA-OLD")),
        201,
        409);
    call(
        index,
        "customer1",
        "POST",
        "/api/entitlements/" + entitlementId + "/transfers",
        mapper.writeValueAsString(
            Map.of("kind", "BILLING_ACCOUNT", "targetBillingAccountId", "BA-NEW")),
        201,
        409);
  }

  private void awaitTransfersEnded(Duration limit) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)
        && count(
                "select count(*) from ds_transfer where entitlement_id like 'CL-E-%'"
                    + " and state = 'IN_PROGRESS'")
            > 0) {
      Thread.sleep(1000);
    }
  }

  /**
   * ALL-4, ALL-5: every notification reached the test's SMTP server: the orders', the transfers'
   * (which belong to no order; their contacts' too, GCP-4) and the demo data's. The killed node
   * sends one e-mail at a time: at most that one was handed over and never marked sent, and is sent
   * again by the other node.
   */
  private void assertEveryEmailArrivedOnce() throws SQLException {
    List<String> sent = firstColumn("select notification_id from ds_notification");
    Map<String, Long> copies = smtp.copiesByNotification();
    assertThat(sent).isNotEmpty().allSatisfy(id -> assertThat(copies).containsKey(id));
    assertThat(copies.values().stream().mapToLong(n -> n - 1).sum())
        .as("e-mails sent twice")
        .isLessThanOrEqualTo(1);
    assertThat(count("select count(*) from ds_notification where mail_state <> 'SENT'")).isZero();
    long ofTransfers =
        count("select count(*) from ds_notification where link like '%entitlement=CL-E-%'");
    assertThat(ofTransfers).as("e-mails of transfers").isPositive();
    long toContacts = count("select count(*) from ds_notification where mail_to is not null");
    assertThat(toContacts).as("e-mails to transfers' contacts (GCP-4)").isPositive();
    System.out.printf(
        "Cluster test: %d e-mails of notifications sent, %d of them of transfers, %d of those to"
            + " their contacts%n",
        sent.size(), ofTransfers, toContacts);
  }

  private void awaitMailed(Duration limit) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)
        && count("select count(*) from ds_notification where mail_state in ('PENDING', 'SENDING')")
            > 0) {
      Thread.sleep(1000);
    }
  }

  /** A task of a business key open for one of the demo users, with that user. */
  private record OpenTask(String user, JsonNode task) {}

  /** The first open task the users see, in their order; none when nothing is open. */
  private OpenTask nextTask(int step, String businessKey, String... users) throws Exception {
    for (String user : users) {
      JsonNode tasks =
          mapper.readTree(
              call(
                  step,
                  user,
                  "GET",
                  "/engine-rest/task?processInstanceBusinessKey=" + businessKey,
                  null,
                  200));
      if (tasks.size() > 0) {
        return new OpenTask(user, tasks.get(0));
      }
    }
    return null;
  }

  /**
   * Completes the task as its user. 404/409: the same step was done by a request to the killed node
   * that committed before it died.
   */
  private void complete(int step, OpenTask open, Map<String, Object> variables) throws Exception {
    call(
        step,
        open.user(),
        "POST",
        "/engine-rest/task/" + open.task().path("id").asText() + "/complete",
        completion(variables),
        204,
        404,
        409);
  }

  /** The first column of every row the query answers, as text. */
  private List<String> firstColumn(String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(server.urlOf(database), server.user, server.password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        ids.add(result.getString(1));
      }
    }
    return ids;
  }

  /** One order from placement to the customer's acceptance, each step on one of the live nodes. */
  private void deliver(String orderId, int index) throws Exception {
    call(index, "marketplace", "POST", "/api/orders", order(orderId, index), 201, 409);
    int step = index;
    while (true) {
      step++;
      OpenTask open = nextTask(step, orderId, "customer1", "seller1");
      if (open == null) {
        return;
      }
      JsonNode task = open.task();
      Map<String, Object> variables =
          switch (task.path("taskDefinitionKey").asText()) {
            case "Task_SubmitRequest" -> Map.of("serviceRequest", "Ten accounts");
            case "Task_ReviewRequest" -> Map.of("requestDecision", "accept");
            case "Task_DeliverService" -> Map.of("serviceResult", "Tenant provisioned");
            case "Task_UploadProof" ->
                Map.of("deliveryContent", "License key sent", "statementOfWork", PDF_FILE);
            case "Task_AcceptDelivery" -> Map.of("deliveryDecision", "accept");
            case "Task_SubmitDemand" ->
                Map.of(
                    "contactName", "Chen Customer",
                    "contactPhone", "+86 10 1234 5678",
                    "contactEmail", "chen@example.com",
                    "demands", "A shop site");
            case "Task_ProjectDelivery" -> Map.of();
            case "Task_UploadContract" -> Map.of("contract", PDF_FILE);
            case "Task_ConfirmDelivery" ->
                templateOf(index).equals(STEP_BY_STEP)
                    ? Map.of("stepDecision", "confirm")
                    : Map.of();
            case "Task_ConfirmWarranty" -> Map.of("warrantyDecision", "confirm");
            case "Task_FunctionalDesign" -> Map.of("functionalDesign", "Three pages");
            case "Task_Ued" -> Map.of("uedDesign", "Wireframes");
            case "Task_DevelopmentAndTesting" -> Map.of("developmentResult", "On staging");
            case "Task_ConfirmFunctionalDesign",
                "Task_ConfirmUed",
                "Task_InspectionAndAcceptance" ->
                Map.of("stepDecision", "confirm");
            default -> throw new IllegalStateException("Unexpected task " + task);
          };
      complete(step, open, variables);
    }
  }

  private String call(
      int step, String user, String method, String path, String body, int... accepted)
      throws Exception {
    for (int attempt = 0; ; attempt++) {
      Node node = nodes.get(secondNodeAlive ? step % 2 : 0);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", basic(user))
              .header("Content-Type", "application/json");
      request.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body));
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : accepted) {
          if (response.statusCode() == status) {
            return response.body();
          }
        }
        throw new AssertionError(
            method
                + " "
                + path
                + " on "
                + node.name()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      } catch (IOException nodeDied) {
        if (attempt > 3) {
          throw nodeDied;
        }
      }
    }
  }

  private void killSecondNode() {
    try {
      secondNodeAlive = false;
      nodes.get(1).kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitAllCompletedAndBilled(Duration limit)
      throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (count("select count(*) from ds_bill where order_id like 'CL-%'") == SAAS_ORDERS
          && count(
                  "select count(*) from ds_order where order_id like 'CL-%'"
                      + " and status = 'COMPLETED'")
              == ORDERS) {
        return;
      }
      Thread.sleep(1000);
    }
  }

  private void awaitSettled(Duration limit) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)
        && (count("select count(*) from ds_settlement where order_id like 'CL-%'") < LICENSE_ORDERS
            || count("select count(*) from ds_renewal_settlement where order_id like 'CL-%'")
                < LICENSE_ORDERS
            || count("select count(*) from ds_renewal_bill where order_id like 'CL-%'")
                < RENEWED_SAAS_ORDERS)) {
      Thread.sleep(1000);
    }
  }

  /**
   * LIC-7 REL-2 SAAS-3: the marketplace renews the orders {@link #renewed}, sending each renewal
   * twice at once as a retry would; it renews once, and the runs settle or bill it once.
   */
  private void renewTwiceAtOnce() throws Exception {
    ExecutorService senders = Executors.newFixedThreadPool(8);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < ORDERS; i++) {
      if (!renewed(i)) {
        continue;
      }
      String orderId = PREFIX + i;
      String renewal =
          "{\"renewalId\": \"CL-R-%d\", \"period\": \"P1M\", \"amount\": 49.00}".formatted(i);
      for (int copy = 0; copy < 2; copy++) {
        int step = i + copy;
        sent.add(
            senders.submit(
                () ->
                    call(
                        step,
                        "marketplace",
                        "POST",
                        "/api/orders/" + orderId + "/renewals",
                        renewal,
                        200)));
      }
    }
    for (Future<?> renewal : sent) {
      renewal.get();
    }
    senders.shutdown();
  }

  private void update(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(server.urlOf(database), server.user, server.password);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private long count(String sql) throws SQLException {
    return Long.parseLong(firstColumn(sql).get(0));
  }

  private String order(String orderId, int index) throws IOException {
    Map<String, Object> order = new java.util.LinkedHashMap<>();
    order.put("orderId", orderId);
    order.put("productId", "product-" + index % 10);
    order.put("specification", "Team edition");
    order.put("sellerId", "seller1");
    order.put("customerId", "customer1");
    order.put("amount", 120);
    order.put("currency", "USD");
    order.put("deliveryTemplate", templateOf(index));
    if (templateOf(index).equals(SAAS) || templateOf(index).equals(LICENSE)) {
      order.put("purchasedPeriod", "P1M");
    }
    if (templateOf(index).equals(LICENSE)) {
      order.put("deliveryPeriodDays", 30);
    }
    if (templateOf(index).equals(DOUBLE_CHECK)) {
      order.put("warrantyPeriod", "P90D");
    }
    return mapper.writeValueAsString(order);
  }

  /** A signed contract or a statement of work as Camunda's REST API takes a file: a small PDF. */
  private static final Map<String, Object> PDF_FILE =
      Map.of(
          "value",
          Base64.getEncoder()
              .encodeToString(
                  "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"
                      .getBytes(StandardCharsets.US_ASCII)),
          "type",
          "File",
          "valueInfo",
          Map.of("filename", "contract.pdf", "mimetype", "application/pdf"));

  private String completion(Map<String, Object> variables) throws IOException {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    // A map is a typed value as Camunda's REST API takes it (a file); anything else a plain value.
    variables.forEach(
        (name, value) ->
            body.put(name, value instanceof Map<?, ?> typed ? typed : Map.of("value", value)));
    return mapper.writeValueAsString(Map.of("variables", body));
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }
}
