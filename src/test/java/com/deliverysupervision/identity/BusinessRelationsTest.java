package com.deliverysupervision.identity;

import static com.deliverysupervision.support.TestUsers.newUserId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderRows;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderStatus;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ALL-2: whose profile a seller, customer or reseller reads, and from when. */
@DeliveryApplicationTest
class BusinessRelationsTest {
  @Autowired ApiCalls api;
  @Autowired ObjectMapper mapper;
  @Autowired TestUsers users;
  @Autowired OrderService orderService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcClient jdbc;
  @Autowired RoleSetup roleSetup;
  @Autowired ApplicationContext application;

  String seller;
  String customer;
  String otherCustomer;

  @BeforeEach
  void newUsers() {
    seller = newUserId("seller");
    customer = newUserId("customer");
    otherCustomer = newUserId("customer");
    users.create(seller, Roles.SELLERS);
    users.create(customer, Roles.CUSTOMERS);
    users.create(otherCustomer, Roles.CUSTOMERS);
  }

  @Test
  @DisplayName(
      "ALL-2 a seller and a customer read each other's profile from their first order on, and nobody else's")
  void partiesReadEachOtherFromTheirFirstOrder() throws Exception {
    // Camunda answers a profile the caller may not read as one that does not exist.
    assertThat(profileStatus(seller, customer)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(userIds(seller)).containsExactly(seller);

    place(seller, customer);

    assertThat(profileStatus(seller, customer)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(customer, seller)).isEqualTo(HttpStatus.OK);
    assertThat(userIds(seller)).containsExactlyInAnyOrder(seller, customer);
    assertThat(userIds(customer)).containsExactlyInAnyOrder(seller, customer);
    assertThat(
            mapper
                .readTree(api.get(customer, "/engine-rest/user/" + seller + "/profile").getBody())
                .path("email")
                .asText())
        .isEqualTo(seller + "@privacy.example");
    assertThat(profileStatus(otherCustomer, seller)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(profileStatus(otherCustomer, customer)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(profileStatus(seller, otherCustomer)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(userIds(otherCustomer)).containsExactly(otherCustomer);
  }

  @Test
  @DisplayName("ALL-2 operations managers and administrators read every user")
  void operationsAndAdministratorsReadAll() {
    for (String reader : List.of(TestOrders.OPERATIONS, TestOrders.MARKETPLACE)) {
      assertThat(profileStatus(reader, customer)).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(profileStatus(reader, otherCustomer)).as(reader).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  @DisplayName(
      "ALL-2 the user and group lists a party sees reveal no other member of its group, nor whether another user is in one")
  void groupListsRevealNoOtherMember() throws Exception {
    place(seller, customer);

    assertThat(userIds(customer, "?memberOfGroup=" + Roles.CUSTOMERS)).containsExactly(customer);
    JsonNode groups =
        mapper.readTree(
            api.get(customer, "/engine-rest/identity/groups?userId=" + customer).getBody());
    assertThat(groups.path("groups").findValuesAsText("id")).containsExactly(Roles.CUSTOMERS);
    assertThat(groups.path("groupUsers").findValuesAsText("id")).isEmpty();
    assertThat(
            mapper
                .readTree(api.get(customer, "/engine-rest/group?member=" + otherCustomer).getBody())
                .findValuesAsText("id"))
        .as("whether another user is a customer too")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "ALL-2 further orders of the same pair grant nothing twice, and a grant an administrator gave by hand stays")
  void furtherOrdersGrantNothingTwice() {
    Authorization byHand =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    byHand.setUserId(customer);
    byHand.setResource(USER);
    byHand.setResourceId(seller);
    byHand.addPermission(READ);
    authorizationService.saveAuthorization(byHand);

    place(seller, customer);
    place(seller, customer);

    assertThat(grantsOn(customer, seller))
        .extracting(Authorization::getId)
        .containsExactly(byHand.getId());
    assertThat(grantsOn(seller, customer)).hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from ds_business_relation"
                        + " where user_id in (?, ?) and other_user_id in (?, ?)")
                .params(seller, customer, seller, customer)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "ALL-2 on a database of an earlier version, reading every user is withdrawn and the parties of earlier orders keep reading each other")
  void earlierVersionsGrantIsWithdrawn() {
    // As an earlier version left it: an order stored without a relation of its parties, and every
    // customer reading every user.
    new OrderRows(application)
        .insert(
            new Order(
                TestOrders.newOrderId(),
                "cmjj00123456",
                "Website building, standard edition",
                seller,
                customer,
                new BigDecimal("1200.00"),
                "USD",
                OrderStatus.COMPLETED,
                AlibabaBasicDelivery.PROCESS_KEY,
                UUID.randomUUID().toString(),
                null,
                OffsetDateTime.now(ZoneOffset.UTC),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false));
    Authorization readingAll =
        authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    readingAll.setGroupId(Roles.CUSTOMERS);
    readingAll.setResource(USER);
    readingAll.setResourceId(Authorization.ANY);
    readingAll.addPermission(READ);
    authorizationService.saveAuthorization(readingAll);
    assertThat(profileStatus(otherCustomer, seller)).isEqualTo(HttpStatus.OK);

    roleSetup.setUp();

    assertThat(profileStatus(otherCustomer, seller)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(profileStatus(customer, seller)).isEqualTo(HttpStatus.OK);
    assertThat(profileStatus(seller, customer)).isEqualTo(HttpStatus.OK);
  }

  private Order place(String sellerId, String customerId) {
    return orderService.place(
        new NewOrder(
            TestOrders.newOrderId(),
            "cmjj00123456",
            "Website building, standard edition",
            sellerId,
            customerId,
            new BigDecimal("1200.00"),
            "USD",
            AlibabaBasicDelivery.PROCESS_KEY,
            null),
        new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));
  }

  private HttpStatus profileStatus(String reader, String user) {
    return HttpStatus.valueOf(
        api.get(reader, "/engine-rest/user/" + user + "/profile").getStatusCode().value());
  }

  private List<String> userIds(String reader) throws Exception {
    return userIds(reader, "");
  }

  private List<String> userIds(String reader, String query) throws Exception {
    return mapper
        .readTree(api.get(reader, "/engine-rest/user" + query).getBody())
        .findValuesAsText("id");
  }

  private List<Authorization> grantsOn(String userId, String readUserId) {
    return authorizationService
        .createAuthorizationQuery()
        .userIdIn(userId)
        .resourceType(USER)
        .resourceId(readUserId)
        .list();
  }
}
