package com.deliverysupervision.billing;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.order.OrderService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** SAAS-3: what an order was billed, for those who may read the order. */
@Tag(name = "Orders")
@RestController
class BillController {
  private final Bills bills;
  private final OrderService orderService;
  private final IdentityService identityService;

  BillController(Bills bills, OrderService orderService, IdentityService identityService) {
    this.bills = bills;
    this.orderService = orderService;
    this.identityService = identityService;
  }

  @Operation(
      summary = "Read an order's bill",
      description =
          "The same readers as the order (ALL-2). SAAS-3: the billing cycle, amount and time of the bill of a completed order. 404 while the order has no bill, and for anyone else.")
  @GetMapping("/api/orders/{orderId}/bill")
  Bill bill(@PathVariable String orderId) {
    // Finding the order as the caller answers 404 to whoever may not read it.
    orderService.find(orderId, CurrentUser.of(identityService));
    return bills
        .of(orderId)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Order "
                        + orderId
                        + " has no bill: an order is billed in the billing cycle after its"
                        + " delivery completed (SAAS-3), and only if its process bills."));
  }

  @Operation(
      summary = "Read an order's bills",
      description =
          "The same readers as the order (ALL-2). SAAS-3, LIC-7: the bill of the order's own amount and those of its paid renewals (each naming its renewalId), oldest first; empty before the billing run made any, and for an order whose process does not bill. 404 for anyone else.")
  @GetMapping("/api/orders/{orderId}/bills")
  List<Bill> bills(@PathVariable String orderId) {
    orderService.find(orderId, CurrentUser.of(identityService));
    return bills.allOf(orderId);
  }
}
