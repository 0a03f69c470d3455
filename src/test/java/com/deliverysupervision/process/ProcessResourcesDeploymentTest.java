package com.deliverysupervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.DeliveryApplicationTest;
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
        .contains("bpmn/alibaba-basic-delivery.bpmn", "forms/saas-deliver-service.html");
  }

  private long deployments() {
    return repositoryService
        .createDeploymentQuery()
        .deploymentName(ProcessResourcesDeployment.DEPLOYMENT_NAME)
        .count();
  }
}
