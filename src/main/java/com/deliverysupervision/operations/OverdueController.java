package com.deliverysupervision.operations;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Operators see which deliveries are late or about to hit an automatic deadline. */
@Tag(name = "Operations")
@RestController
class OverdueController {
  private static final int MAX_LIMIT = 1000;
  private final OverdueDeliveries overdue;
  private final IdentityService identityService;

  OverdueController(OverdueDeliveries overdue, IdentityService identityService) {
    this.overdue = overdue;
    this.identityService = identityService;
  }

  /** The soonest {@code limit} items: what needs attention first. */
  @Operation(
      summary = "The overdue view",
      description =
          "Operations managers and administrators: tasks past their due date and automatic deadlines due within the warning window or past, soonest first. 403 for anyone else.")
  @GetMapping("/api/orders/overdue")
  List<OverdueItem> list(@RequestParam(defaultValue = "200") int limit) {
    if (!CurrentUser.of(identityService).seesAllOrders()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "The overdue view is for operations managers and administrators.");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ".");
    }
    return overdue.soonest(limit);
  }
}
