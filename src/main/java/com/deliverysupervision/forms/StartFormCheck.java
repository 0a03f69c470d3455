package com.deliverysupervision.forms;

import com.deliverysupervision.process.CompletedTask;
import com.deliverysupervision.process.FormReferences;
import com.deliverysupervision.process.ParseListeners;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: a user who starts a process (an appeal or dispute, a transfer) sends only what its
 * start form names, within the form's limits, as with a task's form ({@link SubmittedFormCheck}): a
 * value past a column's length would otherwise fail in the database with a 500. The first steps set
 * every variable the process keeps for itself (the appellant, who decides, the transfer's facts),
 * so what a start carried along was overwritten; this keeps it so when a step is added that reads a
 * variable before setting it. Checked as the start event is entered, in the start's transaction,
 * whichever channel started it (Tasklist's start form, Camunda's REST API, Java); administrators
 * and the application itself are not limited ({@link SubmittedNames}).
 */
@Component
class StartFormCheck extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(StartFormCheck.class);

  private final DeployedForms deployedForms;

  // Lazy: the forms are read through the engine this plugin configures.
  StartFormCheck(@Lazy DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterParsing(configuration, new AttachCheck());
  }

  private final class AttachCheck extends AbstractBpmnParseListener {
    @Override
    public void parseStartEvent(
        Element startEventElement, ScopeImpl scope, ActivityImpl startEvent) {
      if (!(scope instanceof ProcessDefinitionEntity process)) {
        return;
      }
      Optional<String> formId =
          FormReferences.of(process.getStartFormDefinition(), startEvent.getId());
      String name = process.getName() == null ? process.getKey() : process.getName();
      ExecutionListener check =
          execution ->
              SubmittedNames.currentStart()
                  .ifPresent(sent -> refuseWhatTheFormDoesNotName(execution, name, formId, sent));
      startEvent.addBuiltInListener(ExecutionListener.EVENTNAME_START, check);
    }
  }

  private void refuseWhatTheFormDoesNotName(
      DelegateExecution execution, String process, Optional<String> formId, Set<String> sent) {
    Optional<FormSchema> form =
        formId.map(id -> deployedForms.find(execution.getProcessDefinitionId(), id));
    SubmittedFormCheck.notOnTheForm(sent, form.map(FormSchema::names))
        .ifPresent(refusal -> refuse(execution, process, refusal.field(), refusal.reason()));
    form.ifPresent(schema -> refuseWhatTheFormLimits(execution, process, schema));
  }

  /**
   * What was sent stays within the form's limits (length, pattern, options, files), as a task's
   * form does; what is missing the process's first steps say in their own words.
   */
  private static void refuseWhatTheFormLimits(
      DelegateExecution execution, String process, FormSchema schema) {
    List<String> problems =
        schema.fields().stream()
            .filter(field -> sent(CompletedTask.formValue(execution, field.key())))
            .flatMap(
                field ->
                    field.problemWith(CompletedTask.formValue(execution, field.key())).stream())
            .toList();
    if (!problems.isEmpty()) {
      refuse(execution, process, schema.formId(), String.join(" ", problems));
    }
  }

  private static boolean sent(Object value) {
    return value != null && !(value instanceof String text && text.isBlank());
  }

  private static void refuse(
      DelegateExecution execution, String process, String field, String reason) {
    log.info("Start of {} ({}) refused: {}", process, execution.getProcessBusinessKey(), reason);
    throw new FormFieldValidationException(field, process + " cannot be started: " + reason);
  }
}
