package com.deliverysupervision.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.license.LicenseDelivery;
import com.deliverysupervision.support.DeliveryApplicationTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The engine APIs' body limit leaves room for every form sent with all the files it takes. */
@DeliveryApplicationTest
class FormsWithinTheBodyLimitTest {
  /** What a form's other fields and the JSON around its files take, at most. */
  private static final long THE_REST = 1_048_576;

  @Autowired DeployedForms deployedForms;
  @Autowired RepositoryService repositoryService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @Value("${delivery.engine-api.max-request-bytes}")
  long limit;

  @Test
  @DisplayName(
      "ALL-3 ALL-6 every deployed form with each of its files at the largest size it takes, in Base64 as Tasklist sends them, fits within Camunda's REST API's body limit")
  void everyFormFits() {
    String deployment =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(LicenseDelivery.PROCESS_KEY)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    Map<String, FormSchema> forms =
        configuration
            .getCommandExecutorTxRequired()
            .execute(context -> deployedForms.formsOf(deployment));
    assertThat(forms).isNotEmpty();
    forms.forEach(
        (formId, form) -> {
          long files =
              form.fields().stream()
                  .filter(field -> field.file() != null)
                  .mapToLong(field -> field.file().maxBytes())
                  .sum();
          long inBase64 = (files + 2) / 3 * 4;
          assertThat(inBase64 + THE_REST).as(formId).isLessThanOrEqualTo(limit);
        });
  }
}
