package com.deliverysupervision.appeal;

/** An appeal as the API answers it: its process instance, for following it. */
public record Appeal(String appealId, String orderId, String appellant, String reason) {}
