package com.deliverysupervision.operations;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.identity.Roles;
import com.deliverysupervision.operations.RunningInstancesUpgrade.Upgrade;
import com.deliverysupervision.operations.RunningInstancesUpgrade.UpgradeRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * After a diagram changed, an administrator moves the deliveries (or appeals, transfers) still
 * running on its earlier versions to the latest one.
 */
@Tag(name = "Operations")
@RestController
class RunningInstancesUpgradeController {
  private final RunningInstancesUpgrade upgrade;
  private final IdentityService identityService;

  RunningInstancesUpgradeController(
      RunningInstancesUpgrade upgrade, IdentityService identityService) {
    this.upgrade = upgrade;
    this.identityService = identityService;
  }

  @Operation(
      summary = "Move running instances to the latest version of their diagram",
      description =
          "Marketplace administrators: every running instance of an earlier version of the process"
              + " moves to its latest version, each waiting step to the step of the same ID, in one"
              + " transaction; tasks and timers stay as they are. check=true only tells whether they"
              + " could, and changes nothing. 400 naming the steps that cannot move (none moves),"
              + " 404 for an unknown process, 403 for anyone else.")
  @PostMapping("/api/processes/{processKey}/upgrade")
  Upgrade upgrade(
      @PathVariable String processKey, @RequestParam(defaultValue = "false") boolean check) {
    if (!CurrentUser.of(identityService).isIn(Roles.MARKETPLACE_ADMINS)) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN,
          "Moving running instances to a diagram's latest version is for marketplace"
              + " administrators.");
    }
    try {
      return upgrade.upgrade(processKey, check);
    } catch (UpgradeRefused refused) {
      throw new ResponseStatusException(
          refused.unknownProcess() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
          refused.getMessage());
    }
  }
}
