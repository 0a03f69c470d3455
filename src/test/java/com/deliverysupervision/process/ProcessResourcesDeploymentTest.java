package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.DeliveryApplicationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class ProcessResourcesDeploymentTest {
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired ProcessResourcesDeployment deployment;

  @Test
  @DisplayName(
      "A restart with unchanged diagrams and forms deploys nothing new; resources keep stable names")
  void unchangedFilesAreNotRedeployed() {
    long before = deployments();

    deployment.postProcessEngineBuild(engine);

    assertThat(deployments()).isEqualTo(before);
    String latest =
        repositoryService
            .createDeploymentQuery()
            .deploymentName(ProcessResourcesDeployment.DEPLOYMENT_NAME)
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0)
            .getId();
    assertThat(repositoryService.getDeploymentResourceNames(latest))
        .contains("bpmn/alibaba-basic-delivery.bpmn", "forms/saas-deliver-service.html")
        .noneMatch(name -> name.startsWith("forms/" + FormParts.FOLDER));
  }

  @Test
  @DisplayName(
      "ALI-6 an embedded form is deployed with the parts it includes in place: the seller's Project delivery shows the order and the customer's attachments")
  void formsAreDeployedWhole() throws Exception {
    String deploymentId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("alibaba-basic-delivery")
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    String form;
    try (InputStream content =
        repositoryService.getResourceAsStream(
            deploymentId, "forms/alibaba-project-delivery.html")) {
      form = new String(content.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(form)
        .doesNotContain("<!-- include:")
        .contains(
            "cam-variable-name=\"orderId\"",
            "cam-variable-name=\"contactEmail\"",
            "cam-file-download=\"demandAttachment1\"",
            "cam-variable-name=\"deliveryNotes\"");
  }

  @Test
  @DisplayName("A part replaces the line that includes it; a form without includes stays as it is")
  void partsReplaceTheirLine() {
    String form =
        "<form>\n  <h3>Step</h3>\n  <!-- include: parts/x.html -->\n  <p>After</p>\n</form>";
    assertThat(FormParts.expand(form, name -> "  <p>Part " + name + "</p>\n"))
        .isEqualTo("<form>\n  <h3>Step</h3>\n  <p>Part parts/x.html</p>\n  <p>After</p>\n</form>");
    assertThat(FormParts.expand("<form><!-- a comment --></form>", name -> "never"))
        .isEqualTo("<form><!-- a comment --></form>");
  }

  private long deployments() {
    return repositoryService
        .createDeploymentQuery()
        .deploymentName(ProcessResourcesDeployment.DEPLOYMENT_NAME)
        .count();
  }
}
