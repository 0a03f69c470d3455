package com.deliverysupervision.license;

import com.deliverysupervision.order.OperationRecords;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Show the seller the customer's contact" (LIC-6): the customer has not accepted the delivery for
 * the configured time; the seller may now read the customer's contact on the order.
 */
@Component
public class ShowCustomerContactDelegate implements JavaDelegate {
  /**
   * Whether the seller may read the customer's contact: what the rules keep of the flow, never set
   * by hand (FactsNotChangedByHand).
   */
  public static final String CUSTOMER_CONTACT_SHOWN = "customerContactShown";

  private final OperationRecords records;

  ShowCustomerContactDelegate(OperationRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CUSTOMER_CONTACT_SHOWN, true);
    records.record(
        execution.getProcessBusinessKey(),
        "The customer's contact is shown to the seller",
        Map.of("because", "the customer has not accepted the delivery in time"));
  }
}
