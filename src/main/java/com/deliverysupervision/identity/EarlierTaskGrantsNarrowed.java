package com.deliverysupervision.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ALL-2: the grants of tasks opened before assignees were limited to working on their tasks ({@code
 * default-user-permission-name-for-task: TASK_WORK} in application.yaml) are narrowed to that too,
 * at start: such a task may stay open for weeks, and its assignee could still hand it to a
 * stranger. Only grants of a single task as Camunda wrote them (read and update) change; what an
 * administrator granted by hand stays as it is.
 */
@Component
class EarlierTaskGrantsNarrowed {
  private static final Logger log = LoggerFactory.getLogger(EarlierTaskGrantsNarrowed.class);
  private static final int AS_CAMUNDA_WROTE_THEM = READ.getValue() | UPDATE.getValue();
  private static final int TO_WORK_ON_THE_TASK =
      READ.getValue() | TaskPermissions.TASK_WORK.getValue();

  private final JdbcClient jdbc;

  EarlierTaskGrantsNarrowed(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void narrow() {
    // In SQL: the engine's authorization cache holds none of these, and a node may start with a
    // hundred thousand open tasks.
    int narrowed =
        jdbc.sql(
                "update ACT_RU_AUTHORIZATION set PERMS_ = ?, REV_ = REV_ + 1"
                    + " where TYPE_ = ? and RESOURCE_TYPE_ = ? and RESOURCE_ID_ <> '*'"
                    + " and PERMS_ = ?")
            .params(
                TO_WORK_ON_THE_TASK,
                Authorization.AUTH_TYPE_GRANT,
                TASK.resourceType(),
                AS_CAMUNDA_WROTE_THEM)
            .update();
    if (narrowed > 0) {
      log.info("{} grants of open tasks narrowed to working on the task (ALL-2)", narrowed);
    }
  }
}
