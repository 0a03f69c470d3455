package com.deliverysupervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.delivery.AlibabaBasicDelivery;
import com.deliverysupervision.support.ApiCalls;
import com.deliverysupervision.support.DeliveryApplicationTest;
import com.deliverysupervision.support.TestOrders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

@DeliveryApplicationTest
class ApplicationStartsTest {
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper mapper;
  @Autowired TestOrders orders;
  @Autowired ApiCalls api;

  @Test
  @DisplayName(
      "The engine starts and deploys the diagrams of bpmn/ together with the forms of forms/")
  void diagramsAndFormsAreDeployed() {
    ProcessDefinition basic =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(AlibabaBasicDelivery.PROCESS_KEY)
            .latestVersion()
            .singleResult();
    assertThat(basic).isNotNull();
    assertThat(repositoryService.getDeploymentResources(basic.getDeploymentId()))
        .extracting(Resource::getName)
        .anySatisfy(name -> assertThat(name).endsWith("alibaba-submit-demand.html"))
        .anySatisfy(name -> assertThat(name).endsWith("alibaba-project-delivery.html"))
        .anySatisfy(name -> assertThat(name).endsWith("alibaba-confirm-delivery.form"));
  }

  @ParameterizedTest(name = "{0} opens")
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  @DisplayName("Tasklist, Cockpit and Admin are served")
  void webApplicationsAreServed(String app) {
    ResponseEntity<String> page =
        rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).containsIgnoringCase("<html");
  }

  @ParameterizedTest(name = "{0} logs in")
  @ValueSource(
      strings = {
        "customer1",
        "customer2",
        "seller1",
        "seller2",
        "reseller1",
        "ops1",
        "marketplace",
        "admin"
      })
  @DisplayName("ALL-2 every demo login works against the REST API and in Tasklist")
  void demoLoginsWork(String user) throws Exception {
    ResponseEntity<String> profile = api.get(user, "/engine-rest/user/" + user + "/profile");
    assertThat(profile.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mapper.readTree(profile.getBody()).path("id").asText()).isEqualTo(user);

    // The webapps' CSRF protection: the token comes as a cookie with the page, goes back as a
    // header.
    HttpHeaders page =
        rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    for (String cookie : page.get(HttpHeaders.SET_COOKIE)) {
      String nameAndValue = cookie.split(";", 2)[0];
      headers.add(HttpHeaders.COOKIE, nameAndValue);
      if (nameAndValue.startsWith("XSRF-TOKEN=")) {
        headers.add("X-XSRF-TOKEN", nameAndValue.substring("XSRF-TOKEN=".length()));
      }
    }
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login =
        rest.postForEntity(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            new HttpEntity<>(form, headers),
            String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(mapper.readTree(login.getBody()).path("authorizedApps").toString())
        .contains("tasklist");
  }

  @Test
  @DisplayName("ALL-2 each role's Tasklist filter lists the user's own tasks")
  void tasklistFilterShowsOwnWork() throws Exception {
    String orderId = orders.place(AlibabaBasicDelivery.PROCESS_KEY).orderId();

    assertThat(filterTaskOrders("customer1", "My delivery tasks")).contains(orderId);
    assertThat(filterTaskOrders("seller1", "My delivery tasks")).doesNotContain(orderId);
    assertThat(filterTaskOrders("customer2", "My delivery tasks")).doesNotContain(orderId);
    assertThat(filterTaskOrders("ops1", "All open delivery tasks")).contains(orderId);
    assertThat(filterNames("customer1")).doesNotContain("All open delivery tasks");
  }

  private java.util.List<String> filterNames(String user) throws Exception {
    JsonNode filters = mapper.readTree(api.get(user, "/engine-rest/filter").getBody());
    return filters.findValuesAsText("name");
  }

  private java.util.List<String> filterTaskOrders(String user, String filterName) throws Exception {
    JsonNode filters =
        mapper.readTree(api.get(user, "/engine-rest/filter?name=" + filterName).getBody());
    assertThat(filters).hasSize(1);
    String id = filters.get(0).path("id").asText();
    JsonNode tasks =
        mapper.readTree(api.get(user, "/engine-rest/filter/" + id + "/list").getBody());
    java.util.List<String> orderIds = new java.util.ArrayList<>();
    for (JsonNode task : tasks) {
      String instance = task.path("processInstanceId").asText();
      JsonNode process =
          mapper.readTree(api.get("ops1", "/engine-rest/process-instance/" + instance).getBody());
      orderIds.add(process.path("businessKey").asText());
    }
    return orderIds;
  }
}
