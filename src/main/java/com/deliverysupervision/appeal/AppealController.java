package com.deliverysupervision.appeal;

import com.deliverysupervision.identity.CurrentUser;
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
@RestController
class AppealController {
  private final AppealService appealService;
  private final IdentityService identityService;

  AppealController(AppealService appealService, IdentityService identityService) {
    this.appealService = appealService;
    this.identityService = identityService;
  }

  @PostMapping("/api/orders/{orderId}/appeals")
  ResponseEntity<Appeal> file(@PathVariable String orderId, @Valid @RequestBody NewAppeal appeal) {
    Appeal filed = appealService.file(orderId, appeal, CurrentUser.of(identityService));
    return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + filed.appealId()))
        .body(filed);
  }
}
