package com.deliverysupervision.process;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrateProcessInstanceCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: a running instance moves only to another version of its own diagram (what {@code
 * POST /api/processes/{key}/upgrade} does). Camunda's migration (Cockpit's "Migrate", {@code POST
 * /migration/execute}) also moves an instance into another process: an order's delivery so moved
 * into another template would run rules its order was not placed with, while the order still names
 * its own. A logged-in user's migration between two processes is refused with 400.
 */
@Component
public class InstancesStayInTheirDiagram extends AbstractProcessEnginePlugin {
  static final String REFUSAL =
      "An instance moves only to another version of its own diagram (POST"
          + " /api/processes/{processKey}/upgrade), not into another process.";

  private static final Field PLAN =
      CommandFields.of(AbstractMigrationCmd.class, "executionBuilder");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PostCommandInterceptors.addCheck(
        configuration, MigrateProcessInstanceCmd.class, migration -> check(planOf(migration)));
    PostCommandInterceptors.addCheck(
        configuration, MigrateProcessInstanceBatchCmd.class, migration -> check(planOf(migration)));
  }

  /** The plan of a migration, one instance or a batch. */
  public static MigrationPlan planOf(AbstractMigrationCmd migration) {
    return ((MigrationPlanExecutionBuilderImpl) CommandFields.read(PLAN, migration))
        .getMigrationPlan();
  }

  private static void check(MigrationPlan plan) {
    CommandContext context = Context.getCommandContext();
    if (plan == null || context.getAuthenticatedUserId() == null) {
      return;
    }
    DeploymentCache definitions = context.getProcessEngineConfiguration().getDeploymentCache();
    String from =
        definitions.findDeployedProcessDefinitionById(plan.getSourceProcessDefinitionId()).getKey();
    String to =
        definitions.findDeployedProcessDefinitionById(plan.getTargetProcessDefinitionId()).getKey();
    if (!from.equals(to)) {
      throw new BadUserRequestException(REFUSAL);
    }
  }
}
