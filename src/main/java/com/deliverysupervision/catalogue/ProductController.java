package com.deliverysupervision.catalogue;

import com.deliverysupervision.identity.CurrentUser;
import com.deliverysupervision.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sellers release products here (REL-6, REL-7); everyone reads the listed ones and their prices.
 */
@Tag(name = "Products")
@RestController
@RequestMapping("/api/products")
class ProductController {
  private final ProductCatalogue catalogue;
  private final ReleaseRequests releaseRequests;
  private final ProductPrices prices;
  private final IdentityService identityService;

  ProductController(
      ProductCatalogue catalogue,
      ReleaseRequests releaseRequests,
      ProductPrices prices,
      IdentityService identityService) {
    this.catalogue = catalogue;
    this.releaseRequests = releaseRequests;
    this.prices = prices;
    this.identityService = identityService;
  }

  @Operation(
      summary = "Create a product draft",
      description =
          "Sellers (REL-6): only name is required; what it holds must be valid (400 naming each field). 403 for anyone else.")
  @PostMapping
  ResponseEntity<ProductView> create(@Valid @RequestBody ProductDraft draft) {
    ProductView product = catalogue.create(draft, caller());
    return ResponseEntity.created(URI.create("/api/products/" + product.productId())).body(product);
  }

  @Operation(
      summary = "Edit a product",
      description =
          "The product's seller: a draft, or a new revision of a listed product. 409 while it is under review; 403 for another seller's listed product, 404 for another's unlisted one.")
  @PutMapping("/{productId}")
  ProductView edit(@PathVariable String productId, @Valid @RequestBody ProductDraft draft) {
    return catalogue.edit(productId, draft, caller());
  }

  @Operation(
      summary = "Read a product",
      description =
          "Anyone for a listed product; its seller and administrators also see its working revision and release requests. 404 for another seller's unlisted product.")
  @GetMapping("/{productId}")
  ProductView find(@PathVariable String productId) {
    return catalogue.find(productId, caller());
  }

  @Operation(
      summary = "Search products",
      description =
          "Anyone: listed products whose name contains name, plus the caller's own; administrators see all.")
  @GetMapping
  List<ProductView> search(
      @RequestParam(required = false) @PlainText(oneLine = true) String name,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return catalogue.search(name, limit, offset, caller());
  }

  @Operation(
      summary = "Request a release",
      description =
          "The product's seller (REL-7): the working draft goes to review, due within 3 working days. 201 with reviewDueAt; 400 naming what the draft lacks; 409 when it is under review already.")
  @PostMapping("/{productId}/release-requests")
  ResponseEntity<ReleaseRequest> submit(@PathVariable String productId) {
    ReleaseRequest request = releaseRequests.submit(productId, caller());
    return ResponseEntity.created(
            URI.create("/api/products/" + productId + "/release-requests/" + request.requestId()))
        .body(request);
  }

  @Operation(
      summary = "Read the release requests",
      description =
          "The product's seller and administrators: each result with reason, reviewer and time.")
  @GetMapping("/{productId}/release-requests")
  List<ReleaseRequest> requests(@PathVariable String productId) {
    return releaseRequests.of(productId, caller());
  }

  @Operation(
      summary = "Withdraw the pending release request",
      description = "The product's seller. 409 when none is pending.")
  @DeleteMapping("/{productId}/release-requests/pending")
  ReleaseRequest withdraw(@PathVariable String productId) {
    return releaseRequests.withdraw(productId, caller());
  }

  /** REL-4, REL-5: what a selection of the listed product costs. */
  @Operation(
      summary = "Quote a selection",
      description =
          "Anyone (REL-4, REL-5): the price of a specification, SKU and quantities of the listed revision for a period. 400 naming a value, quantity or period it does not offer.")
  @PostMapping("/{productId}/quotes")
  Quote quote(@PathVariable String productId, @RequestBody Selection selection) {
    return prices.quote(productId, selection, caller());
  }

  private CurrentUser caller() {
    return CurrentUser.of(identityService);
  }
}
