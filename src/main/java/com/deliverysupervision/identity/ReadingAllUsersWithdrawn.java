package com.deliverysupervision.identity;

/**
 * Published once, when a database of an earlier version is started: its sellers, customers and
 * resellers read every user until then. Listeners make the parties of what they did before (orders,
 * later entitlements and transfers) known to each other, in the same transaction.
 */
public record ReadingAllUsersWithdrawn() {}
