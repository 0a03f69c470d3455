package com.deliverysupervision.forms;

import com.deliverysupervision.process.FormReferences;
import com.deliverysupervision.process.ParseListeners;
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
 * start form names, as with a task's form ({@link SubmittedFormCheck}). The first steps set every
 * variable the process keeps for itself (the appellant, who decides, the transfer's facts), so what
 * a start carried along was overwritten; this keeps it so when a step is added that reads a
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
    Optional<Set<String>> named =
        formId.map(id -> deployedForms.find(execution.getProcessDefinitionId(), id).names());
    SubmittedFormCheck.notOnTheForm(sent, named)
        .ifPresent(
            refusal -> {
              log.info(
                  "Start of {} ({}) refused: {}",
                  process,
                  execution.getProcessBusinessKey(),
                  refusal.reason());
              throw new FormFieldValidationException(
                  refusal.field(), process + " cannot be started: " + refusal.reason());
            });
  }
}
