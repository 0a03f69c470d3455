package com.deliverysupervision.catalogue;

/**
 * The release review (REL-7), {@code bpmn/koogallery-product-release.bpmn}: its key, element ids
 * and variables. Its business key is the product's ID; its instance ID is the request's.
 */
public final class ProductRelease {
  public static final String PROCESS_KEY = "koogallery-product-release";

  public static final String TASK_REVIEW = "Task_ReviewRelease";
  public static final String END_LISTED = "EndEvent_ProductListed";
  public static final String END_REJECTED = "EndEvent_ReleaseRejected";

  public static final String PRODUCT_ID = "productId";
  public static final String REVISION = "revision";
  public static final String SELLER_ID = "sellerId";
  public static final String PRODUCT_NAME = "productName";
  public static final String PRODUCT_SUMMARY = "productSummary";

  /** When the review is due (REL-7): the review task's due date. */
  public static final String REVIEW_DUE_AT = "reviewDueAt";

  /** The administrator's decision, "approve" or "reject", and its reason. */
  public static final String DECISION = "releaseDecision";

  public static final String REASON = "releaseReason";

  private ProductRelease() {}
}
