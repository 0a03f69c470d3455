package com.deliverysupervision.process;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashMap;
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

  public static Collection<String> by(Command<?> command) {
    return valuesBy(command).keySet();
  }

  /**
   * The variables a command sets, with the values it was given (as the caller sent them: a value or
   * a {@code TypedValue}), and those it removes, with null; empty for other commands.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> valuesBy(Command<?> command) {
    if (command instanceof AbstractSetVariableCmd) {
      return written((Map<String, ?>) CommandFields.read(SET, command));
    }
    if (command instanceof AbstractRemoveVariableCmd) {
      return removed(
          new LinkedHashMap<>(), (Collection<String>) CommandFields.read(REMOVED, command));
    }
    if (command instanceof AbstractPatchVariablesCmd) {
      return removed(
          written((Map<String, ?>) CommandFields.read(PATCHED, command)),
          (Collection<String>) CommandFields.read(PATCH_DELETIONS, command));
    }
    if (command instanceof ModifyProcessInstanceCmd
        || command instanceof ModifyProcessInstanceAsyncCmd) {
      return of(modification(command));
    }
    if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl message = correlation(command);
      return written(
          message.getPayloadProcessInstanceVariables(),
          message.getPayloadProcessInstanceVariablesLocal(),
          message.getPayloadProcessInstanceVariablesToTriggeredScope());
    }
    if (command instanceof AbstractMigrationCmd migration) {
      return written(InstancesStayInTheirDiagram.planOf(migration).getVariables());
    }
    if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
      return written((Map<String, ?>) CommandFields.read(BATCH, command));
    }
    return Map.of();
  }

  /** The modification a modifying command carries out, one instance's or a batch's. */
  public static ProcessInstanceModificationBuilderImpl modification(Command<?> command) {
    return (ProcessInstanceModificationBuilderImpl)
        CommandFields.read(
            command instanceof ModifyProcessInstanceCmd ? MODIFICATION : ASYNC_MODIFICATION,
            command);
  }

  /** The correlation a message's command carries out. */
  public static MessageCorrelationBuilderImpl correlation(Command<?> command) {
    return (MessageCorrelationBuilderImpl) CommandFields.read(CORRELATION, command);
  }

  private static Map<String, Object> of(ProcessInstanceModificationBuilderImpl modification) {
    Map<String, Object> written = written(modification.getProcessVariables());
    modification.getModificationOperations().stream()
        .filter(AbstractInstantiationCmd.class::isInstance)
        .map(AbstractInstantiationCmd.class::cast)
        .forEach(start -> written.putAll(written(start.getVariables(), start.getVariablesLocal())));
    return written;
  }

  @SafeVarargs
  private static Map<String, Object> written(Map<String, ?>... variables) {
    Map<String, Object> written = new LinkedHashMap<>();
    for (Map<String, ?> some : variables) {
      if (some != null) {
        written.putAll(some);
      }
    }
    return written;
  }

  private static Map<String, Object> removed(
      Map<String, Object> written, Collection<String> names) {
    if (names != null) {
      names.forEach(name -> written.put(name, null));
    }
    return written;
  }
}
