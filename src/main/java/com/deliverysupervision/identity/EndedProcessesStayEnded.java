package com.deliverysupervision.identity;

import com.deliverysupervision.process.CommandsRefusedToUsers;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.springframework.stereotype.Component;

/**
 * ALL-4: an order's delivery that ended stays ended. Camunda lets an administrator restart an ended
 * instance (Cockpit's "Restart", {@code POST /process-definition/{id}/restart}, one by one or in a
 * batch): the new instance ran the order's steps again, so that a completed order was completed and
 * its parties told a second time, and a closed one was told it completed while the order stayed
 * closed; the order kept naming the ended instance, so its parties could not see the new one.
 * Restarting is refused to every logged-in user with 400: a delivery to do again is a new order.
 */
@Component
class EndedProcessesStayEnded extends CommandsRefusedToUsers {
  static final String REFUSAL =
      "An ended process is not restarted here: an order's delivery, an appeal, a transfer or a"
          + " monthly run that ended stays ended, with its records; a delivery to do again is a new"
          + " order.";

  EndedProcessesStayEnded() {
    super(
        command -> command instanceof AbstractRestartProcessInstanceCmd,
        () -> new BadUserRequestException(REFUSAL));
  }
}
