package com.deliverysupervision.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

  /**
   * Whether the command running in the context is a logged-in user's own, checked as that user: not
   * the application's, which runs without a user or, inside a user's command, without the user's
   * checks.
   */
  public static boolean isUsersOwn(CommandContext context) {
    return context.getAuthenticatedUserId() != null && context.isAuthorizationCheckEnabled();
  }

  /**
   * Adds a check of each command of the type, run inside its command context before the command
   * runs: it may read what the command will read, and refuses the command by throwing.
   */
  public static <C extends Command<?>> void addCheck(
      ProcessEngineConfigurationImpl configuration, Class<C> type, Consumer<C> check) {
    add(
        configuration,
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            if (type.isInstance(command)) {
              check.accept(type.cast(command));
            }
            return next.execute(command);
          }
        });
  }
}
