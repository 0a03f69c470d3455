package com.deliverysupervision.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

  /** Adds a check of each command before it runs: a check that throws refuses the command. */
  public static void check(
      ProcessEngineConfigurationImpl configuration, Consumer<Command<?>> check) {
    add(
        configuration,
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            check.accept(command);
            return next.execute(command);
          }
        });
  }
}
