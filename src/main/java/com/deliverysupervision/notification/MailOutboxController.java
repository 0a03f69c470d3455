package com.deliverysupervision.notification;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Operators' view of the e-mails whose attempts are used up, and their retry (ALL-4). */
@Tag(name = "Operations")
@RestController
class MailOutboxController {
  private final MailOutbox outbox;
  private final IdentityService identityService;

  MailOutboxController(MailOutbox outbox, IdentityService identityService) {
    this.outbox = outbox;
    this.identityService = identityService;
  }

  @Operation(
      summary = "E-mails that failed for good",
      description =
          "Operations managers and administrators (ALL-4): the e-mails whose attempts are used up, with the last error. 403 for anyone else.")
  @GetMapping("/api/mail-outbox/failed")
  List<FailedMail> failed(@RequestParam(defaultValue = "50") int limit) {
    operatorsOnly();
    if (limit < 1 || limit > 500) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be from 1 to 500.");
    }
    return outbox.failed(limit);
  }

  /**
   * The failed e-mails are sent again, with all their attempts, by the next round of a sender: all,
   * or those told since a time (an e-mail about a step done long ago tells nobody anything).
   */
  @Operation(
      summary = "Send the failed e-mails again",
      description =
          "Operations managers and administrators: every failed e-mail, or every one told since"
              + " toldSince (ISO-8601 with offset), gets its attempts again. 403 for anyone else.")
  @PostMapping("/api/mail-outbox/failed/retry")
  Map<String, Integer> retry(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          OffsetDateTime toldSince) {
    operatorsOnly();
    return Map.of("retried", outbox.retryFailed(toldSince));
  }

  private void operatorsOnly() {
    if (!CurrentUser.of(identityService).seesAllOrders()) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "The mail outbox is for operations managers and administrators.");
    }
  }
}
