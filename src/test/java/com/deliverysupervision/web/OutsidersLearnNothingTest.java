package com.deliverysupervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.appeal.AppealService;
import com.deliverysupervision.appeal.NewAppeal;
import com.deliverysupervision.catalogue.ProductCatalogue;
import com.deliverysupervision.catalogue.ProductDraft;
import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.NewOrder;
import com.deliverysupervision.order.Order;
import com.deliverysupervision.order.OrderService;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.GetEndpoints;
import com.deliverysupervision.support.GetEndpoints.Endpoint;
import com.deliverysupervision.support.SaasSteps;
import com.deliverysupervision.support.TestOrders;
import com.deliverysupervision.support.TestUsers;
import com.deliverysupervision.transfer.Entitlements;
import com.deliverysupervision.transfer.NewEntitlement;
import com.deliverysupervision.transfer.NewTransfer;
import com.deliverysupervision.transfer.TransferKind;
import com.deliverysupervision.transfer.TransferRequests;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * ALL-2 over the whole API: a customer, a seller and a reseller who are no party of two orders call
 * every GET endpoint (Camunda's REST API as Camunda's OpenAPI description lists it, and the
 * application's) with the orders' IDs filled in, and no answer tells them anything of the orders or
 * their parties that they did not say themselves in the request.
 */
@DeliveryApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutsidersLearnNothingTest {

  /**
   * Endpoints whose parameters this test cannot fill, with the reason; anything else it cannot fill
   * fails the test, so that a new endpoint is reviewed, not skipped.
   */
  private static final Map<String, String> NOT_FILLED =
      Map.ofEntries(
          Map.entry(
              "/engine-rest/batch/{id}",
              "the orders start no batch (an operator's bulk operation)"),
          Map.entry("/engine-rest/history/batch/{id}", "the orders start no batch"),
          Map.entry("/engine-rest/decision-", "no process here evaluates a decision table (DMN)"),
          Map.entry(
              "/engine-rest/history/decision-", "no process here evaluates a decision table (DMN)"),
          Map.entry("{tenant-id}", "no tenants here (the tenant check is off)"),
          Map.entry("/engine-rest/tenant/{id}", "no tenants here"),
          Map.entry("/engine-rest/external-task/{id}", "no process here has an external task"),
          Map.entry(
              "/engine-rest/history/external-task-log/{id}",
              "no process here has an external task"),
          Map.entry("{messageName}", "no process here waits for a message"),
          Map.entry(
              "/engine-rest/history/detail/{id}",
              "history keeps no variable updates (HistoryWorthKeeping)"),
          Map.entry(
              "/engine-rest/history/job-log/{id}",
              "history logs only jobs that failed (HistoryWorthKeeping); no order's job fails here"));

  /**
   * A variable of the order's facts, one a party entered, one it delivered and its file: paths of a
   * variable are called for these (with every variable the sweep takes minutes and shows nothing
   * more).
   */
  private static final List<String> SAMPLED_VARIABLES =
      List.of(
          OrderVariables.CUSTOMER_ID,
          AlibabaBasicDelivery.CONTACT_EMAIL,
          SaasSupervision.SERVICE_RESULT,
          "deliverable1");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;
  @Autowired OrderService orderService;
  @Autowired SaasSteps saasSteps;
  @Autowired AppealService appeals;
  @Autowired ProductCatalogue catalogue;
  @Autowired Entitlements entitlements;
  @Autowired TransferRequests transfers;
  @Autowired TestUsers users;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired FilterService filterService;
  @Autowired AuthorizationService authorizationService;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping controllers;

  @Autowired PathMappedEndpoints actuator;

  private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private final String seller = "prvseller" + run;
  private final String customer = "prvcustomer" + run;
  private final Map<String, String> outsiders =
      Map.of(
          "another customer", "othcustomer" + run,
          "another seller", "othseller" + run,
          "a reseller", "othreseller" + run);

  /** What the outsiders must not learn. */
  private final Set<String> secrets = new LinkedHashSet<>();

  /** Values for path and query parameters, by "path up to the parameter" or by parameter name. */
  private final Map<String, List<String>> fill = new HashMap<>();

  @BeforeAll
  void twoOrdersWithEverythingAnOrderLeavesBehind() {
    users.create(seller, Roles.SELLERS);
    users.create(customer, Roles.CUSTOMERS);
    outsiders.values().forEach(outsider -> users.create(outsider, groupOf(outsider)));

    Order saas = place("saas", SaasSupervision.PROCESS_KEY, "P1Y");
    saasSteps.submitRequest(saas, secret("Forty seats for the Lisbon office " + run));
    saasSteps.review(saas, SaasSupervision.ACCEPT, null);
    FileValue deliverable =
        Variables.fileValue(secret("handover-" + run + ".txt"))
            .file(secret("Admin password hint " + run).getBytes(StandardCharsets.UTF_8))
            .mimeType("text/plain")
            .create();
    saasSteps.deliver(
        saas,
        Map.of(
            SaasSupervision.SERVICE_RESULT,
            secret("Tenant lisbon-" + run + " provisioned"),
            "deliverable1",
            deliverable));
    String acceptance = openTask(saas);
    String comment =
        taskService
            .createComment(acceptance, saas.processInstanceId(), secret("Call me after six " + run))
            .getId();
    String attachment =
        taskService
            .createAttachment(
                "text/plain",
                acceptance,
                saas.processInstanceId(),
                secret("site-photo-" + run),
                secret("The server room " + run),
                new ByteArrayInputStream(secret("Rack 7 " + run).getBytes(StandardCharsets.UTF_8)))
            .getId();
    appeals.file(
        saas.orderId(),
        new NewAppeal(secret("The seller ignores our SSO issue " + run)),
        users.actAs(customer));
    users.logOut();

    Order basic = place("basic", AlibabaBasicDelivery.PROCESS_KEY, null);
    taskService.complete(
        openTask(basic),
        Map.of(
            AlibabaBasicDelivery.CONTACT_NAME, secret("Contact " + run),
            AlibabaBasicDelivery.CONTACT_PHONE,
                secret("+351 " + Long.parseLong(run, 16) % 1_000_000_000L),
            AlibabaBasicDelivery.CONTACT_EMAIL, secret("contact-" + run + "@buyer.example"),
            AlibabaBasicDelivery.DEMANDS, secret("A shop for our bakery " + run)));
    taskService.complete(
        openTask(basic), Map.of(AlibabaBasicDelivery.DELIVERY_NOTES, secret("Staging at " + run)));
    runtimeService.createIncident(
        "orderCheck",
        runtimeService
            .createExecutionQuery()
            .processInstanceId(basic.processInstanceId())
            .activityId(AlibabaBasicDelivery.TASK_CONFIRM_DELIVERY)
            .singleResult()
            .getId(),
        "configuration",
        secret("Warehouse " + run + " unreachable"));

    // REL-6: a draft is its seller's alone, its ID and name included.
    String draft =
        catalogue
            .create(
                new ProductDraft(
                    secret("Unreleased tool " + run), null, null, 30, null, null, null),
                new CurrentUser(seller, List.of(Roles.SELLERS)))
            .productId();
    secrets.add(draft);
    fill.put("{productId}", List.of(draft));

    // GCP: an entitlement of the two parties, with a transfer in progress.
    String entitlement = "E-" + run;
    entitlements.create(
        new NewEntitlement(
            entitlement,
            null,
            customer,
            secret("Bakery Holdings " + run),
            seller,
            "offer-" + run,
            "product-" + run,
            secret("BA-" + run),
            null),
        new CurrentUser(TestOrders.MARKETPLACE, List.of(Roles.MARKETPLACE_ADMINS)));
    transfers.ask(
        entitlement,
        new NewTransfer(
            TransferKind.BILLING_ACCOUNT, secret("BB-" + run), null, secret("Move it " + run)),
        new CurrentUser(customer, List.of(Roles.CUSTOMERS)));
    users.logOut();
    secrets.add(entitlement);
    fill.put("{entitlementId}", List.of(entitlement));

    List<Order> orders = List.of(saas, basic);
    List<String> instances =
        orders.stream()
            .flatMap(
                order ->
                    historyService
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(order.orderId())
                        .list()
                        .stream())
            .map(HistoricProcessInstance::getId)
            .toList();
    collectSecrets(orders, instances, comment, attachment);
    collectFills(orders, instances, comment, attachment);
  }

  @ParameterizedTest(name = "ALL-2 {0} learns nothing of others' orders through any GET endpoint")
  @ValueSource(strings = {"another customer", "another seller", "a reseller"})
  @DisplayName("ALL-2 an outsider learns nothing of others' orders through any GET endpoint")
  void outsiderLearnsNothing(String who) throws Exception {
    String outsider = outsiders.get(who);
    // One client for all calls: a new one per call would open a new connection each time.
    TestRestTemplate asOutsider = rest.withBasicAuth(outsider, outsider);
    List<Endpoint> endpoints = new ArrayList<>(GetEndpoints.ofCamunda(mapper));
    endpoints.addAll(GetEndpoints.ofApplication(controllers, actuator));
    assertThat(endpoints).hasSizeGreaterThan(190);

    List<String> unreviewed = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    int calls = 0;
    for (Endpoint endpoint : endpoints) {
      if (notFilled(endpoint.template())) {
        continue;
      }
      List<String> urls = urlsOf(endpoint);
      if (urls.isEmpty()) {
        unreviewed.add(endpoint.template());
      }
      for (String url : urls) {
        calls++;
        ResponseEntity<String> answer = asOutsider.getForEntity(url, String.class);
        String body = String.valueOf(answer.getBody());
        String asked = URLDecoder.decode(url, StandardCharsets.UTF_8);
        for (String secret : secrets) {
          if (body.contains(secret) && !asked.contains(secret)) {
            leaks.add(url + " (" + answer.getStatusCode().value() + ") tells '" + secret + "'");
          }
        }
      }
    }
    assertThat(unreviewed)
        .as("endpoints whose parameters this test cannot fill: give them a value or list them")
        .isEmpty();
    assertThat(leaks).as("answers to %s in %d calls", outsider, calls).isEmpty();
  }

  private boolean notFilled(String template) {
    return NOT_FILLED.keySet().stream().anyMatch(template::contains);
  }

  /** The endpoint with every combination of values for its parameters; none if one has none. */
  private List<String> urlsOf(Endpoint endpoint) {
    List<String> urls = List.of(endpoint.template());
    for (String parameter : endpoint.pathParameters()) {
      String token = "{" + parameter + "}";
      List<String> values = valuesOf(urls.get(0), token);
      urls =
          urls.stream()
              .flatMap(url -> values.stream().map(value -> url.replace(token, value)))
              .toList();
    }
    for (String parameter : endpoint.requiredQueryParameters()) {
      List<String> values = fill.getOrDefault("?" + parameter, List.of());
      urls =
          urls.stream()
              .flatMap(
                  url ->
                      values.stream()
                          .map(
                              value ->
                                  url + (url.contains("?") ? "&" : "?") + parameter + "=" + value))
              .toList();
    }
    return urls;
  }

  private List<String> valuesOf(String url, String token) {
    String upToParameter = url.substring(0, url.indexOf(token) + token.length());
    return fill.getOrDefault(upToParameter, fill.getOrDefault(token, List.of()));
  }

  /** Everything the process itself keeps of the orders, besides what the set-up wrote. */
  private void collectSecrets(
      List<Order> orders, List<String> instances, String comment, String attachment) {
    for (Order order : orders) {
      secrets.add(order.orderId());
      secrets.add(order.deliveryId());
    }
    secrets.addAll(instances);
    for (String party : List.of(seller, customer)) {
      User user = identityService.createUserQuery().userId(party).singleResult();
      secrets.addAll(List.of(party, user.getEmail(), user.getFirstName(), user.getLastName()));
    }
    secrets.addAll(perInstance(instances, this::taskIdsOf));
    String deployed = deployedResourcesText();
    for (HistoricVariableInstance variable : variablesOf(instances)) {
      if (variable.getValue() instanceof String text
          && text.length() >= 6
          && !deployed.contains(text)) {
        secrets.add(text);
      }
    }
    secrets.add(comment);
    secrets.add(attachment);
  }

  private void collectFills(
      List<Order> orders, List<String> instances, String comment, String attachment) {
    List<ProcessDefinition> definitions =
        perInstance(
                instances,
                instance ->
                    Stream.of(
                        historyService
                            .createHistoricProcessInstanceQuery()
                            .processInstanceId(instance)
                            .singleResult()
                            .getProcessDefinitionId()))
            .stream()
            .distinct()
            .map(repositoryService::getProcessDefinition)
            .toList();
    List<String> definitionIds = definitions.stream().map(ProcessDefinition::getId).toList();
    List<String> deployments =
        definitions.stream().map(ProcessDefinition::getDeploymentId).distinct().toList();

    engine("/process-instance/{id}", instances);
    engine("/history/process-instance/{id}", instances);
    engine(
        "/execution/{id}",
        perInstance(
            instances,
            instance ->
                runtimeService.createExecutionQuery().processInstanceId(instance).list().stream()
                    .map(Execution::getId)));
    engine("/task/{id}", perInstance(instances, this::taskIdsOf));
    engine(
        "/variable-instance/{id}",
        perInstance(
            instances,
            instance ->
                runtimeService
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(instance)
                    .variableNameIn(SAMPLED_VARIABLES.toArray(String[]::new))
                    .list()
                    .stream()
                    .map(VariableInstance::getId)));
    engine(
        "/history/variable-instance/{id}",
        variablesOf(instances).stream()
            .filter(variable -> SAMPLED_VARIABLES.contains(variable.getName()))
            .map(HistoricVariableInstance::getId)
            .toList());
    engine(
        "/history/activity-instance/{id}",
        perInstance(
            instances,
            instance ->
                historyService
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(instance)
                    .list()
                    .stream()
                    .map(HistoricActivityInstance::getId)));
    engine(
        "/job/{id}",
        perInstance(
            instances,
            instance ->
                managementService.createJobQuery().processInstanceId(instance).list().stream()
                    .map(Job::getId)));
    engine(
        "/incident/{id}",
        perInstance(
            instances,
            instance ->
                runtimeService.createIncidentQuery().processInstanceId(instance).list().stream()
                    .map(Incident::getId)));
    engine(
        "/authorization/{id}",
        Stream.concat(
                perInstance(
                    instances,
                    instance ->
                        authorizationService
                            .createAuthorizationQuery()
                            .resourceId(instance)
                            .list()
                            .stream()
                            .map(Authorization::getId))
                    .stream(),
                authorizationService
                    .createAuthorizationQuery()
                    .userIdIn(seller, customer)
                    .list()
                    .stream()
                    .map(Authorization::getId))
            .distinct()
            .toList());
    engine(
        "/filter/{id}",
        filterService.createFilterQuery().list().stream().map(Filter::getId).toList());
    engine(
        "/group/{id}",
        List.of(Roles.SELLERS, Roles.CUSTOMERS, Roles.RESELLERS, Roles.OPERATIONS_MANAGERS));
    engine("/user/{id}", List.of(seller, customer));
    engine("/deployment/{id}", deployments);
    engine("/process-definition/{id}", definitionIds);
    engine("/history/process-definition/{id}", definitionIds);
    engine(
        "/process-definition/key/{key}",
        definitions.stream().map(ProcessDefinition::getKey).toList());
    engine(
        "/job-definition/{id}",
        definitionIds.stream()
            .flatMap(
                definition ->
                    managementService
                        .createJobDefinitionQuery()
                        .processDefinitionId(definition)
                        .list()
                        .stream())
            .map(JobDefinition::getId)
            .toList());
    fill.put(
        "{resourceId}",
        deployments.stream()
            .flatMap(deployment -> repositoryService.getDeploymentResources(deployment).stream())
            .map(Resource::getId)
            .toList());
    fill.put("{varName}", SAMPLED_VARIABLES);
    fill.put("{attachmentId}", List.of(attachment));
    fill.put("{commentId}", List.of(comment));
    fill.put("{metrics-name}", List.of("activity-instance-start"));
    fill.put("{orderId}", orders.stream().map(Order::orderId).toList());
    fill.put("?orderId", orders.stream().map(Order::orderId).toList());
    fill.put("?userId", List.of(seller, customer));
    fill.put("?permissionName", List.of("READ"));
    fill.put("?resourceName", List.of("ProcessInstance"));
    fill.put("?resourceType", List.of("8"));
    fill.put("?reportType", List.of("duration"));
    fill.put("?periodUnit", List.of("month"));
  }

  private static List<String> perInstance(
      List<String> instances, Function<String, Stream<String>> idsOf) {
    return instances.stream().flatMap(idsOf).toList();
  }

  private Stream<String> taskIdsOf(String instance) {
    return historyService
        .createHistoricTaskInstanceQuery()
        .processInstanceId(instance)
        .list()
        .stream()
        .map(HistoricTaskInstance::getId);
  }

  private void engine(String upToParameter, List<String> values) {
    fill.put("/engine-rest" + upToParameter, values);
  }

  private List<HistoricVariableInstance> variablesOf(List<String> instances) {
    return historyService
        .createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.toArray(String[]::new))
        .disableCustomObjectDeserialization()
        .list();
  }

  private String deployedResourcesText() {
    StringBuilder text = new StringBuilder();
    for (var deployment : repositoryService.createDeploymentQuery().list()) {
      for (String name : repositoryService.getDeploymentResourceNames(deployment.getId())) {
        try (var resource = repositoryService.getResourceAsStream(deployment.getId(), name)) {
          text.append(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
        } catch (java.io.IOException unreadable) {
          throw new IllegalStateException(unreadable);
        }
      }
    }
    return text.toString();
  }

  private Order place(String name, String template, String purchasedPeriod) {
    return orderService.place(
        new NewOrder(
            "PRV-" + run + "-" + name,
            secret("prod-" + run),
            secret("Private edition " + run),
            seller,
            customer,
            new BigDecimal("990.00"),
            "EUR",
            template,
            purchasedPeriod),
        new CurrentUser("marketplace", List.of(Roles.MARKETPLACE_ADMINS)));
  }

  private String openTask(Order order) {
    return taskService
        .createTaskQuery()
        .processInstanceId(order.processInstanceId())
        .singleResult()
        .getId();
  }

  private String secret(String value) {
    secrets.add(value);
    return value;
  }

  private String groupOf(String outsider) {
    if (outsider.startsWith("othcustomer")) {
      return Roles.CUSTOMERS;
    }
    return outsider.startsWith("othseller") ? Roles.SELLERS : Roles.RESELLERS;
  }
}
