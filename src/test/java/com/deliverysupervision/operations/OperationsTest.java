package com.deliverysupervision.operations;

import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.ProviderOutageDelegate;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What operators rely on: health, metrics, the overdue view, failed jobs. */
@DeliveryApplicationTest
class OperationsTest {
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;
  @Autowired TestOrders orders;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired ManagementService managementService;
  @Autowired ApiCalls api;
  @Autowired TestUsers users;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("Health answers without a login, for load balancers")
  void healthIsOpen() throws Exception {
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mapper.readTree(health.getBody()).path("status").asText()).isEqualTo("UP");
  }

  @Test
  @DisplayName(
      "Prometheus metrics need a login and give orders by status, open tasks per role, overdue deliveries and failed jobs")
  void metrics() {
    orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    String metrics = api.get(OPERATIONS, "/actuator/prometheus").getBody();
    assertThat(metrics)
        .containsPattern("delivery_orders\\{status=\"PROCESSING\"\\} [1-9]")
        .containsPattern("delivery_tasks_open\\{role=\"customers\"\\} [1-9]")
        .contains("delivery_deliveries_overdue")
        .contains("delivery_jobs_failed");
  }

  @Test
  @DisplayName(
      "ALL-2 the metrics are the marketplace's figures: operations managers, administrators and the configured scrape account read them, parties do not")
  void metricsOnlyForThoseWhoRunTheMarketplace() {
    String scraper = "metricsScraper";
    // The Prometheus server's account (application-test.yaml), in no group.
    if (identityService.createUserQuery().userId(scraper).count() == 0) {
      users.create(scraper);
    }
    for (String reader : List.of(OPERATIONS, TestOrders.MARKETPLACE, scraper)) {
      assertThat(api.get(reader, "/actuator/prometheus").getStatusCode())
          .as(reader)
          .isEqualTo(HttpStatus.OK);
    }
    for (String party : List.of(TestOrders.CUSTOMER, SELLER, "reseller1")) {
      ResponseEntity<String> refused = api.get(party, "/actuator/prometheus");
      assertThat(refused.getStatusCode()).as(party).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).contains("operations managers").doesNotContain("delivery_");
    }
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName(
      "ALI-2 the overdue view lists a delivery whose automatic confirmation is due within a day, to operators only; the overdue gauge counts what it shows as overdue")
  void overdueView() throws Exception {
    Instant delivered = Instant.parse("2026-05-04T08:00:00Z");
    Order order = deliveredAt(delivered);

    ClockUtil.setCurrentTime(
        Date.from(delivered.plus(Duration.ofDays(13)).plus(Duration.ofHours(1))));
    JsonNode items = overdueAs(OPERATIONS);
    JsonNode item = find(items, order.orderId(), "Confirmation period over");
    assertThat(item.path("kind").asText()).isEqualTo("DEADLINE");
    assertThat(item.path("overdue").asBoolean()).isFalse();

    ClockUtil.setCurrentTime(
        Date.from(delivered.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(1))));
    JsonNode late = overdueAs(OPERATIONS);
    assertThat(find(late, order.orderId(), "Confirmation period over").path("overdue").asBoolean())
        .isTrue();
    assertThat(find(late, order.orderId(), "Confirm delivery").path("kind").asText())
        .isEqualTo("TASK");
    assertThat(overdueGauge()).isEqualTo(overdueIn(late));

    assertThat(api.get(SELLER, "/api/orders/overdue").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName(
      "SAAS-8 ALI-1 a frozen delivery's steps are neither listed nor counted as overdue while its dispute stands: the frozen time counts against nobody")
  void frozenStepsAreNotOverdue() throws Exception {
    Instant delivered = Instant.parse("2026-05-11T08:00:00Z");
    Order order = deliveredAt(delivered);
    ResponseEntity<String> disputed =
        api.post(
            CUSTOMER,
            "/api/orders/" + order.orderId() + "/appeals",
            "{\"reason\": \"The site is not the one ordered.\"}");
    assertThat(disputed.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ClockUtil.setCurrentTime(
        Date.from(delivered.plus(Duration.ofDays(14)).plus(Duration.ofMinutes(1))));
    JsonNode items = overdueAs(OPERATIONS);
    for (JsonNode item : items) {
      assertThat(item.path("orderId").asText()).isNotEqualTo(order.orderId());
    }
    assertThat(overdueGauge()).isEqualTo(overdueIn(items));
  }

  @Test
  @DisplayName(
      "A failing delegate is retried after 1, 5, 15 and 60 minutes, then becomes an incident with its message")
  void failedJobsBackOffThenBecomeIncidents() {
    BpmnModelInstance failing =
        Bpmn.createExecutableProcess("test-provider-outage")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .serviceTask("Task_CallProvider")
            .camundaAsyncBefore()
            .camundaClass(ProviderOutageDelegate.class.getName())
            .endEvent()
            .done();
    repositoryService
        .createDeployment()
        .addModelInstance("test-provider-outage.bpmn", failing)
        .deploy();
    Instant start = Instant.parse("2026-06-01T00:00:00Z");
    ClockUtil.setCurrentTime(Date.from(start));
    String instance = runtimeService.startProcessInstanceByKey("test-provider-outage").getId();

    Instant now = start;
    for (Duration backoff :
        new Duration[] {
          Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)
        }) {
      executeFailing(instance);
      Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      assertThat(job.getDuedate().toInstant()).isEqualTo(now.plus(backoff));
      now = now.plus(backoff);
      ClockUtil.setCurrentTime(Date.from(now));
    }
    executeFailing(instance);

    Incident incident =
        runtimeService.createIncidentQuery().processInstanceId(instance).singleResult();
    assertThat(incident.getIncidentMessage()).isEqualTo(ProviderOutageDelegate.MESSAGE);
    assertThat(
            managementService.createJobQuery().processInstanceId(instance).noRetriesLeft().count())
        .isOne();
  }

  private void executeFailing(String instance) {
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
    try {
      managementService.executeJob(job.getId());
    } catch (RuntimeException expected) {
      assertThat(expected).hasMessageContaining(ProviderOutageDelegate.MESSAGE);
    }
  }

  @Test
  @DisplayName(
      "The overdue view gives the soonest items first, as many as asked; a limit out of range gets 400 saying why")
  void overdueViewInPages() throws Exception {
    Instant delivered = Instant.parse("2026-08-03T08:00:00Z");
    deliveredAt(delivered);
    ClockUtil.setCurrentTime(Date.from(delivered.plus(Duration.ofDays(14)).plusSeconds(60)));
    JsonNode all = overdueAs(OPERATIONS);
    JsonNode first = mapper.readTree(api.get(OPERATIONS, "/api/orders/overdue?limit=1").getBody());
    assertThat(all.size()).isGreaterThan(1);
    assertThat(first).hasSize(1);
    // Items due at the same moment may come in either order.
    assertThat(first.get(0).path("dueAt")).isEqualTo(all.get(0).path("dueAt"));
    for (String limit : new String[] {"0", "1001"}) {
      ResponseEntity<String> refused = api.get(OPERATIONS, "/api/orders/overdue?limit=" + limit);
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(mapper.readTree(refused.getBody()).path("detail").asText())
          .contains("limit must be between 1 and 1000");
    }
  }

  /** An order whose seller delivered at the given moment: the customer's confirmation is open. */
  private Order deliveredAt(Instant delivered) {
    ClockUtil.setCurrentTime(Date.from(delivered));
    Order order = orders.place(AlibabaBasicDelivery.PROCESS_KEY);
    taskService.complete(orders.openTaskOf(order), TestOrders.demand());
    taskService.complete(orders.openTaskOf(order));
    return order;
  }

  private static long overdueIn(JsonNode items) {
    long overdue = 0;
    for (JsonNode item : items) {
      overdue += item.path("overdue").asBoolean() ? 1 : 0;
    }
    return overdue;
  }

  private long overdueGauge() {
    String metrics = api.get(OPERATIONS, "/actuator/prometheus").getBody();
    Matcher gauge = Pattern.compile("(?m)^delivery_deliveries_overdue ([0-9.]+)$").matcher(metrics);
    assertThat(gauge.find()).as(metrics).isTrue();
    return (long) Double.parseDouble(gauge.group(1));
  }

  private JsonNode overdueAs(String user) throws Exception {
    ResponseEntity<String> response = api.get(user, "/api/orders/overdue?limit=1000");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return mapper.readTree(response.getBody());
  }

  private static JsonNode find(JsonNode items, String orderId, String step) {
    for (JsonNode item : items) {
      if (item.path("orderId").asText().equals(orderId)
          && item.path("step").asText().equals(step)) {
        return item;
      }
    }
    throw new AssertionError("No item " + step + " for order " + orderId + " in " + items);
  }
}
