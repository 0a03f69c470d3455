package com.deliverysupervision.settlement;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sellers read their settlements (REL-2); operations managers and administrators all of them. */
@Tag(name = "Settlements")
@RestController
class SettlementController {
  private final Settlements settlements;
  private final IdentityService identityService;

  SettlementController(Settlements settlements, IdentityService identityService) {
    this.settlements = settlements;
    this.identityService = identityService;
  }

  @Operation(
      summary = "Settlements of a month",
      description =
          "REL-2: sellers (their own), operations managers, administrators. The settlements of completed license orders settled in the month.")
  @GetMapping("/api/settlements")
  List<Settlement> list(
      @RequestParam(required = false)
          @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2026-12")
          String month) {
    return settlements.visibleTo(CurrentUser.of(identityService), month);
  }
}
