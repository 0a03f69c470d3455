package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seller or the customer of an order appeals (KooGallery, SAAS-6..SAAS-8) or raises a dispute
 * (Alibaba, ALI-1) here; Tasklist's "Start process" does the same with the appeal's start form.
 */
@Tag(name = "Appeals and disputes")
@RestController
class AppealController {
  private final AppealService appealService;
  private final IdentityService identityService;

  AppealController(AppealService appealService, IdentityService identityService) {
    this.appealService = appealService;
    this.identityService = identityService;
  }

  @Operation(
      summary = "File an appeal or a dispute",
      description =
          "The order's seller or customer (SAAS-6..SAAS-8, ALI-1): freezes the delivery until the marketplace decides. 201 with the appeal's instance ID; 409 when one is open, the order is not in delivery or the seller may not appeal yet (the answer says why); 400 without a reason; 403 for operations and administrators; 404 for anyone else.")
  @PostMapping("/api/orders/{orderId}/appeals")
  ResponseEntity<Appeal> file(@PathVariable String orderId, @Valid @RequestBody NewAppeal appeal) {
    Appeal filed = appealService.file(orderId, appeal, CurrentUser.of(identityService));
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + filed.appealId()))
        .body(filed);
  }
}
