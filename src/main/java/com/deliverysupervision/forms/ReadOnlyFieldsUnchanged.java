package com.deliverysupervision.forms;

import com.deliverysupervision.process.FormReferences;
import com.deliverysupervision.process.PostCommandInterceptors;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: what a task's form shows read-only is the other party's, or the process's, and not
 * the user's to change. Camunda lets a completion set any variable the form names: an approver of a
 * transfer sent another target reseller with its approval and moved the entitlement there; a
 * customer accepting a license delivery set the seller's enabling time (LIC-4); a seller rewrote
 * the demand the customer had submitted. A value sent for such a field that differs from the one
 * the process holds is refused with 400, before the completion sets anything.
 *
 * <p>Tasklist sends a Camunda Form's read-only fields back as it showed them (an empty text for a
 * variable the process does not have yet), an embedded form only the fields the user changed: both
 * pass. Checked inside the command, before it runs: the task it reads is the one the completion
 * then finds in the command's cache. Users whose submissions {@link SubmittedNames} does not limit
 * (administrators, the application's own calls) are not limited here either.
 */
@Component
class ReadOnlyFieldsUnchanged extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(ReadOnlyFieldsUnchanged.class);

  private final DeployedForms deployedForms;

  ReadOnlyFieldsUnchanged(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(configuration, new Checking());
  }

  private final class Checking extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      Optional<Set<String>> names = SubmittedNames.current();
      Optional<Map<?, ?>> sent = SubmittedNames.sentToTask(command);
      if (names.isPresent() && sent.isPresent() && !sent.get().isEmpty()) {
        check(SubmittedNames.taskOf(command), sent.get());
      }
      return next.execute(command);
    }
  }

  private void check(String taskId, Map<?, ?> sent) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    TaskDefinition definition = task == null ? null : task.getTaskDefinition();
    if (definition == null) {
      return;
    }
    Optional<String> formId =
        FormReferences.of(definition.getFormDefinition(), task.getTaskDefinitionKey());
    if (formId.isEmpty()) {
      return;
    }
    for (String field :
        deployedForms.find(task.getProcessDefinitionId(), formId.get()).shownOnly()) {
      if (sent.containsKey(field) && !same(task.getVariable(field), valueOf(sent.get(field)))) {
        // As the completion would: whoever may not work on the task learns nothing of its form.
        context
            .getProcessEngineConfiguration()
            .getCommandCheckers()
            .forEach(checker -> checker.checkTaskWork(task));
        log.info(
            "{} of order {} refused: {} was sent changed, though its form only shows it",
            task.getName(),
            task.getProcessInstance() == null ? null : task.getProcessInstance().getBusinessKey(),
            field);
        throw new FormFieldValidationException(
            field,
            task.getName()
                + " cannot be completed: "
                + field
                + " is shown on its form, not asked; leave it out or send it as it is.");
      }
    }
  }

  static Object valueOf(Object sent) {
    return sent instanceof TypedValue typed ? typed.getValue() : sent;
  }

  /** A number sent as JSON may come back as another number type; nothing is an empty text. */
  static boolean same(Object held, Object sent) {
    if (Objects.equals(held, sent) || (held == null && "".equals(sent))) {
      return true;
    }
    return held instanceof Number number
        && sent instanceof Number other
        && new BigDecimal(number.toString()).compareTo(new BigDecimal(other.toString())) == 0;
  }
}
