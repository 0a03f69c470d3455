package com.deliverysupervision.license;

import com.deliverysupervision.identity.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** LIC-6: the seller of a silent customer's order reads the customer's contact here. */
@RestController
class CustomerContactController {
  private final CustomerContacts contacts;
  private final IdentityService identityService;

  CustomerContactController(CustomerContacts contacts, IdentityService identityService) {
    this.contacts = contacts;
    this.identityService = identityService;
  }

  @GetMapping("/api/orders/{orderId}/customer-contact")
  CustomerContact of(@PathVariable String orderId) {
    return contacts.of(orderId, CurrentUser.of(identityService));
  }
}
