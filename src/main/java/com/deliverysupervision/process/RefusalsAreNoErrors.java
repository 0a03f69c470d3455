package com.deliverysupervision.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A submission that a task's checks refuse (a field missing, a file too large) is the user's
 * mistake, answered 400; Camunda would log it at ERROR with the whole stack trace, as if the server
 * had failed (ENGINE-16004), once per typo. It is logged here as Camunda logs its other refusals of
 * bad requests ({@code BadUserRequestException}): at DEBUG, so that ERROR keeps meaning that
 * something is broken. {@link CompletedTask#refused} logs the refusal in one INFO line.
 */
@Component
class RefusalsAreNoErrors extends AbstractProcessEnginePlugin {

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
                    || super.shouldLogFine(exception);
              }
            };
          }
        };
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }
}
