package com.deliverysupervision.forms;

import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.EntryCheck;
import com.deliverysupervision.process.FormReferences;
import com.deliverysupervision.process.InstancesStayInTheirDiagram;
import com.deliverysupervision.process.PostCommandInterceptors;
import com.deliverysupervision.process.VariablesWritten;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.batch.BatchElementConfiguration;
import org.camunda.bpm.engine.impl.batch.DeploymentMapping;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * ALL-6, LIC-3, LIC-4, and every rule that reads a party's entry (a decision, a transfer's billing
 * accounts): what a party enters on a task's form passes the form's checks and the rules' checks of
 * that entry ({@link EntryCheck}) when they send it. Camunda lets an administrator change any
 * variable of a running instance or task by hand (Cockpit's variable editing, {@code PUT}, {@code
 * POST} or {@code DELETE .../variables}, a modification's, a message's or a migration's variables),
 * and none of these checks ran then: a license's enabling time set as a text made "Start the
 * validity period" fail at the customer's acceptance, an incident; a file set without its form was
 * never judged by its content. A logged-in user's change of a variable that a form of the
 * instance's diagram asks for is refused with 400 unless the value passes the checks of each such
 * form and of the entry's rules (also one a step requires for the choice the instance holds, {@link
 * RequiredWhen}), so that an administrator still corrects an entry as its party could have entered
 * it. A batch or a migration setting such a variable is refused: an entry is corrected one order at
 * a time. An administrator's completion of a task, which may carry any variable, has the entries
 * its form does not ask for judged alike. A message that names no instance is checked against every
 * instance waiting for it (of its business key, if it names one).
 */
@Component
class EntriesChangedByHandPassTheirForms extends AbstractProcessEnginePlugin {
  private static final Logger log =
      LoggerFactory.getLogger(EntriesChangedByHandPassTheirForms.class);
  private static final Method BATCH_INSTANCES =
      CommandFields.method(
          SetVariablesToProcessInstancesBatchCmd.class,
          "collectProcessInstanceIds",
          CommandContext.class);

  private final DeployedForms deployedForms;
  private final List<EntryCheck> entryChecks;
  private final RequiredWhen requiredWhen;

  EntriesChangedByHandPassTheirForms(
      DeployedForms deployedForms, List<EntryCheck> entryChecks, RequiredWhen requiredWhen) {
    this.deployedForms = deployedForms;
    this.entryChecks = List.copyOf(entryChecks);
    this.requiredWhen = requiredWhen;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.add(
        configuration,
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            Map<String, Object> written = VariablesWritten.valuesBy(command);
            if (!written.isEmpty()
                && PostCommandInterceptors.isUsersOwn(Context.getCommandContext())) {
              check(command, written);
            }
            Optional<Map<?, ?>> completion = SubmittedNames.sentToTask(command);
            // Others may send only what the task's form names (SubmittedNames).
            if (completion.isPresent()
                && SubmittedNames.current().isEmpty()
                && PostCommandInterceptors.isUsersOwn(Context.getCommandContext())) {
              checkOtherEntries(SubmittedNames.taskOf(command), completion.get());
            }
            return next.execute(command);
          }
        });
  }

  private void check(Command<?> command, Map<String, Object> written) {
    if (command instanceof SetVariablesToProcessInstancesBatchCmd) {
      BatchElementConfiguration instances =
          (BatchElementConfiguration)
              CommandFields.call(BATCH_INSTANCES, command, Context.getCommandContext());
      for (DeploymentMapping deployment : instances.getMappings()) {
        refuseEntries(written, deployedForms.fieldNamesOfDeployment(deployment.getDeploymentId()));
      }
    } else if (command instanceof AbstractMigrationCmd migration) {
      String target = InstancesStayInTheirDiagram.planOf(migration).getTargetProcessDefinitionId();
      refuseEntries(written, deployedForms.fieldsOfDiagram(target).keySet());
    } else {
      InstancesChanged.by(command).forEach(instance -> check(instance, written));
    }
  }

  /**
   * An administrator's completion may carry any variable: what the task's form asks for, its own
   * checks judge ({@link SubmittedFormCheck}); every other entry is judged here as a change by
   * hand, but one the form only shows, sent back as the process holds it (or empty where it holds
   * nothing), as Tasklist sends it.
   */
  private void checkOtherEntries(String taskId, Map<?, ?> sent) {
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null || task.getProcessInstance() == null || task.getTaskDefinition() == null) {
      return;
    }
    Optional<FormSchema> form =
        FormReferences.of(task.getTaskDefinition().getFormDefinition(), task.getTaskDefinitionKey())
            .map(formId -> deployedForms.find(task.getProcessDefinitionId(), formId));
    Set<String> asked =
        form.map(schema -> schema.fields().stream().map(FormField::key).collect(Collectors.toSet()))
            .orElse(Set.of());
    Set<String> shown = form.map(FormSchema::shownOnly).orElse(Set.of());
    Map<String, Object> others = new LinkedHashMap<>();
    sent.forEach(
        (key, value) -> {
          String name = String.valueOf(key);
          boolean asShown =
              shown.contains(name)
                  && ReadOnlyFieldsUnchanged.same(
                      task.getVariable(name), ReadOnlyFieldsUnchanged.valueOf(value));
          if (!asked.contains(name) && !asShown) {
            others.put(name, value);
          }
        });
    if (!others.isEmpty()) {
      check(task.getProcessInstance(), others);
    }
  }

  private void check(ExecutionEntity instance, Map<String, Object> written) {
    Map<String, List<FormField>> fields =
        deployedForms.fieldsOfDiagram(instance.getProcessDefinitionId());
    String processKey = instance.getProcessDefinition().getKey();
    written.forEach(
        (name, sent) -> {
          Object value = formValue(sent);
          List<FormField> asked = fields.getOrDefault(name, List.of());
          for (FormField field : asked) {
            field.problemWith(value).ifPresent(problem -> refuse(instance, name, problem));
          }
          if (!asked.isEmpty()
              && (value == null || value.toString().isBlank())
              && requiredWhen.requiredNow(instance, name)) {
            refuse(instance, name, asked.get(0).label() + " is required.");
          }
          for (EntryCheck check : entryChecks) {
            if (check.entry().processKey().equals(processKey)
                && check.entry().variable().equals(name)) {
              check
                  .problemWith(value, instance)
                  .ifPresent(problem -> refuse(instance, name, problem));
            }
          }
        });
  }

  private static void refuse(ExecutionEntity instance, String name, String problem) {
    log.info(
        "Change of {} in order {} by hand refused: {}",
        name,
        instance.getProcessBusinessKey(),
        problem);
    throw new BadUserRequestException(
        problem
            + " ("
            + name
            + " is a party's entry: changed by hand too, it passes the checks of its form and"
            + " of the rules.)");
  }

  /** As a form's check reads a variable: a file as its {@code FileValue}, else its value. */
  private static Object formValue(Object sent) {
    return sent instanceof TypedValue typed && !(typed instanceof FileValue)
        ? typed.getValue()
        : sent;
  }

  /** Many orders at once: an entry is no more the same for all of them than it is their party's. */
  private static void refuseEntries(Map<String, Object> written, Set<String> entries) {
    for (String name : written.keySet()) {
      if (entries.contains(name)) {
        log.info("Change of {} in many orders at once refused", name);
        throw new BadUserRequestException(
            name
                + " is a party's entry on a form: it is corrected one order at a time, where its"
                + " form's checks run.");
      }
    }
  }
}
