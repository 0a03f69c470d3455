package com.deliverysupervision.appeal;

import com.deliverysupervision.process.StepRefused;
import org.springframework.http.HttpStatus;

/**
 * An appeal or dispute that the order's state, or the caller's part in it, does not allow now
 * (SAAS-6..SAAS-8, ALI-1).
 */
public class AppealNotAllowedException extends StepRefused {
  AppealNotAllowedException(HttpStatus status, String field, String message) {
    super(status, field, message);
  }

  static AppealNotAllowedException notAParty(String orderId) {
    return new AppealNotAllowedException(
        HttpStatus.FORBIDDEN,
        DeliveryAppeal.APPELLANT,
        "Only the seller or the customer of order "
            + orderId
            + " may appeal or raise a dispute on it; operations managers and marketplace"
            + " administrators decide them.");
  }
}
