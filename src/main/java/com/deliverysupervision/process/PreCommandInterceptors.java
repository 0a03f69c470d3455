package com.deliverysupervision.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Adds an interceptor that sees each command before it runs, after those added before it. Call from
 * a plugin's {@code preInit}.
 */
public final class PreCommandInterceptors {
  private PreCommandInterceptors() {}

  public static void add(
      ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /**
   * Refuses the commands a logged-in user may not run (through any API); the application's own
   * calls, with nobody logged in, still run them.
   */
  public static void refuseToUsers(
      ProcessEngineConfigurationImpl configuration,
      Predicate<Command<?>> refused,
      Supplier<RuntimeException> refusal) {
    add(
        configuration,
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            if (refused.test(command)
                && configuration.getIdentityService().getCurrentAuthentication() != null) {
              throw refusal.get();
            }
            return next.execute(command);
          }
        });
  }
}
