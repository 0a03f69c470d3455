package com.deliverysupervision.settlement;

import com.deliverysupervision.identity.CurrentUser;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sellers read their settlements (REL-2); operations managers and administrators all of them. */
@RestController
class SettlementController {
  private final Settlements settlements;
  private final IdentityService identityService;

  SettlementController(Settlements settlements, IdentityService identityService) {
    this.settlements = settlements;
    this.identityService = identityService;
  }

  @GetMapping("/api/settlements")
  List<Settlement> list(
      @RequestParam(required = false)
          @Pattern(regexp = "\\d{4}-\\d{2}", message = "must be a month such as 2026-12")
          String month) {
    return settlements.visibleTo(CurrentUser.of(identityService), month);
  }
}
