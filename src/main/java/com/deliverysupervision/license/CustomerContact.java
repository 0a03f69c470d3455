package com.deliverysupervision.license;

/**
 * How to reach an order's customer (LIC-6): its name and e-mail address as the identity has them.
 */
public record CustomerContact(String customerId, String name, String email) {}
