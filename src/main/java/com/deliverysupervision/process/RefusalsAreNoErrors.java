package com.deliverysupervision.process;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.query.Query;
import org.springframework.stereotype.Component;

/**
 * Seven refusals are the caller's doing, not the server's: a submission that a task's checks refuse
 * (a field missing, a file too large: answered 400), a request on a task that is no longer there
 * (completed a moment earlier by a deadline or another user, or never there: 404 or 409), a request
 * on an instance, execution or job that does not exist (ended, or never there: 404), an evaluation
 * of conditions that starts nothing (400), a variable sent as an object, in Java's serialization
 * format or one nothing here reads (400), a query whose conditions the engine cannot take (400),
 * and a move of running instances to a diagram's latest version that Camunda's migration cannot
 * make (400, logged at INFO by {@code RunningInstancesUpgrade}). Camunda would log each at ERROR
 * with the whole stack trace, as if the server had failed (ENGINE-16004), once per typo or double
 * click. They are logged here as Camunda logs its other refusals of bad requests ({@code
 * BadUserRequestException}): at DEBUG, so that ERROR keeps meaning that something is broken. {@link
 * CompletedTask#refused} logs a refused submission in one INFO line, {@code LostRaceAnswer} a
 * completion that lost a race.
 */
@Component
public class RefusalsAreNoErrors extends AbstractProcessEnginePlugin {
  private static final String TASK_NOT_FOUND = "Cannot find task with id ";
  private static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
  private static final String NO_SERIALIZER = "Cannot find serializer for value";
  private static final String DOES_NOT_EXIST = " doesn't exist";
  private static final String NO_QUERY_VALUE = "cannot be used to query";

  /**
   * Camunda's words, in the look-ups by ID that fail with a plain exception, for a job or task that
   * is not there, an instance that cannot be modified because it is not there, and an evaluation of
   * conditions that starts nothing (no process here starts on a condition).
   */
  private static final List<String> NOTHING_THERE =
      List.of(
          "No job found with id",
          "ENGINE-14026 No job found",
          "not found: task is null",
          "The process instance does not exist",
          "ENGINE-13043");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCommandContextFactory() != null) {
      throw new IllegalStateException(
          "Another plugin replaced Camunda's command context factory; RefusalsAreNoErrors would"
              + " undo it");
    }
    CommandContextFactory factory =
        new CommandContextFactory() {
          @Override
          public CommandContext createCommandContext() {
            return new CommandContext(processEngineConfiguration) {
              @Override
              protected boolean shouldLogFine(Throwable exception) {
                return exception instanceof FormFieldValidationException
                    || isTaskGone(exception)
                    || isUnknownThing(exception)
                    || namesNothingThere(exception)
                    || isObjectValueRefused(exception)
                    || isQueryConditionRefused(exception)
                    || exception instanceof MigrationPlanValidationException
                    || exception instanceof MigratingProcessInstanceValidationException
                    || super.shouldLogFine(exception);
              }
            };
          }
        };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  /**
   * A variable sent as an object, which Camunda refuses: in Java's serialization format (a crafted
   * request: the format can carry code; ENGINE-17007), or in a format no installed serializer reads
   * (the application installs none besides Java's). Camunda says so only by its message.
   */
  public static boolean isObjectValueRefused(Throwable exception) {
    return exception instanceof ProcessEngineException
        && exception.getMessage() != null
        && (exception.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)
            || exception.getMessage().startsWith(NO_SERIALIZER));
  }

  /**
   * A request on an instance or execution that does not exist, as Camunda words its look-ups
   * ("execution ... doesn't exist"); should the words change, such requests are answered 500 and
   * logged at ERROR again, nothing worse.
   */
  public static boolean isUnknownThing(Throwable exception) {
    return exception instanceof NullValueException
        && exception.getMessage() != null
        && exception.getMessage().contains(DOES_NOT_EXIST);
  }

  /**
   * A query whose conditions the engine cannot take. Its own checks of what it is given (a list
   * with a null in it, a sorting by a variable without the variable's name) throw the exception
   * Camunda also throws for its own failures: these are told apart by who threw it, a query. A
   * variable condition on an object, a file or bytes is refused only in words.
   */
  public static boolean isQueryConditionRefused(Throwable exception) {
    if (exception instanceof NullValueException) {
      return thrownByQuery(exception);
    }
    return exception.getClass() == ProcessEngineException.class
        && exception.getMessage() != null
        && exception.getMessage().endsWith(NO_QUERY_VALUE);
  }

  private static boolean thrownByQuery(Throwable exception) {
    return Arrays.stream(exception.getStackTrace())
        .map(StackTraceElement::getClassName)
        // Below the query: EnsureUtil's checks, which build the exception by reflection.
        .filter(name -> name.startsWith("org.camunda.") && !name.equals(EnsureUtil.class.getName()))
        .findFirst()
        .map(RefusalsAreNoErrors::isQuery)
        .orElse(false);
  }

  private static boolean isQuery(String className) {
    try {
      return Query.class.isAssignableFrom(
          Class.forName(className, false, Query.class.getClassLoader()));
    } catch (ClassNotFoundException notVisible) {
      return false;
    }
  }

  /**
   * A request on a job, task or instance that is not there, or that starts nothing, which Camunda
   * refuses with a plain exception; the engine API answers it with 404 or 400 ({@code
   * UnknownIdsInPathAreNotFound}, {@code EngineRefusalsAnswered}).
   */
  private static boolean namesNothingThere(Throwable exception) {
    return exception instanceof ProcessEngineException
        && exception.getMessage() != null
        && NOTHING_THERE.stream().anyMatch(exception.getMessage()::contains);
  }

  /**
   * Camunda says so only in words: a task command's look-up of its task (complete, submit form,
   * claim) fails with this message. Should the words change, such requests are logged at ERROR
   * again, nothing worse.
   */
  private static boolean isTaskGone(Throwable exception) {
    return exception instanceof NullValueException
        && exception.getMessage() != null
        && exception.getMessage().startsWith(TASK_NOT_FOUND);
  }
}
