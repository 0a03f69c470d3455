package com.deliverysupervision.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is, so that Tasklist's pages offer what its groups allow (a seller's New product);
 * what a user may do is still decided by each call.
 */
@Tag(name = "Identity")
@RestController
class CallerController {
  private final IdentityService identityService;

  CallerController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Operation(
      summary = "Read the caller",
      description = "Anyone logged in: its own user ID and groups (sellers, customers, ...).")
  @GetMapping("/api/me")
  CurrentUser me() {
    return CurrentUser.of(identityService);
  }
}
