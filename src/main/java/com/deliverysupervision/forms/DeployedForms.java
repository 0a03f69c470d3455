package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The forms of each deployment: Camunda Forms by form id, embedded HTML forms by resource name. A
 * deployment never changes, so each is read once.
 */
@Component
class DeployedForms {
  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();
  private final RepositoryService repositoryService;
  private final ObjectMapper mapper;

  // Lazy: the completion checks are built before the engine whose service this is.
  DeployedForms(@Lazy RepositoryService repositoryService, ObjectMapper mapper) {
    this.repositoryService = repositoryService;
    this.mapper = mapper;
  }

  /** The form of the completed task, as deployed with its diagram; none for a task without one. */
  Optional<FormSchema> of(CompletedTask task) {
    return task.formKey().map(formId -> find(task.execution().getProcessDefinitionId(), formId));
  }

  /**
   * Called while a task completes: the deployment is read on the engine's behalf, since the user
   * completing the task need not be allowed to read deployments. The definition comes from the
   * engine's deployment cache, where the running instance's definition is already.
   */
  FormSchema find(String processDefinitionId, String formId) {
    String deploymentId =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(processDefinitionId)
            .getDeploymentId();
    FormSchema schema =
        byDeployment
            .computeIfAbsent(
                deploymentId,
                id -> Context.getCommandContext().runWithoutAuthorization(() -> read(id)))
            .get(formId);
    if (schema == null) {
      throw new IllegalStateException(
          "Form " + formId + " is not deployed with process definition " + processDefinitionId);
    }
    return schema;
  }

  /** Camunda Forms by their id, embedded forms by their resource name. */
  private Map<String, FormSchema> read(String deploymentId) {
    return repositoryService.getDeploymentResources(deploymentId).stream()
        .filter(resource -> resource.getName().matches(".*\\.(form|html)"))
        .map(resource -> parse(deploymentId, resource))
        .collect(Collectors.toMap(FormSchema::formId, Function.identity()));
  }

  private FormSchema parse(String deploymentId, Resource resource) {
    try (InputStream content =
        repositoryService.getResourceAsStreamById(deploymentId, resource.getId())) {
      return resource.getName().endsWith(".form")
          ? FormSchema.parse(content, mapper)
          : EmbeddedFormSchema.parse(
              resource.getName(), new String(content.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
