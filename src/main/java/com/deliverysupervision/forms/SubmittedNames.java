package com.deliverysupervision.forms;

import com.deliverysupervision.identity.Administrators;
import com.deliverysupervision.process.PreCommandInterceptors;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: which variables a user sent with a task's completion or form submission, for {@link
 * SubmittedFormCheck}, which refuses those the task's form does not name. Camunda lets a completion
 * carry any variable, and so set what the process keeps for itself: a seller who sent {@code
 * sellerMayAppeal} with its acceptance of a request could appeal at once (SAAS-6, SAAS-7), one who
 * sent {@code customerContactShown} read the customer's contact early (LIC-6).
 *
 * <p>Noted before the command runs, for every channel (Camunda's REST API, the one Tasklist uses,
 * Java): the commands do not tell what they were given, so it is read from their fields; should an
 * upgrade of Camunda rename them, the application does not start (and SubmittedNamesTest fails).
 * Marketplace and Camunda administrators, who repair things by hand, and the application's own
 * calls (no user logged in) are not limited.
 */
@Component
class SubmittedNames extends AbstractProcessEnginePlugin {
  private static final Field COMPLETION_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMITTED_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
  private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

  /** The names the user submitted to the running completion; empty when nobody is limited. */
  static Optional<Set<String>> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PreCommandInterceptors.add(configuration, new Noting(configuration));
  }

  private static final class Noting extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Noting(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Field submitted =
          command instanceof CompleteTaskCmd
              ? COMPLETION_VARIABLES
              : command instanceof SubmitTaskFormCmd ? SUBMITTED_PROPERTIES : null;
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (submitted == null || user == null || Administrators.include(user, configuration)) {
        return next.execute(command);
      }
      Set<String> before = CURRENT.get();
      CURRENT.set(namesIn(submitted, command));
      try {
        return next.execute(command);
      } finally {
        CURRENT.set(before);
      }
    }
  }

  private static Set<String> namesIn(Field submitted, Command<?> command) {
    try {
      Map<?, ?> variables = (Map<?, ?>) submitted.get(command);
      return variables == null
          ? Set.of()
          : Set.copyOf(variables.keySet().stream().map(String::valueOf).toList());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read what " + command + " was given", e);
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(
          type.getName()
              + " has no field "
              + name
              + " any more: SubmittedNames must follow Camunda",
          e);
    }
  }
}
