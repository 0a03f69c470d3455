package com.deliverysupervision.notification;

import com.deliverysupervision.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's inbox (ALL-5) and the customer's reminder to the seller (SAAS-11). */
@Tag(name = "Notifications")
@RestController
class NotificationController {
  private final Notifications notifications;
  private final Reminders reminders;
  private final IdentityService identityService;

  NotificationController(
      Notifications notifications, Reminders reminders, IdentityService identityService) {
    this.notifications = notifications;
    this.reminders = reminders;
    this.identityService = identityService;
  }

  @Operation(
      summary = "The caller's inbox",
      description =
          "Anyone logged in, its own messages only (ALL-5, ALL-2): newest first, with the unread count. 400 for a limit or offset out of range.")
  @GetMapping("/api/notifications")
  Inbox inbox(
      @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
    return notifications.inboxOf(caller(), limit, offset);
  }

  @Operation(
      summary = "Mark a message read",
      description = "The message's recipient. 204; 404 for another's message.")
  @PostMapping("/api/notifications/{notificationId}/read")
  ResponseEntity<Void> read(@PathVariable String notificationId) {
    notifications.markRead(notificationId, caller());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Remind the seller",
      description =
          "The order's customer, while a step of the seller is open (SAAS-11): 201, recorded in the order's records; 429 with Retry-After within the reminder interval; 409 when no step of the seller is open; 403 for anyone else of the order.")
  @PostMapping("/api/orders/{orderId}/reminders")
  ResponseEntity<Reminder> remind(@PathVariable String orderId) {
    Reminder reminder = reminders.remind(orderId, caller());
    return ResponseEntity.created(URI.create("/api/orders/" + orderId + "/records")).body(reminder);
  }

  private CurrentUser caller() {
    return CurrentUser.of(identityService);
  }
}
