package com.deliverysupervision.process;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-1, ALL-2, ALL-3: an instance goes on by its steps: a task completed through its form, a
 * message, a timer when it is due. Camunda lets an administrator signal any waiting execution
 * ({@code POST /execution/{id}/signal}), with any variables: a SaaS order so skipped its 3 hours
 * (SAAS-2), a delivery passed the seller's "Project delivery", whose task stayed open and could no
 * longer be completed, with the marketplace recorded as the one who delivered, and the signal's
 * variables gave the order another customer. Signalling an execution is refused to every logged-in
 * user with 400; no diagram here waits for a signal.
 */
@Component
class ExecutionsGoOnByTheirSteps extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "An instance here goes on by its steps (a task completed through its form, a message, a timer"
          + " when it is due); an execution is not signalled by hand.";

  ExecutionsGoOnByTheirSteps() {
    super(command -> command instanceof SignalCmd, () -> new BadUserRequestException(REFUSAL));
  }
}
