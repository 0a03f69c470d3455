package com.deliverysupervision.identity;

import com.deliverysupervision.appeal.DeliveryAppeal;
import com.deliverysupervision.license.ShowCustomerContactDelegate;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.CommandsRefusedToUsers;
import com.deliverysupervision.process.VariablesWritten;
import com.deliverysupervision.supervision.SaasSupervision;
import com.deliverysupervision.transfer.EntitlementTransfer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: what an order, a transfer or an appeal is and whose ({@code customerId}, {@code
 * sellerId}, {@code orderId}, the transfer's entitlement, an appeal's order, ...) is set by the
 * application when it is placed, filed or checked, and kept in its own tables. Camunda lets an
 * administrator set or remove any variable of a running instance (Cockpit, {@code PUT
 * /process-instance/{id}/variables/customerId}, a modification's or a message's variables, a
 * batch): the next task of an order so changed went to the new "customer", who read the real
 * customer's contact and demands, while the order's table still named the real one, and every later
 * completion was refused as changing the order. The same holds for what the rules keep of an
 * order's course as its steps go (a SaaS order's rejection counts and the seller's rights to
 * appeal, when a delivery froze and who decides its appeal, a party's rejection of a transfer,
 * whether the seller may read the customer's contact): set by hand, it let the seller appeal where
 * SAAS-6 and SAAS-7 do not, moved the timers by a freeze that never was, or overrode a party's
 * rejection. A logged-in user's change of such a variable is refused with 400; to give a delivery
 * to other parties, terminate it and place a new order.
 */
@Component
class FactsNotChangedByHand extends CommandsRefusedToUsers {
  private static final Set<String> FACTS = new HashSet<>();
  private static final Set<String> RULE_STATE = new HashSet<>();

  static {
    FACTS.addAll(OrderVariables.FACTS);
    FACTS.addAll(EntitlementTransfer.FACTS);
    FACTS.add(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    FACTS.add(DeliveryAppeal.APPELLANT);
    RULE_STATE.addAll(SaasSupervision.RULE_STATE);
    RULE_STATE.addAll(DeliveryAppeal.RULE_STATE);
    RULE_STATE.addAll(EntitlementTransfer.RULE_STATE);
    RULE_STATE.add(ShowCustomerContactDelegate.CUSTOMER_CONTACT_SHOWN);
  }

  FactsNotChangedByHand() {
    super(FactsNotChangedByHand::refusal);
  }

  private static Optional<RuntimeException> refusal(Command<?> command) {
    for (String name : VariablesWritten.by(command)) {
      if (FACTS.contains(name)) {
        return Optional.of(
            new BadUserRequestException(
                name
                    + " says what this order, transfer or appeal is and whose: the application"
                    + " sets it, and it is not changed by hand. To give a delivery to other"
                    + " parties, terminate it and place a new order."));
      }
      if (RULE_STATE.contains(name)) {
        return Optional.of(
            new BadUserRequestException(
                name
                    + " is what the rules keep of this order's course: its steps set it, and it is"
                    + " not changed by hand."));
      }
    }
    return Optional.empty();
  }
}
