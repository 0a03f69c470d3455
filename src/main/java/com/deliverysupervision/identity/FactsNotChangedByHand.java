package com.deliverysupervision.identity;

import com.deliverysupervision.appeal.DeliveryAppeal;
import com.deliverysupervision.order.OrderVariables;
import com.deliverysupervision.process.CommandsRefusedToUsers;
import com.deliverysupervision.process.VariablesWritten;
import com.deliverysupervision.transfer.EntitlementTransfer;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;

/**
 * ALL-2, ALL-3: what an order, a transfer or an appeal is and whose ({@code customerId}, {@code
 * sellerId}, {@code orderId}, the transfer's entitlement, an appeal's order, ...) is set by the
 * application when it is placed, filed or checked, and kept in its own tables. Camunda lets an
 * administrator set or remove any variable of a running instance (Cockpit, {@code PUT
 * /process-instance/{id}/variables/customerId}, a modification's or a message's variables, a
 * batch): the next task of an order so changed went to the new "customer", who read the real
 * customer's contact and demands, while the order's table still named the real one, and every later
 * completion was refused as changing the order. A logged-in user's change of such a variable is
 * refused with 400; to give a delivery to other parties, terminate it and place a new order.
 */
@Component
class FactsNotChangedByHand extends CommandsRefusedToUsers {
  private static final Set<String> FACTS = new HashSet<>();

  static {
    FACTS.addAll(OrderVariables.FACTS);
    FACTS.addAll(EntitlementTransfer.FACTS);
    FACTS.add(DeliveryAppeal.SUPERVISION_INSTANCE_ID);
    FACTS.add(DeliveryAppeal.APPELLANT);
  }

  FactsNotChangedByHand() {
    super(
        command ->
            VariablesWritten.by(command).stream()
                .filter(FACTS::contains)
                .findFirst()
                .map(
                    fact ->
                        new BadUserRequestException(
                            fact
                                + " says what this order, transfer or appeal is and whose: the"
                                + " application sets it, and it is not changed by hand. To give a"
                                + " delivery to other parties, terminate it and place a new"
                                + " order.")));
  }
}
