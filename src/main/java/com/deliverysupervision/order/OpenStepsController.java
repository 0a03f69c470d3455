package com.deliverysupervision.order;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Where a list of orders stands, for the orders view's list (one request, not one per order). */
@Tag(name = "Orders")
@RestController
class OpenStepsController {
  private static final int MOST = 100;

  private final OpenSteps openSteps;
  private final IdentityService identityService;

  OpenStepsController(OpenSteps openSteps, IdentityService identityService) {
    this.openSteps = openSteps;
    this.identityService = identityService;
  }

  @Operation(
      summary = "The steps several orders wait at",
      description =
          "Anyone logged in: for each of up to 100 orderId parameters the caller may read (ALL-2), its open steps as GET /api/orders/{orderId}/steps answers them; others are left out. 400 for more than 100.")
  @GetMapping("/api/order-steps")
  Map<String, List<OpenStep>> steps(@RequestParam List<@PlainText(oneLine = true) String> orderId) {
    if (orderId.size() > MOST) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Ask for at most " + MOST + " orders at a time.");
    }
    return openSteps.ofOrders(orderId, CurrentUser.of(identityService));
  }
}
