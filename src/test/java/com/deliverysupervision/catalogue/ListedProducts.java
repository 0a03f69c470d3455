package com.deliverysupervision.catalogue;

import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Products as sellers release them through the API and an administrator reviews them. Made by each
 * test, not a bean: the benchmark runs the application with the test classes, without ApiCalls.
 */
public class ListedProducts {
  private final ApiCalls api;
  private final ObjectMapper mapper;
  private final TaskService taskService;
  private final TestUsers users;

  public ListedProducts(
      ApiCalls api, ObjectMapper mapper, TaskService taskService, TestUsers users) {
    this.api = api;
    this.mapper = mapper;
    this.taskService = taskService;
    this.users = users;
  }

  /** A product ready for release, delivered within {@code days}, with one simple specification. */
  public static String ready(String name, int days) {
    return """
        {"name": "%s", "deliveryMethod": "SAAS",
         "serviceFlowTemplate": "koogallery-saas-supervision", "deliveryPeriodDays": %d,
         "currency": "USD", "deliveryItems": ["License key", "Installation guide"],
         "specifications": [{"name": "Standard", "billing": "YEARLY_MONTHLY",
           "pricingTemplate": "SIMPLE", "price": {"perMonth": 20.00, "perYear": 200.00}}]}
        """
        .formatted(name, days);
  }

  public static String ready(String name) {
    return ready(name, 7);
  }

  /** A license product ready for release: it follows the license delivery (REL-1). */
  public static String readyLicense(String name) {
    return ready(name)
        .replace("\"SAAS\"", "\"LICENSE\"")
        .replace(SaasSupervision.PROCESS_KEY, LicenseDelivery.PROCESS_KEY);
  }

  /** The seller's product, created, submitted and approved; its ID. */
  public String listed(String seller, String json) throws Exception {
    String productId = create(seller, json);
    submit(seller, productId);
    review(productId, "approve", "Meets the release requirements.");
    return productId;
  }

  public String create(String seller, String json) throws Exception {
    ResponseEntity<String> response = api.post(seller, "/api/products", json);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return mapper.readTree(response.getBody()).path("productId").asText();
  }

  ResponseEntity<String> submit(String seller, String productId) {
    return api.post(seller, "/api/products/" + productId + "/release-requests", "");
  }

  /** As the marketplace administrator, in the review task. */
  public void review(String productId, String decision, String reason) {
    Task review = reviewOf(productId);
    users.actAs(MARKETPLACE);
    try {
      taskService.complete(
          review.getId(), Map.of(ProductRelease.DECISION, decision, ProductRelease.REASON, reason));
    } finally {
      users.logOut();
    }
  }

  Task reviewOf(String productId) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(productId)
        .taskDefinitionKey(ProductRelease.TASK_REVIEW)
        .singleResult();
  }
}
