package com.deliverysupervision.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * SAAS-3, REL-2: a monthly run whose time came while no timer was there to start it runs when the
 * application starts. Every deployment of a changed file is a new version of every diagram, the
 * runs' too, and Camunda then replaces their timers with ones due at the next time after now: a
 * release installed over the 1st's 00:05 dropped that month's bills or settlements until the next
 * month. The runs bill and settle nothing twice, so starting one on each node that starts costs
 * nothing but its look-up.
 */
@Component
class MonthlyRunsCatchUp {
  private static final Logger log = LoggerFactory.getLogger(MonthlyRunsCatchUp.class);

  private final List<MonthlyRun> runs;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final ZoneId zone;

  MonthlyRunsCatchUp(
      List<MonthlyRun> runs,
      RuntimeService runtimeService,
      HistoryService historyService,
      RepositoryService repositoryService,
      ManagementService managementService,
      @Value("${delivery.zone}") ZoneId zone) {
    this.runs = runs;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.zone = zone;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    catchUp();
  }

  /** Starts each run whose last time has no run since; the process keys of those started. */
  List<String> catchUp() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<String> started = new ArrayList<>();
    for (MonthlyRun run : runs) {
      Optional<Instant> due = MarketplaceZoneCycles.lastOccurrence(run.getCycle(), now, zone);
      if (due.isPresent() && missed(run.processKey(), due.get(), now) && started(run, due.get())) {
        started.add(run.processKey());
      }
    }
    return started;
  }

  /**
   * Starts the run, and says whether it did. Nodes starting together may both start it: the second
   * waits for the first's bills or settlements and fails on them (each is made once), which must
   * not stop the node from starting, nor keep the other runs from catching up.
   */
  private boolean started(MonthlyRun run, Instant due) {
    try {
      runtimeService.startProcessInstanceByKey(run.processKey());
    } catch (RuntimeException failed) {
      log.warn(
          "The {} due at {} found no timer to start it, and could not be started now: {}. If"
              + " another node started it at the same moment, its run did the work; otherwise it"
              + " runs at the next node start or at its next time",
          run.processKey(),
          due,
          failed.getMessage());
      return false;
    }
    log.info(
        "The {} due at {} found no timer to start it (a deployment replaced it, or no node ran"
            + " then): started now",
        run.processKey(),
        due);
    return true;
  }

  /**
   * Whether neither a run nor a timer took care of the time {@code due}: no run started since, no
   * timer due now (the job executor starts that one), and the diagram was deployed before.
   */
  private boolean missed(String processKey, Instant due, Instant now) {
    boolean timerDue =
        managementService
                .createJobQuery()
                .processDefinitionKey(processKey)
                .timers()
                .duedateLowerThan(Date.from(now.plusSeconds(1)))
                .count()
            > 0;
    if (timerDue) {
      return false;
    }
    Instant since = firstDeployed(processKey).orElse(now);
    for (HistoricProcessInstance last :
        historyService
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(processKey)
            .orderByProcessInstanceStartTime()
            .desc()
            .listPage(0, 1)) {
      since = last.getStartTime().toInstant();
    }
    return since.isBefore(due);
  }

  private Optional<Instant> firstDeployed(String processKey) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .orderByProcessDefinitionVersion()
        .asc()
        .listPage(0, 1)
        .stream()
        .findFirst()
        .map(ProcessDefinition::getDeploymentId)
        .map(
            id ->
                repositoryService
                    .createDeploymentQuery()
                    .deploymentId(id)
                    .singleResult()
                    .getDeploymentTime()
                    .toInstant());
  }
}
