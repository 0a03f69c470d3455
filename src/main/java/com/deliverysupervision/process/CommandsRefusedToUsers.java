package com.deliverysupervision.process;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Refuses the commands a logged-in user may not run, through any API; the application's own calls,
 * with nobody logged in, still run them. A subclass names the commands and the refusal, and says
 * why in its documentation.
 */
public abstract class CommandsRefusedToUsers extends AbstractProcessEnginePlugin {
  private final Function<Command<?>, Optional<RuntimeException>> refusalOf;

  protected CommandsRefusedToUsers(
      Predicate<Command<?>> refused, Supplier<RuntimeException> refusal) {
    this(command -> refused.test(command) ? Optional.of(refusal.get()) : Optional.empty());
  }

  /** For a refusal that depends on what the command was given: empty for a command that goes on. */
  protected CommandsRefusedToUsers(Function<Command<?>, Optional<RuntimeException>> refusalOf) {
    this.refusalOf = refusalOf;
  }

  /** Whether the refusal applies to this user: to every logged-in user, unless overridden. */
  protected boolean limits(Authentication user, ProcessEngineConfigurationImpl configuration) {
    return true;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.check(
        configuration,
        command -> {
          Authentication user = configuration.getIdentityService().getCurrentAuthentication();
          if (user != null) {
            Optional<RuntimeException> refusal = refusalOf.apply(command);
            if (refusal.isPresent() && limits(user, configuration)) {
              throw refusal.get();
            }
          }
        });
  }
}
