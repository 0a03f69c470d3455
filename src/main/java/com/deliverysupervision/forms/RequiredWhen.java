package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.UserTaskCompletionHook;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A field that a form shows for one choice only (what needs warranty service, when the customer
 * asks for it) is required exactly then. form-js cannot say so, so the diagram does: a property
 * {@code requiredWhen.<field>} on the user task, whose value is the condition as an expression,
 * e.g. {@code ${warrantyDecision == 'service'}}. Checked on the server, whichever channel completes
 * the task.
 */
@Component
// After SubmittedFormCheck: a condition reads the form's required choice, which is there by then.
@Order(2)
class RequiredWhen implements UserTaskCompletionHook {
  private static final String PREFIX = "requiredWhen.";

  /** The conditions of each user task of each deployed diagram: a diagram never changes. */
  private final Map<String, Map<String, String>> conditionsByTask = new ConcurrentHashMap<>();

  private final DeployedForms deployedForms;

  RequiredWhen(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void onCompletion(CompletedTask task) {
    DelegateExecution execution = task.execution();
    Map<String, String> conditions =
        conditionsOf(execution.getProcessDefinitionId(), execution.getBpmnModelElementInstance());
    conditions.forEach(
        (field, condition) -> {
          Object value = task.variable(field);
          boolean blank = value == null || value.toString().isBlank();
          if (blank && Boolean.TRUE.equals(evaluate(condition, execution))) {
            throw task.refused(field, labelOf(task, field) + " is required.");
          }
        });
  }

  /**
   * Whether a step of the instance's diagram requires the field as the instance stands: a change by
   * hand that empties it is judged as that step's completion would be.
   */
  boolean requiredNow(DelegateExecution instance, String field) {
    BpmnModelInstance diagram =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findBpmnModelInstanceForProcessDefinition(instance.getProcessDefinitionId());
    return diagram.getModelElementsByType(UserTask.class).stream()
        .map(task -> conditionsOf(instance.getProcessDefinitionId(), task).get(field))
        .anyMatch(
            condition -> condition != null && Boolean.TRUE.equals(evaluate(condition, instance)));
  }

  private Map<String, String> conditionsOf(String processDefinitionId, FlowElement task) {
    return conditionsByTask.computeIfAbsent(
        processDefinitionId + "/" + task.getId(), key -> conditionsOf(task));
  }

  private static Map<String, String> conditionsOf(FlowElement task) {
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      return Map.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> property.getCamundaName().startsWith(PREFIX))
        .collect(
            Collectors.toUnmodifiableMap(
                property -> property.getCamundaName().substring(PREFIX.length()),
                CamundaProperty::getCamundaValue));
  }

  private static Object evaluate(String condition, DelegateExecution execution) {
    return Context.getProcessEngineConfiguration()
        .getExpressionManager()
        .createExpression(condition)
        .getValue(execution);
  }

  private String labelOf(CompletedTask task, String field) {
    return deployedForms
        .of(task)
        .flatMap(schema -> schema.fields().stream().filter(f -> f.key().equals(field)).findFirst())
        .map(FormField::label)
        .orElse(field);
  }
}
