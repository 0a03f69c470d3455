package com.deliverysupervision.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request on the catalogue that is refused, with words a seller understands (ALL-3). */
public class CatalogueRefusal extends ErrorResponseException {
  private CatalogueRefusal(HttpStatus status, String detail) {
    super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
  }

  static CatalogueRefusal badRequest(String detail) {
    return new CatalogueRefusal(HttpStatus.BAD_REQUEST, detail);
  }

  static CatalogueRefusal conflict(String detail) {
    return new CatalogueRefusal(HttpStatus.CONFLICT, detail);
  }

  static CatalogueRefusal forbidden(String detail) {
    return new CatalogueRefusal(HttpStatus.FORBIDDEN, detail);
  }

  /** No such product, or none the caller may see: answered alike (ALL-2). */
  static CatalogueRefusal notFound(String productId) {
    return new CatalogueRefusal(HttpStatus.NOT_FOUND, "There is no product " + productId + ".");
  }
}
