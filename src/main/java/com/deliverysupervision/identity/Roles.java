package com.deliverysupervision.identity;

/**
 * The groups users belong to; each is a Camunda group of the same ID. Camunda accepts only letters
 * and digits in IDs (its default resource whitelist), hence camelCase.
 */
public final class Roles {
  public static final String SELLERS = "sellers";
  public static final String CUSTOMERS = "customers";
  public static final String RESELLERS = "resellers";
  public static final String OPERATIONS_MANAGERS = "operationsManagers";
  public static final String MARKETPLACE_ADMINS = "marketplaceAdmins";

  private Roles() {}
}
