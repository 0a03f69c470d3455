package com.deliverysupervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class OthersEmailsWithheldTest {
  @Autowired IdentityService identityService;
  @Autowired TestOrders orders;
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TestUsers users;

  @BeforeEach
  void businessRelation() {
    orders.place(AlibabaBasicDelivery.PROCESS_KEY);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  @DisplayName(
      "ALL-2 LIC-6 a seller reads its customer's name, not its e-mail address; its own address, and everyone's for operations and the application itself")
  void addressesWithheldFromParties() throws Exception {
    String customerAddress = addressOf(TestOrders.CUSTOMER);
    assertThat(customerAddress).isNotBlank();

    identityService.setAuthentication(TestOrders.SELLER, List.of(Roles.SELLERS));
    var customer = identityService.createUserQuery().userId(TestOrders.CUSTOMER).singleResult();
    assertThat(customer.getLastName()).isNotBlank();
    assertThat(customer.getEmail()).isNull();
    assertThat(
            identityService.createUserQuery().userId(TestOrders.SELLER).singleResult().getEmail())
        .isNotBlank();
    var profile =
        mapper.readTree(
            api.get(TestOrders.SELLER, "/engine-rest/user/" + TestOrders.CUSTOMER + "/profile")
                .getBody());
    assertThat(profile.path("lastName").asText()).isNotBlank();
    assertThat(profile.path("email").isMissingNode() || profile.path("email").isNull()).isTrue();

    identityService.setAuthentication(TestOrders.OPERATIONS, List.of(Roles.OPERATIONS_MANAGERS));
    assertThat(
            identityService.createUserQuery().userId(TestOrders.CUSTOMER).singleResult().getEmail())
        .isEqualTo(customerAddress);
    identityService.clearAuthentication();
    assertThat(addressOf(TestOrders.CUSTOMER)).as("stored as it was").isEqualTo(customerAddress);
  }

  @Test
  @DisplayName(
      "ALL-2 LIC-6 a seller cannot search or sort its customers by e-mail address to guess it a letter at a time (400); operations managers can")
  void noSearchByAddress() throws Exception {
    String letter = addressOf(TestOrders.CUSTOMER).substring(0, 1);
    for (String query :
        List.of(
            "/engine-rest/user/count?id=" + TestOrders.CUSTOMER + "&emailLike=" + letter + "%25",
            "/engine-rest/user?emailLike=" + letter + "%25",
            "/engine-rest/user?email=" + addressOf(TestOrders.CUSTOMER),
            "/engine-rest/user?sortBy=email&sortOrder=asc")) {
      var answer = api.get(TestOrders.SELLER, query);
      assertThat(answer.getStatusCode().value()).as(query).isEqualTo(400);
      assertThat(answer.getBody()).contains("not searched or sorted by e-mail address");
      assertThat(api.get(TestOrders.OPERATIONS, query).getStatusCode().value())
          .as(query)
          .isEqualTo(200);
    }
    assertThat(api.get(TestOrders.SELLER, "/engine-rest/user/count").getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "ALL-2 a party learns the groups of no user it may not read: asked whether a stranger is a customer too, Camunda's API answers nothing; its own groups are read as before")
  void groupsOfStrangersWithheld() throws Exception {
    String stranger = TestUsers.newUserId("stranger");
    users.create(stranger, Roles.CUSTOMERS);
    for (String query :
        List.of(
            "/engine-rest/identity/groups?userId=" + stranger,
            "/engine-rest/group?member=" + stranger)) {
      var answer = api.get(TestOrders.CUSTOMER, query);
      assertThat(answer.getStatusCode().value()).as(query).isEqualTo(200);
      assertThat(answer.getBody()).as(query).doesNotContain(Roles.CUSTOMERS);
    }
    assertThat(
            api.get(TestOrders.CUSTOMER, "/engine-rest/group/count?member=" + stranger).getBody())
        .contains("\"count\":0");
    assertThat(
            api.get(
                    TestOrders.CUSTOMER,
                    "/engine-rest/identity/groups?userId=" + TestOrders.CUSTOMER)
                .getBody())
        .contains(Roles.CUSTOMERS);
  }

  private String addressOf(String userId) {
    return identityService.createUserQuery().userId(userId).singleResult().getEmail();
  }
}
