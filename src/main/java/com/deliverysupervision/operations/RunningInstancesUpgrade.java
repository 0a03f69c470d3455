package com.deliverysupervision.operations;

import com.deliverysupervision.identity.SystemCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of a process's earlier versions to its latest version, each waiting
 * step to the step of the same ID: a diagram changed in Modeler keeps an element's ID where it
 * means the same, also when the element moved into a subprocess (which Camunda's own matching of
 * equal activities leaves out). Camunda's migration keeps each task (assignee, grants, variables)
 * and each timer (its due date) as it is; it refuses, naming the steps, an instance it cannot
 * place.
 */
@Service
public class RunningInstancesUpgrade {
  private static final Logger log = LoggerFactory.getLogger(RunningInstancesUpgrade.class);
  // Camunda's scope around a multi-instance activity's instances.
  private static final String BODY = "#multiInstanceBody";
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final SystemCalls systemCalls;

  RunningInstancesUpgrade(
      RepositoryService repositoryService,
      RuntimeService runtimeService,
      PlatformTransactionManager transactionManager,
      SystemCalls systemCalls) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.transactions = new TransactionTemplate(transactionManager);
    this.systemCalls = systemCalls;
  }

  /** An earlier version of the process and how many of its instances run. */
  public record EarlierVersion(int version, long instances) {}

  /**
   * @param toVersion the latest version, which the instances run now (or would, when checked)
   * @param from the earlier versions that had running instances
   * @param done false for a check, which changes nothing
   */
  public record Upgrade(
      String processKey, int toVersion, List<EarlierVersion> from, boolean done) {}

  /** A process that does not exist, or instances that cannot move, said in words. */
  public static class UpgradeRefused extends RuntimeException {
    private final boolean unknownProcess;

    UpgradeRefused(String message, boolean unknownProcess) {
      super(message);
      this.unknownProcess = unknownProcess;
    }

    public boolean unknownProcess() {
      return unknownProcess;
    }
  }

  /**
   * Moves every running instance of an earlier version, all in one transaction: all of them move,
   * or none. {@code checkOnly} does the same and rolls it back, to learn whether they could.
   */
  public Upgrade upgrade(String processKey, boolean checkOnly) {
    ProcessDefinition latest =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    if (latest == null) {
      throw new UpgradeRefused("There is no process " + processKey + ".", true);
    }
    try {
      Upgrade upgrade =
          transactions.execute(
              status -> {
                List<EarlierVersion> from = new ArrayList<>();
                for (ProcessDefinition earlier : earlierVersions(latest)) {
                  long running =
                      runtimeService
                          .createProcessInstanceQuery()
                          .processDefinitionId(earlier.getId())
                          .count();
                  if (running > 0) {
                    migrate(earlier, latest);
                    from.add(new EarlierVersion(earlier.getVersion(), running));
                  }
                }
                if (checkOnly) {
                  status.setRollbackOnly();
                }
                return new Upgrade(processKey, latest.getVersion(), from, !checkOnly);
              });
      if (!checkOnly && !upgrade.from().isEmpty()) {
        log.info(
            "Running instances of {} moved to its version {}: {}",
            processKey,
            latest.getVersion(),
            upgrade.from());
      }
      return upgrade;
    } catch (MigrationPlanValidationException refused) {
      throw refusal(words(processKey, latest, refused));
    } catch (MigratingProcessInstanceValidationException refused) {
      throw refusal(words(processKey, latest, refused));
    }
  }

  /**
   * Camunda cannot add a scope to a suspended instance: a delivery frozen by an appeal or dispute
   * (SAAS-8, ALI-1) is activated for its move and suspended again in the same transaction, so that
   * nothing sees it active; the application does it, not the administrator, who may not activate a
   * frozen delivery ({@code FrozenDeliveriesResumeByDecision}).
   */
  private void migrate(ProcessDefinition earlier, ProcessDefinition latest) {
    List<String> frozen =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionId(earlier.getId())
            .suspended()
            .list()
            .stream()
            .map(ProcessInstance::getId)
            .toList();
    systemCalls.run(
        () -> {
          frozen.forEach(runtimeService::activateProcessInstanceById);
          return null;
        });
    runtimeService
        .newMigration(plan(earlier, latest))
        .processInstanceQuery(
            runtimeService.createProcessInstanceQuery().processDefinitionId(earlier.getId()))
        .skipCustomListeners()
        .skipIoMappings()
        .execute();
    systemCalls.run(
        () -> {
          frozen.forEach(runtimeService::suspendProcessInstanceById);
          return null;
        });
  }

  private static UpgradeRefused refusal(String words) {
    log.info("Upgrade refused: {}", words);
    return new UpgradeRefused(words, false);
  }

  private List<ProcessDefinition> earlierVersions(ProcessDefinition latest) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(latest.getKey())
        .orderByProcessDefinitionVersion()
        .asc()
        .list()
        .stream()
        .filter(definition -> definition.getVersion() < latest.getVersion())
        .toList();
  }

  private MigrationPlan plan(ProcessDefinition earlier, ProcessDefinition latest) {
    BpmnModelInstance from = repositoryService.getBpmnModelInstance(earlier.getId());
    BpmnModelInstance to = repositoryService.getBpmnModelInstance(latest.getId());
    MigrationPlanBuilder plan =
        runtimeService.createMigrationPlan(earlier.getId(), latest.getId()).mapEqualActivities();
    for (FlowNode step : from.getModelElementsByType(FlowNode.class)) {
      ModelElementInstance there = to.getModelElementById(step.getId());
      if (movedToAnotherScope(step, there) && canWait(step)) {
        plan.mapActivities(step.getId(), step.getId());
        if (multiInstance(step) && multiInstance(there)) {
          plan.mapActivities(step.getId() + BODY, step.getId() + BODY);
        }
      }
    }
    return plan.build();
  }

  /** Its scopes differ, up to the process: wrapped in a new subprocess, or taken out of one. */
  private static boolean movedToAnotherScope(FlowNode step, ModelElementInstance there) {
    return there != null
        && there.getElementType().getTypeName().equals(step.getElementType().getTypeName())
        && !scopesOf(there).equals(scopesOf(step));
  }

  private static List<String> scopesOf(ModelElementInstance element) {
    List<String> scopes = new ArrayList<>();
    for (ModelElementInstance scope = element.getParentElement();
        scope != null;
        scope = scope.getParentElement()) {
      scopes.add(idOf(scope));
    }
    return scopes;
  }

  private static boolean multiInstance(ModelElementInstance step) {
    return step instanceof Activity activity && activity.getLoopCharacteristics() != null;
  }

  /** What an instance can wait at: Camunda migrates these and no other steps. */
  private static boolean canWait(FlowNode step) {
    return step instanceof UserTask
        || step instanceof ReceiveTask
        || step instanceof SubProcess
        || step instanceof CallActivity
        || step instanceof BoundaryEvent
        || step instanceof IntermediateCatchEvent
        || step.isCamundaAsyncBefore()
        || step.isCamundaAsyncAfter();
  }

  private static String idOf(ModelElementInstance element) {
    return element.getAttributeValue("id");
  }

  private static String words(
      String processKey, ProcessDefinition latest, MigrationPlanValidationException refused) {
    String failures =
        refused.getValidationReport().getInstructionReports().stream()
            .map(
                report ->
                    step(
                        report.getMigrationInstruction().getSourceActivityId(),
                        report.getFailures()))
            .collect(Collectors.joining(". "));
    return cannotMove(processKey, latest) + failures + ".";
  }

  private static String words(
      String processKey,
      ProcessDefinition latest,
      MigratingProcessInstanceValidationException refused) {
    var report = refused.getValidationReport();
    List<String> failures = new ArrayList<>(report.getFailures());
    report
        .getActivityInstanceReports()
        .forEach(step -> failures.add(step(step.getSourceScopeId(), step.getFailures())));
    report
        .getTransitionInstanceReports()
        .forEach(step -> failures.add(step(step.getSourceScopeId(), step.getFailures())));
    return cannotMove(processKey, latest)
        + "instance "
        + report.getProcessInstanceId()
        + ", "
        + String.join(". ", failures)
        + ".";
  }

  private static String step(String stepId, List<String> failures) {
    return "step " + stepId + ": " + String.join("; ", failures);
  }

  private static String cannotMove(String processKey, ProcessDefinition latest) {
    return "The running instances of "
        + processKey
        + " cannot move to version "
        + latest.getVersion()
        + ", and none moved: ";
  }
}
