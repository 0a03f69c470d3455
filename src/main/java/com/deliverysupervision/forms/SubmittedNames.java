package com.deliverysupervision.forms;

import com.deliverysupervision.identity.Administrators;
import com.deliverysupervision.process.CommandFields;
import com.deliverysupervision.process.PreCommandInterceptors;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: which variables a user sent with a task's completion or form submission, for {@link
 * SubmittedFormCheck}, which refuses those the task's form does not name, and with a process's
 * start, for {@link StartFormCheck}. Camunda lets a completion carry any variable, and so set what
 * the process keeps for itself: a seller who sent {@code sellerMayAppeal} with its acceptance of a
 * request could appeal at once (SAAS-6, SAAS-7), one who sent {@code customerContactShown} read the
 * customer's contact early (LIC-6).
 *
 * <p>Noted before the command runs, for every channel (Camunda's REST API, the one Tasklist uses,
 * Java), from the commands' fields ({@link CommandFields}). Marketplace and Camunda administrators,
 * who repair things by hand, and the application's own calls (no user logged in) are not limited.
 */
@Component
class SubmittedNames extends AbstractProcessEnginePlugin {
  private static final Field COMPLETION_VARIABLES =
      CommandFields.of(CompleteTaskCmd.class, "variables");
  private static final Field SUBMITTED_PROPERTIES =
      CommandFields.of(SubmitTaskFormCmd.class, "properties");
  private static final Field COMPLETED_TASK = CommandFields.of(CompleteTaskCmd.class, "taskId");
  private static final Field SUBMITTED_TASK = CommandFields.of(SubmitTaskFormCmd.class, "taskId");
  private static final Field START_FORM_VARIABLES =
      CommandFields.of(SubmitStartFormCmd.class, "variables");
  private static final Field INSTANTIATION =
      CommandFields.of(StartProcessInstanceCmd.class, "instantiationBuilder");
  private static final ThreadLocal<Submission> CURRENT = new ThreadLocal<>();

  /** What a user sent: to a task, or to a process's start. */
  private record Submission(boolean start, Set<String> names) {}

  /** The names the user submitted to the running completion; empty when nobody is limited. */
  static Optional<Set<String>> current() {
    return Optional.ofNullable(CURRENT.get()).filter(sent -> !sent.start()).map(Submission::names);
  }

  /** The names the user submitted to the running process start; empty when nobody is limited. */
  static Optional<Set<String>> currentStart() {
    return Optional.ofNullable(CURRENT.get()).filter(Submission::start).map(Submission::names);
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
      Optional<Submission> submission = submissionOf(command);
      Authentication user = configuration.getIdentityService().getCurrentAuthentication();
      if (submission.isEmpty() || user == null || Administrators.include(user, configuration)) {
        return next.execute(command);
      }
      Submission before = CURRENT.get();
      CURRENT.set(submission.get());
      try {
        return next.execute(command);
      } finally {
        CURRENT.set(before);
      }
    }
  }

  /** The variables a task's completion or form submission was given; empty for other commands. */
  static Optional<Map<?, ?>> sentToTask(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return Optional.ofNullable((Map<?, ?>) CommandFields.read(COMPLETION_VARIABLES, command));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return Optional.ofNullable((Map<?, ?>) CommandFields.read(SUBMITTED_PROPERTIES, command));
    }
    return Optional.empty();
  }

  /** The task a completion or form submission is for. */
  static String taskOf(Command<?> command) {
    return (String)
        CommandFields.read(
            command instanceof CompleteTaskCmd ? COMPLETED_TASK : SUBMITTED_TASK, command);
  }

  private static Optional<Submission> submissionOf(Command<?> command) {
    if (command instanceof CompleteTaskCmd) {
      return Optional.of(
          new Submission(false, names(CommandFields.read(COMPLETION_VARIABLES, command))));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return Optional.of(
          new Submission(false, names(CommandFields.read(SUBMITTED_PROPERTIES, command))));
    }
    if (command instanceof SubmitStartFormCmd) {
      return Optional.of(
          new Submission(true, names(CommandFields.read(START_FORM_VARIABLES, command))));
    }
    if (command instanceof StartProcessInstanceCmd) {
      ProcessInstantiationBuilderImpl start =
          (ProcessInstantiationBuilderImpl) CommandFields.read(INSTANTIATION, command);
      return Optional.of(new Submission(true, names(start.getVariables())));
    }
    return Optional.empty();
  }

  private static Set<String> names(Object variables) {
    return variables == null
        ? Set.of()
        : Set.copyOf(((Map<?, ?>) variables).keySet().stream().map(String::valueOf).toList());
  }
}
