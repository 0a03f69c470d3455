package com.deliverysupervision.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
      Optional<String> formKey = FormReferences.of(task.getFormDefinition(), activity.getId());
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
}
