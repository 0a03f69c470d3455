package com.deliverysupervision.catalogue;

/** Where a revision of a product stands (REL-6, REL-7). */
public enum RevisionState {
  /** The seller writes it; only the seller sees it. */
  DRAFT,
  /** Submitted for release; an administrator reviews it. */
  IN_REVIEW,
  /** On sale. */
  LISTED,
  /** Was on sale until a later revision was listed; orders placed with it keep it. */
  SUPERSEDED
}
