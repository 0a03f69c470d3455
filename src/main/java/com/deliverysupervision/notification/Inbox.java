package com.deliverysupervision.notification;

import java.util.List;

/** A page of a user's inbox, newest first, and how many of all its messages are unread. */
public record Inbox(long unread, List<Notification> notifications) {}
