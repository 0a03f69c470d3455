package com.deliverysupervision.catalogue;

import com.deliverysupervision.identity.SystemCalls;
import com.deliverysupervision.order.DeliveryTemplate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery processes a product may name as its service flow template (REL-1, REL-6), so that a
 * seller picks one by its name instead of knowing the diagrams' ids.
 */
@Tag(name = "Products")
@RestController
class DeliveryProcessController {
  private final List<DeliveryTemplate> templates;
  private final RepositoryService repositoryService;
  private final SystemCalls systemCalls;

  DeliveryProcessController(
      List<DeliveryTemplate> templates,
      RepositoryService repositoryService,
      SystemCalls systemCalls) {
    this.templates = templates;
    this.repositoryService = repositoryService;
    this.systemCalls = systemCalls;
  }

  /**
   * @param processKey what a product's serviceFlowTemplate names
   * @param name the diagram's name, as Tasklist and Cockpit show it
   * @param deliveryMethods the products' delivery methods it delivers (paid as they are paid)
   */
  record DeliveryProcess(String processKey, String name, List<DeliveryMethod> deliveryMethods) {}

  @Operation(
      summary = "List the delivery processes",
      description =
          "Anyone logged in: each process a product's serviceFlowTemplate may name, with its name"
              + " and the delivery methods of the products it delivers.")
  @GetMapping("/api/delivery-processes")
  List<DeliveryProcess> deliveryProcesses() {
    // The list of processes is no party's secret; the diagram's name is read as the application.
    return systemCalls.run(
        () ->
            templates.stream()
                .filter(DeliveryTemplate::namedByProducts)
                .map(
                    template ->
                        new DeliveryProcess(
                            template.processKey(),
                            nameOf(template.processKey()).orElse(template.processKey()),
                            Arrays.stream(DeliveryMethod.values())
                                .filter(method -> method.servedBy(template))
                                .toList()))
                .sorted(Comparator.comparing(DeliveryProcess::name))
                .toList());
  }

  private Optional<String> nameOf(String processKey) {
    return Optional.ofNullable(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult())
        .map(ProcessDefinition::getName);
  }
}
