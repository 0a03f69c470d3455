package com.deliverysupervision.catalogue;

import static com.deliverysupervision.catalogue.ListedProducts.ready;
import static com.deliverysupervision.support.TestOrders.CUSTOMER;
import static com.deliverysupervision.support.TestOrders.MARKETPLACE;
import static com.deliverysupervision.support.TestOrders.OPERATIONS;
import static com.deliverysupervision.support.TestOrders.OTHER_SELLER;
import static com.deliverysupervision.support.TestOrders.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.license.LicenseDelivery2022;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A seller releases a product; a marketplace administrator reviews it (REL-3..REL-7). */
@DeliveryApplicationTest
class ProductReleaseTest {
  // Monday 2026-06-08, 10:00 in the marketplace's zone (Asia/Shanghai): no holiday that week.
  private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-06-08T10:00:00+08:00");

  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired TestUsers users;
  @Autowired JdbcClient jdbc;
  ListedProducts listing;

  @BeforeEach
  void monday() {
    listing = new ListedProducts(api, mapper, taskService, users);
    ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
  }

  @Test
  @DisplayName(
      "REL-6 ALL-2 a seller saves a draft with only a name and edits it; only the seller and administrators see it")
  void draftIsTheSellers() throws Exception {
    String productId = listing.create(SELLER, "{\"name\": \"Backup Pro\"}");
    assertThat(product(SELLER, productId).path("status").asText()).isEqualTo("DRAFT");

    ResponseEntity<String> edited =
        api.put(SELLER, "/api/products/" + productId, ready("Backup Pro 2"));
    assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(edited).path("working").path("name").asText()).isEqualTo("Backup Pro 2");
    assertThat(body(edited).path("workingRevision").asInt()).isEqualTo(1);

    for (String outsider : List.of(OTHER_SELLER, CUSTOMER, OPERATIONS)) {
      assertThat(api.get(outsider, "/api/products/" + productId).getStatusCode())
          .as(outsider)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(api.get(outsider, "/api/products?name=Backup Pro 2").getBody())
          .as(outsider)
          .doesNotContain(productId);
    }
    assertThat(
            api.put(OTHER_SELLER, "/api/products/" + productId, ready("Mine now")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get(MARKETPLACE, "/api/products/" + productId).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.get(SELLER, "/api/products?name=backup pro 2").getBody()).contains(productId);
  }

  @Test
  @DisplayName(
      "ALL-3 bad input to the product API is refused with 400 naming the field, and nothing is stored")
  void badInputIsRefused() {
    long before = products();
    Map<String, String> refusals =
        Map.of(
            "name", "{\"name\": \" \"}",
            "name must be one line", "{\"name\": \"Analytics\\r\\nBcc: someone@example.com\"}",
            "serviceFlowTemplate", "{\"name\": \"X\", \"serviceFlowTemplate\": \"no-such-flow\"}",
            "deliveryPeriodDays", "{\"name\": \"X\", \"deliveryPeriodDays\": 0}",
            "deliveryPeriodDays from 1 to 365", "{\"name\": \"X\", \"deliveryPeriodDays\": 366}",
            "currency", "{\"name\": \"X\", \"currency\": \"XYZ\"}",
            "specifications[0]",
                "{\"name\": \"X\", \"currency\": \"USD\", \"specifications\": [{\"name\": \"S\","
                    + " \"billing\": \"ONE_TIME\", \"pricingTemplate\": \"SIMPLE\"}]}",
            "deliveryMethod", "{\"name\": \"X\", \"deliveryMethod\": \"CARRIER_PIGEON\"}",
            "JSON", "{\"name\": ");
    refusals.forEach(
        (field, json) -> {
          ResponseEntity<String> response = api.post(SELLER, "/api/products", json);
          assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(response.getBody()).as(field).contains(field.split(" ")[0]);
        });
    assertThat(api.post(CUSTOMER, "/api/products", ready("Not a seller")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(products()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "REL-1 REL-2 SAAS-3 LIC-8 a product's delivery process pays as its delivery method is paid: a LICENSE product on the SaaS supervision (billed, never settled) or a SAAS product on a license delivery is refused with 400 naming the processes that fit, as is the earlier license process, which orders reach by their date; nothing is stored")
  void deliveryProcessFitsTheMethod() throws Exception {
    long before = products();
    Map<String, List<String>> fitting =
        Map.of(
            "LICENSE", List.of(LicenseDelivery.PROCESS_KEY),
            "SAAS", List.of(SaasSupervision.PROCESS_KEY),
            "PROFESSIONAL_SERVICE", List.of(AlibabaBasicDelivery.PROCESS_KEY));
    Map<String, String> mismatched =
        Map.of(
            "LICENSE", SaasSupervision.PROCESS_KEY,
            "SAAS", LicenseDelivery.PROCESS_KEY,
            "PROFESSIONAL_SERVICE", SaasSupervision.PROCESS_KEY);
    for (Map.Entry<String, String> product : mismatched.entrySet()) {
      String method = product.getKey();
      String draft =
          mapper.writeValueAsString(
              Map.of(
                  "name",
                  "Mismatched",
                  "deliveryMethod",
                  method,
                  "serviceFlowTemplate",
                  product.getValue()));
      ResponseEntity<String> response = api.post(SELLER, "/api/products", draft);
      assertThat(response.getStatusCode()).as(method).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody())
          .as(method)
          .contains("does not deliver a " + method + " product")
          .contains(fitting.get(method));
    }
    String earlierLicense =
        mapper.writeValueAsString(
            Map.of(
                "name", "Old terms",
                "deliveryMethod", "LICENSE",
                "serviceFlowTemplate", LicenseDelivery2022.PROCESS_KEY));
    ResponseEntity<String> refused = api.post(SELLER, "/api/products", earlierLicense);
    assertThat(refused.getStatusCode())
        .as("LIC-8 orders reach the earlier license process by their date, not by a product")
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(api.get(SELLER, "/api/delivery-processes")).findValuesAsText("processKey"))
        .doesNotContain(LicenseDelivery2022.PROCESS_KEY);
    assertThat(products()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "REL-6 ALL-3 an incomplete draft cannot be submitted for release: 400 naming each missing field, and it stays a draft")
  void incompleteDraftIsNotSubmitted() throws Exception {
    String productId = listing.create(SELLER, "{\"name\": \"Half done\"}");

    ResponseEntity<String> response = listing.submit(SELLER, productId);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody())
        .contains("deliveryMethod", "serviceFlowTemplate", "deliveryPeriodDays", "currency")
        .contains("deliveryItems", "specifications");
    assertThat(product(SELLER, productId).path("workingState").asText()).isEqualTo("DRAFT");
    assertThat(listing.reviewOf(productId)).isNull();
  }

  @Test
  @DisplayName(
      "REL-6 REL-7 a draft of 50 specifications with long names goes to review: the review form's summary ends where a process variable's text ends, saying where the rest is")
  void longDraftGoesToReview() throws Exception {
    String specification =
        "{\"name\": \"%s\", \"billing\": \"ONE_TIME\", \"pricingTemplate\": \"SIMPLE\","
            + " \"price\": {\"oneTime\": 1}}";
    String specifications =
        IntStream.rangeClosed(1, 50)
            .mapToObj(i -> specification.formatted("S%02d-".formatted(i) + "x".repeat(100)))
            .collect(Collectors.joining(", "));
    String productId =
        listing.create(
            SELLER,
            """
            {"name": "Many editions", "deliveryMethod": "SAAS",
             "serviceFlowTemplate": "koogallery-saas-supervision", "deliveryPeriodDays": 7,
             "currency": "USD", "deliveryItems": ["License key"], "specifications": [%s]}
            """
                .formatted(specifications));

    ResponseEntity<String> submitted = listing.submit(SELLER, productId);

    assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
    String summary =
        (String)
            runtimeService.getVariable(
                listing.reviewOf(productId).getProcessInstanceId(), ProductRelease.PRODUCT_SUMMARY);
    assertThat(summary).hasSize(4000).endsWith("(the rest on its page under Products)");
  }

  @Test
  @DisplayName(
      "REL-7 an approved release lists the product for every logged-in user; the seller reads the result with the reason")
  void approvedReleaseIsListed() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Listed"));
    JsonNode request = body(listing.submit(SELLER, productId));

    listing.review(productId, "approve", "Meets the release requirements.");

    JsonNode listed = product(CUSTOMER, productId);
    assertThat(listed.path("status").asText()).isEqualTo("LISTED");
    assertThat(listed.path("listed").path("name").asText()).isEqualTo("Backup Listed");
    assertThat(listed.has("working")).isFalse();
    assertThat(api.get(CUSTOMER, "/api/products?name=backup listed").getBody()).contains(productId);
    JsonNode result = requests(SELLER, productId).get(0);
    assertThat(result.path("requestId").asText()).isEqualTo(request.path("requestId").asText());
    assertThat(result.path("outcome").asText()).isEqualTo("APPROVED");
    assertThat(result.path("reason").asText()).isEqualTo("Meets the release requirements.");
    assertThat(result.path("decidedBy").asText()).isEqualTo(MARKETPLACE);
    assertThat(
            api.get(CUSTOMER, "/api/products/" + productId + "/release-requests").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName(
      "REL-6 REL-7 a rejected release returns the draft to the seller with the reason; edited and resubmitted, a new review starts")
  void rejectedThenResubmitted() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Rejected"));
    listing.submit(SELLER, productId);

    listing.review(
        productId, "reject", "The delivery period of 7 days is too short for an on-site install.");

    JsonNode draft = product(SELLER, productId);
    assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
    assertThat(requests(SELLER, productId).get(0).path("reason").asText()).contains("too short");
    assertThat(
            api.put(SELLER, "/api/products/" + productId, ready("Backup Rejected", 14))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(listing.submit(SELLER, productId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(listing.reviewOf(productId)).isNotNull();
    assertThat(requests(SELLER, productId)).hasSize(2);
  }

  @Test
  @DisplayName(
      "REL-6 the seller withdraws a pending request: the review task disappears and the product is a draft again; under review it cannot be edited")
  void withdrawnRequest() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Withdrawn"));
    listing.submit(SELLER, productId);
    assertThat(api.put(SELLER, "/api/products/" + productId, ready("Changed")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    ResponseEntity<String> withdrawn =
        api.delete(SELLER, "/api/products/" + productId + "/release-requests/pending");

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(withdrawn).path("outcome").asText()).isEqualTo("WITHDRAWN");
    assertThat(listing.reviewOf(productId)).isNull();
    assertThat(product(SELLER, productId).path("workingState").asText()).isEqualTo("DRAFT");
    assertThat(
            api.delete(SELLER, "/api/products/" + productId + "/release-requests/pending")
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  @DisplayName(
      "REL-6 REL-7 a review cancelled in Cockpit ends its request as CANCELLED with the reason; the product is a draft again, which its seller edits and submits anew")
  void cancelledReview() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Cancelled"));
    String requestId = body(listing.submit(SELLER, productId)).path("requestId").asText();

    runtimeService.deleteProcessInstance(requestId, "Reviewed by phone by mistake");

    JsonNode product = product(SELLER, productId);
    assertThat(product.path("workingState").asText()).isEqualTo("DRAFT");
    assertThat(product.path("releaseRequests").get(0).path("outcome").asText())
        .isEqualTo("CANCELLED");
    assertThat(product.path("releaseRequests").get(0).path("reason").asText())
        .isEqualTo("Reviewed by phone by mistake");
    assertThat(api.put(SELLER, "/api/products/" + productId, ready("Backup Again")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(listing.submit(SELLER, productId).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  @DisplayName(
      "REL-7 editing a listed product makes a new revision under the same review; the listed revision stays on sale until the new one is approved")
  void newRevisionOfAListedProduct() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Revised"));
    listing.submit(SELLER, productId);
    listing.review(productId, "approve", "Fine.");

    api.put(SELLER, "/api/products/" + productId, ready("Backup Revised", 30));
    listing.submit(SELLER, productId);
    JsonNode meanwhile = product(CUSTOMER, productId);
    assertThat(meanwhile.path("listedRevision").asInt()).isEqualTo(1);
    assertThat(meanwhile.path("listed").path("deliveryPeriodDays").asInt()).isEqualTo(7);

    listing.review(productId, "approve", "Longer period accepted.");

    JsonNode after = product(CUSTOMER, productId);
    assertThat(after.path("listedRevision").asInt()).isEqualTo(2);
    assertThat(after.path("listed").path("deliveryPeriodDays").asInt()).isEqualTo(30);
    assertThat(
            jdbc.sql("select state from ds_product_revision where product_id = ? and revision = 1")
                .param(productId)
                .query(String.class)
                .single())
        .isEqualTo("SUPERSEDED");
  }

  @Test
  @DisplayName(
      "REL-7 a Friday submission is due at the end of Wednesday: the review task carries the promise, and past it the review shows in the operators' overdue view")
  void fridaySubmissionDueWednesday() throws Exception {
    ClockUtil.setCurrentTime(Date.from(MONDAY.plusDays(4).toInstant()));
    String productId = listing.create(SELLER, ready("Backup Friday"));

    JsonNode request = body(listing.submit(SELLER, productId));

    OffsetDateTime endOfWednesday = OffsetDateTime.parse("2026-06-18T00:00:00+08:00");
    assertThat(OffsetDateTime.parse(request.path("reviewDueAt").asText()))
        .isEqualTo(endOfWednesday);
    assertThat(listing.reviewOf(productId).getDueDate().toInstant())
        .isEqualTo(endOfWednesday.toInstant());
    assertThat(overdueReviewOf(productId)).isNull();
    ClockUtil.setCurrentTime(Date.from(endOfWednesday.plusMinutes(1).toInstant()));
    JsonNode late = overdueReviewOf(productId);
    assertThat(late.path("step").asText()).isEqualTo("Review the release request");
    assertThat(late.path("overdue").asBoolean()).isTrue();
    assertThat(late.has("orderId")).isFalse();
  }

  @Test
  @DisplayName(
      "REL-7 one seller's 9th request of a calendar day is due in 3 working days; with 10 or more that day, the 10th and 11th in 5")
  void busySellerWaitsLonger() throws Exception {
    String seller = TestUsers.newUserId("busyseller");
    users.create(seller, Roles.SELLERS);
    List<String> dues = new java.util.ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      String productId = listing.create(seller, ready("Busy " + i));
      dues.add(body(listing.submit(seller, productId)).path("reviewDueAt").asText());
    }
    OffsetDateTime endOfThursday = OffsetDateTime.parse("2026-06-12T00:00:00+08:00");
    OffsetDateTime endOfNextMonday = OffsetDateTime.parse("2026-06-16T00:00:00+08:00");
    assertThat(OffsetDateTime.parse(dues.get(8))).isEqualTo(endOfThursday);
    assertThat(OffsetDateTime.parse(dues.get(9))).isEqualTo(endOfNextMonday);
    assertThat(OffsetDateTime.parse(dues.get(10))).isEqualTo(endOfNextMonday);
  }

  @Test
  @DisplayName("ALL-2 a seller cannot edit, submit or withdraw another seller's listed product")
  void othersListedProductIsReadOnly() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Shared"));
    listing.submit(SELLER, productId);
    listing.review(productId, "approve", "Fine.");

    assertThat(product(OTHER_SELLER, productId).path("status").asText()).isEqualTo("LISTED");
    assertThat(api.put(OTHER_SELLER, "/api/products/" + productId, ready("Mine")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(listing.submit(OTHER_SELLER, productId).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.delete(OTHER_SELLER, "/api/products/" + productId + "/release-requests/pending")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName(
      "REL-4 REL-5 a customer gets the price of a selection of a listed product from its catalogue entry; a selection it does not offer is refused with 400")
  void quote() throws Exception {
    String productId = listing.create(SELLER, ready("Backup Quoted"));
    listing.submit(SELLER, productId);
    listing.review(productId, "approve", "Fine.");

    ResponseEntity<String> quote =
        api.post(
            CUSTOMER,
            "/api/products/" + productId + "/quotes",
            "{\"specification\": \"Standard\", \"purchasedPeriod\": \"P3M\"}");
    assertThat(quote.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(quote).path("amount").decimalValue()).isEqualByComparingTo("60.00");
    assertThat(body(quote).path("serviceFlowTemplate").asText())
        .isEqualTo("koogallery-saas-supervision");

    ResponseEntity<String> refused =
        api.post(
            CUSTOMER,
            "/api/products/" + productId + "/quotes",
            "{\"specification\": \"Standard\", \"purchasedPeriod\": \"P1D\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("purchasedPeriod");
  }

  @Test
  @DisplayName(
      "REL-1 REL-6 a seller picks the delivery process of a product by its name: each one a product may name is listed with the delivery methods it fits")
  void deliveryProcessesByName() throws Exception {
    JsonNode processes = body(api.get(SELLER, "/api/delivery-processes"));
    assertThat(processes.findValuesAsText("processKey"))
        .contains(LicenseDelivery.PROCESS_KEY, SaasSupervision.PROCESS_KEY)
        .doesNotHaveDuplicates();
    assertThat(processes)
        .anySatisfy(
            process -> {
              assertThat(process.path("processKey").asText())
                  .isEqualTo(LicenseDelivery.PROCESS_KEY);
              assertThat(process.path("name").asText()).isEqualTo("KooGallery license delivery");
              assertThat(mapper.convertValue(process.path("deliveryMethods"), List.class))
                  .containsExactly("LICENSE");
            });
    // Every process listed is one a draft may name with each method it fits (its check and this
    // list cannot drift apart).
    for (JsonNode process : processes) {
      String processKey = process.path("processKey").asText();
      assertThat(process.path("deliveryMethods")).as(processKey).isNotEmpty();
      for (JsonNode method : process.path("deliveryMethods")) {
        String draft =
            mapper.writeValueAsString(
                Map.of(
                    "name",
                    "Uses " + processKey,
                    "deliveryMethod",
                    method.asText(),
                    "serviceFlowTemplate",
                    processKey));
        assertThat(api.post(SELLER, "/api/products", draft).getStatusCode())
            .as(processKey + " " + method)
            .isEqualTo(HttpStatus.CREATED);
      }
    }
  }

  private JsonNode product(String user, String productId) throws Exception {
    ResponseEntity<String> response = api.get(user, "/api/products/" + productId);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return body(response);
  }

  private JsonNode overdueReviewOf(String productId) throws Exception {
    for (JsonNode item : body(api.get(OPERATIONS, "/api/orders/overdue?limit=1000"))) {
      if (productId.equals(item.path("productId").asText())) {
        return item;
      }
    }
    return null;
  }

  private JsonNode requests(String user, String productId) throws Exception {
    return body(api.get(user, "/api/products/" + productId + "/release-requests"));
  }

  private long products() {
    return jdbc.sql("select count(*) from ds_product").query(Long.class).single();
  }

  private JsonNode body(ResponseEntity<String> response) throws Exception {
    return mapper.readTree(response.getBody());
  }
}
