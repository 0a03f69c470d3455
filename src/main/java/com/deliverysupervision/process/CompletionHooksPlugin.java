package com.deliverysupervision.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link UserTaskCompletionHook}s when a user task of any diagram completes, attached as
 * the diagrams are parsed, so that no diagram can forget them and an analyst's diagram carries no
 * plumbing.
 *
 * <p>They run as the task activity's built-in end listener, not as a task listener: Camunda wraps a
 * task listener's exception in a generic one that its REST API answers with 500, while an execution
 * listener's exception reaches the caller as thrown (a validation failure: 400).
 */
@Component
class CompletionHooksPlugin extends AbstractProcessEnginePlugin {
  private static final String EMBEDDED_FROM_DEPLOYMENT = "embedded:deployment:";
  private final List<UserTaskCompletionHook> hooks;

  CompletionHooksPlugin(List<UserTaskCompletionHook> hooks) {
    this.hooks = List.copyOf(hooks);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterParsing(configuration, new AttachHooks());
  }

  private final class AttachHooks extends AbstractBpmnParseListener {
    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition task =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      Optional<String> formKey = formKeyOf(task, activity);
      String name = userTaskElement.attribute("name", activity.getId());
      String processKey = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
      ExecutionListener runHooks =
          execution -> {
            // A task ended by a boundary event, a cancellation or a migration was not completed.
            if (!execution.isCanceled()) {
              CompletedTask completed = new CompletedTask(execution, processKey, name, formKey);
              hooks.forEach(hook -> hook.onCompletion(completed));
            }
          };
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, runHooks);
    }
  }

  /**
   * The form a task references: a Camunda Form's id, or an embedded form's resource name. The
   * server reads it from the deployment of the task's diagram, so it validates against the form the
   * diagram was deployed with; a diagram referencing its form otherwise is refused at deployment.
   */
  private static Optional<String> formKeyOf(TaskDefinition task, ActivityImpl activity) {
    Expression formRef = task.getCamundaFormDefinitionKey();
    if (formRef != null) {
      if (!"deployment".equals(task.getCamundaFormDefinitionBinding())) {
        throw new IllegalStateException(
            "User task "
                + activity.getId()
                + " must reference its form with camunda:formRefBinding=\"deployment\"");
      }
      return Optional.of(formRef.getExpressionText());
    }
    Expression formKey = task.getFormKey();
    if (formKey != null) {
      if (!formKey.getExpressionText().startsWith(EMBEDDED_FROM_DEPLOYMENT)) {
        throw new IllegalStateException(
            "User task "
                + activity.getId()
                + " must reference an embedded form as "
                + EMBEDDED_FROM_DEPLOYMENT
                + "forms/<name>.html");
      }
      return Optional.of(formKey.getExpressionText().substring(EMBEDDED_FROM_DEPLOYMENT.length()));
    }
    return Optional.empty();
  }
}
