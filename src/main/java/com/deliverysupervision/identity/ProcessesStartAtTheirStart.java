package com.deliverysupervision.identity;

import com.deliverysupervision.process.PreCommandInterceptors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * ALL-2: a seller or a customer may start one process, the appeal, and only at its start event,
 * whose first step checks the appeal (SAAS-6..SAAS-8, ALI-1). Camunda lets whoever may start a
 * process start it at any activity instead ({@code startInstructions} of its REST API), which would
 * skip that check, e.g. straight into "Close the order". Only marketplace administrators and
 * Camunda administrators start a process that way; the application itself (no user logged in) may
 * too.
 */
@Component
class ProcessesStartAtTheirStart extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.add(configuration, new StartAtActivitiesGuard(configuration));
  }

  private static class StartAtActivitiesGuard extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    StartAtActivitiesGuard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof StartProcessInstanceAtActivitiesCmd) {
        Authentication user = configuration.getIdentityService().getCurrentAuthentication();
        if (user != null && !Administrators.include(user, configuration)) {
          throw new AuthorizationException(
              "Only marketplace administrators may start a process at an activity of their"
                  + " choice: start it at its start event (an appeal or dispute: Tasklist's"
                  + " \"Start process\", or POST /api/orders/{orderId}/appeals).");
        }
      }
      return next.execute(command);
    }
  }
}
