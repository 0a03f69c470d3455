package com.deliverysupervision.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * The names of the variables a command sets or removes on running instances or tasks, as Cockpit
 * and Camunda's REST API send them: variables set, changed or removed, a modification's variables,
 * a message's payload, a migration's, a batch setting variables. Other commands (starts,
 * completions) are checked where they run.
 */
public final class VariablesWritten {
  private static final Field SET = CommandFields.of(AbstractSetVariableCmd.class, "variables");
  private static final Field REMOVED =
      CommandFields.of(AbstractRemoveVariableCmd.class, "variableNames");
  private static final Field PATCHED =
      CommandFields.of(AbstractPatchVariablesCmd.class, "variables");
  private static final Field PATCH_DELETIONS =
      CommandFields.of(AbstractPatchVariablesCmd.class, "deletions");
  private static final Field MODIFICATION =
      CommandFields.of(ModifyProcessInstanceCmd.class, "builder");
  private static final Field ASYNC_MODIFICATION =
      CommandFields.of(ModifyProcessInstanceAsyncCmd.class, "builder");
  private static final Field CORRELATION =
      CommandFields.of(AbstractCorrelateMessageCmd.class, "builder");
  private static final Field BATCH =
      CommandFields.of(SetVariablesToProcessInstancesBatchCmd.class, "variables");

  private VariablesWritten() {}

  @SuppressWarnings("unchecked")
  public static Collection<String> by(Command<?> command) {
    if (command instanceof AbstractSetVariableCmd) {
      return keys((Map<String, ?>) CommandFields.read(SET, command));
    }
    if (command instanceof AbstractRemoveVariableCmd) {
      Collection<String> names = (Collection<String>) CommandFields.read(REMOVED, command);
      return names == null ? List.of() : names;
    }
    if (command instanceof AbstractPatchVariablesCmd) {
      List<String> names =
          new ArrayList<>(keys((Map<String, ?>) CommandFields.read(PATCHED, command)));
      Collection<String> deletions =
          (Collection<String>) CommandFields.read(PATCH_DELETIONS, command);
      if (deletions != null) {
        names.addAll(deletions);
      }
      return names;
    }
    if (command instanceof ModifyProcessInstanceCmd) {
      return of((ProcessInstanceModificationBuilderImpl) CommandFields.read(MODIFICATION, command));
    }
    if (command instanceof ModifyProcessInstanceAsyncCmd) {
      return of(
          (ProcessInstanceModificationBuilderImpl) CommandFields.read(ASYNC_MODIFICATION, command));
    }
    if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl message =
          (MessageCorrelationBuilderImpl) CommandFields.read(CORRELATION, command);
      List<String> names = new ArrayList<>(keys(message.getPayloadProcessInstanceVariables()));
      names.addAll(keys(message.getPayloadProcessInstanceVariablesLocal()));
      names.addAll(keys(message.getPayloadProcessInstanceVariablesToTriggeredScope()));
      return names;
    }
    if (command instanceof AbstractMigrationCmd migration) {
      return keys(InstancesStayInTheirDiagram.planOf(migration).getVariables());
    }
    if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
      return keys((Map<String, ?>) CommandFields.read(BATCH, command));
    }
    return List.of();
  }

  private static Collection<String> of(ProcessInstanceModificationBuilderImpl modification) {
    List<String> names = new ArrayList<>(keys(modification.getProcessVariables()));
    modification.getModificationOperations().stream()
        .filter(AbstractInstantiationCmd.class::isInstance)
        .map(AbstractInstantiationCmd.class::cast)
        .forEach(
            start -> {
              names.addAll(keys(start.getVariables()));
              names.addAll(keys(start.getVariablesLocal()));
            });
    return names;
  }

  private static Collection<String> keys(Map<String, ?> variables) {
    return variables == null ? List.of() : variables.keySet();
  }
}
