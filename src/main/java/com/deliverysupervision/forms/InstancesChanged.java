package com.deliverysupervision.forms;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.VariablesWritten;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.event.EventType;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The running instances whose variables a command sets or removes, read inside its command context
 * before it runs: a task's or an execution's, a modification's, those a message may reach. For
 * {@link EntriesChangedByHandPassTheirForms}.
 */
final class InstancesChanged {
  private static final Field VARIABLES_OF = CommandFields.of(AbstractVariableCmd.class, "entityId");
  private static final Field PATCHED =
      CommandFields.of(AbstractPatchVariablesCmd.class, "entityId");

  private InstancesChanged() {}

  /** The instances whose variables the command changes: none for other commands. */
  static List<ExecutionEntity> by(Command<?> command) {
    CommandContext context = Context.getCommandContext();
    if (command instanceof SetTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd
        || command instanceof PatchTaskVariablesCmd) {
      String taskId =
          (String)
              CommandFields.read(
                  command instanceof PatchTaskVariablesCmd ? PATCHED : VARIABLES_OF, command);
      return Optional.ofNullable(context.getTaskManager().findTaskById(taskId))
          .map(TaskEntity::getProcessInstance)
          .stream()
          .toList();
    }
    if (command instanceof AbstractCorrelateMessageCmd) {
      return waitingFor(VariablesWritten.correlation(command), context);
    }
    String executionId = null;
    if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd) {
      executionId =
          (String)
              CommandFields.read(
                  command instanceof AbstractPatchVariablesCmd ? PATCHED : VARIABLES_OF, command);
    } else if (command instanceof ModifyProcessInstanceCmd
        || command instanceof ModifyProcessInstanceAsyncCmd) {
      executionId = VariablesWritten.modification(command).getProcessInstanceId();
    }
    return instanceOf(executionId, context).stream().toList();
  }

  /**
   * The instances a message may reach: those waiting for it, of the instance or business key it
   * names; all of them if it names neither (its correlation keys are matched later, by Camunda).
   */
  private static List<ExecutionEntity> waitingFor(
      MessageCorrelationBuilderImpl message, CommandContext context) {
    if (message.getProcessInstanceId() != null) {
      return instanceOf(message.getProcessInstanceId(), context).stream().toList();
    }
    return context
        .getEventSubscriptionManager()
        .findEventSubscriptionsByNameAndTenantId(
            EventType.MESSAGE.name(), message.getMessageName(), null)
        .stream()
        .map(EventSubscriptionEntity::getExecution)
        .filter(Objects::nonNull)
        .map(ExecutionEntity::getProcessInstance)
        .filter(
            instance ->
                message.getBusinessKey() == null
                    || message.getBusinessKey().equals(instance.getBusinessKey()))
        .distinct()
        .toList();
  }

  private static Optional<ExecutionEntity> instanceOf(String executionId, CommandContext context) {
    return Optional.ofNullable(executionId)
        .map(id -> context.getExecutionManager().findExecutionById(id))
        .map(ExecutionEntity::getProcessInstance);
  }
}
