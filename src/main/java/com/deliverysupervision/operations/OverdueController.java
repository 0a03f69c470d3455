package com.deliverysupervision.operations;

import com.deliverysupervision.identity.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Operators see which deliveries are late or about to hit an automatic deadline. */
@RestController
class OverdueController {
  private final OverdueDeliveries overdue;
  private final IdentityService identityService;

  OverdueController(OverdueDeliveries overdue, IdentityService identityService) {
    this.overdue = overdue;
    this.identityService = identityService;
  }

  @GetMapping("/api/orders/overdue")
  List<OverdueItem> list() {
    if (!CurrentUser.of(identityService).seesAllOrders()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "The overdue view is for operations managers and administrators.");
    }
    return overdue.list();
  }
}
