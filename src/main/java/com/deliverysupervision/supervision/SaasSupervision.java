package com.deliverysupervision.supervision;

import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.order.AppealPolicy;
import com.deliverysupervision.order.DeliveryTemplate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * KooGallery's supervised SaaS delivery (SAAS-1..SAAS-10), {@code
 * bpmn/koogallery-saas-supervision.bpmn}: its process key, element ids and variables.
 */
@Component
public class SaasSupervision implements DeliveryTemplate {
  public static final String PROCESS_KEY = "koogallery-saas-supervision";

  public static final String TASK_SUBMIT_REQUEST = "Task_SubmitRequest";
  public static final String TASK_REVIEW_REQUEST = "Task_ReviewRequest";
  public static final String TASK_DELIVER_SERVICE = "Task_DeliverService";
  public static final String TASK_ACCEPT_DELIVERY = "Task_AcceptDelivery";
  public static final String TIMER_COMPLETION_DELAY = "Timer_CompletionDelay";
  public static final String END_ORDER_COMPLETED = "EndEvent_OrderCompleted";

  /** Customer: what the service must do. */
  public static final String SERVICE_REQUEST = "serviceRequest";

  /** Seller: "accept" or "reject", and why when rejecting. */
  public static final String REQUEST_DECISION = "requestDecision";

  public static final String REQUEST_REJECTION_REASON = "requestRejectionReason";

  /** Seller: what was delivered. */
  public static final String SERVICE_RESULT = "serviceResult";

  /** Customer: "accept" or "reject", and why when rejecting. */
  public static final String DELIVERY_DECISION = "deliveryDecision";

  public static final String DELIVERY_REJECTION_REASON = "deliveryRejectionReason";

  public static final String ACCEPT = "accept";
  public static final String REJECT = "reject";

  /** SAAS-7: set once the rejections let the seller appeal; it stays. */
  public static final String SELLER_MAY_APPEAL = "sellerMayAppeal";

  /**
   * SAAS-6: set while the customer has left its step untouched too long; the diagram removes it
   * when the customer completes the step, and with it the seller's right to appeal for silence.
   */
  public static final String CUSTOMER_SILENT = "customerSilent";

  /**
   * What the rules keep of a service flow's course, set by its steps and never by hand
   * (FactsNotChangedByHand): the rejection counts (SAAS-5, SAAS-7) and the seller's rights to
   * appeal (SAAS-6, SAAS-7).
   */
  public static final List<String> RULE_STATE =
      Stream.concat(
              Stream.of(Rejection.values()).map(rejection -> rejection.counter),
              Stream.of(SELLER_MAY_APPEAL, CUSTOMER_SILENT))
          .toList();

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  /**
   * KooGallery's supervised appeals (SAAS-6..SAAS-10): operations managers decide; the seller may
   * appeal once the flow allows it; completing on an appeal starts the validity period.
   */
  public static final AppealPolicy APPEALS =
      new AppealPolicy(Roles.OPERATIONS_MANAGERS, true, true);

  @Override
  public Optional<AppealPolicy> appeals() {
    return Optional.of(APPEALS);
  }

  @Override
  public boolean billedOnCompletion() {
    return true;
  }
}
