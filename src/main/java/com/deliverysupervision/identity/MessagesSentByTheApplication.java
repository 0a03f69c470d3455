package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * ALL-2: the diagrams' messages (an entitlement no longer active, a delivery confirmed on a
 * dispute) are sent by the application, never by a seller, customer, reseller or operations
 * manager. Camunda finds the instances a message matches before it checks the sender's permission
 * on them: a party sending {@code POST /engine-rest/message} with correlation keys read 403 where
 * another party's transfer or delivery held the values it guessed (a customer's target reseller, a
 * contact's e-mail) and 400 where none did. Refused with 403 whatever matches; administrators may
 * still send them, and the application's own correlations, inside a step the engine runs, are not
 * the user's.
 */
@Component
class MessagesSentByTheApplication extends CommandsRefusedToUsers {
  static final String REFUSAL = "Messages to running processes are sent by the marketplace.";

  MessagesSentByTheApplication() {
    super(
        command ->
            command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd,
        () -> new AuthorizationException(REFUSAL));
  }

  @Override
  protected boolean limits(Authentication user, ProcessEngineConfigurationImpl configuration) {
    return Context.getCommandContext() == null && !Administrators.include(user, configuration);
  }
}
