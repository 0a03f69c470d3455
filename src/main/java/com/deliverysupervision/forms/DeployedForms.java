package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.FormReferences;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
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
  private final Map<String, Map<String, List<FormField>>> fieldsByDiagram =
      new ConcurrentHashMap<>();
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
    FormSchema schema = formsOf(deploymentId).get(formId);
    if (schema == null) {
      throw new IllegalStateException(
          "Form " + formId + " is not deployed with process definition " + processDefinitionId);
    }
    return schema;
  }

  /**
   * The fields of the forms a diagram's start and user tasks reference, by their variable's name: a
   * name asked on several forms of one diagram has each of its fields.
   */
  Map<String, List<FormField>> fieldsOfDiagram(String processDefinitionId) {
    return fieldsByDiagram.computeIfAbsent(processDefinitionId, this::readFieldsOfDiagram);
  }

  /** The names of the fields every form of a deployment asks for, of any diagram. */
  Set<String> fieldNamesOfDeployment(String deploymentId) {
    return formsOf(deploymentId).values().stream()
        .flatMap(form -> form.fields().stream())
        .map(FormField::key)
        .collect(Collectors.toSet());
  }

  private Map<String, List<FormField>> readFieldsOfDiagram(String processDefinitionId) {
    ProcessDefinitionEntity diagram =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(processDefinitionId);
    List<Optional<String>> formIds = new ArrayList<>();
    formIds.add(FormReferences.of(diagram.getStartFormDefinition(), diagram.getKey()));
    collectUserTaskForms(diagram.getActivities(), formIds);
    return formIds.stream()
        .flatMap(Optional::stream)
        .distinct()
        .flatMap(formId -> find(processDefinitionId, formId).fields().stream())
        .collect(Collectors.groupingBy(FormField::key));
  }

  /** User tasks inside subprocesses too. */
  private static void collectUserTaskForms(
      List<ActivityImpl> activities, List<Optional<String>> formIds) {
    for (ActivityImpl activity : activities) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
        formIds.add(
            FormReferences.of(task.getTaskDefinition().getFormDefinition(), activity.getId()));
      }
      collectUserTaskForms(activity.getActivities(), formIds);
    }
  }

  /** Every form of a deployment, of any diagram, by its id. */
  Map<String, FormSchema> formsOf(String deploymentId) {
    return byDeployment.computeIfAbsent(
        deploymentId, id -> Context.getCommandContext().runWithoutAuthorization(() -> read(id)));
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
