package com.deliverysupervision.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Adds an interceptor that sees each command inside its command context, before it runs: it may
 * read what the command will read (from the command's cache afterwards). Call from a plugin's
 * {@code preInit}.
 */
public final class PostCommandInterceptors {
  private PostCommandInterceptors() {}

  public static void add(
      ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
    }
    interceptors.add(interceptor);
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }
}
