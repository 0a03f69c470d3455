package com.deliverysupervision.license;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** LIC-6: the seller of a silent customer's order reads the customer's contact here. */
@Tag(name = "Orders")
@RestController
class CustomerContactController {
  private final CustomerContacts contacts;
  private final IdentityService identityService;

  CustomerContactController(CustomerContacts contacts, IdentityService identityService) {
    this.contacts = contacts;
    this.identityService = identityService;
  }

  @Operation(
      summary = "The customer's contact",
      description =
          "LIC-6: the order's seller once the customer has not accepted a license delivery for 5 days; its customer; operations, administrators. 409 for the seller before that, saying when; 404 for anyone else.")
  @GetMapping("/api/orders/{orderId}/customer-contact")
  CustomerContact of(@PathVariable String orderId) {
    return contacts.of(orderId, CurrentUser.of(identityService));
  }
}
