package com.deliverysupervision.catalogue;

import com.deliverysupervision.identity.CurrentUser;
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

  @PostMapping
  ResponseEntity<ProductView> create(@Valid @RequestBody ProductDraft draft) {
    ProductView product = catalogue.create(draft, caller());
    return ResponseEntity.created(URI.create("/api/products/" + product.productId())).body(product);
  }

  @PutMapping("/{productId}")
  ProductView edit(@PathVariable String productId, @Valid @RequestBody ProductDraft draft) {
    return catalogue.edit(productId, draft, caller());
  }

  @GetMapping("/{productId}")
  ProductView find(@PathVariable String productId) {
    return catalogue.find(productId, caller());
  }

  @GetMapping
  List<ProductView> search(
      @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "0") int offset) {
    return catalogue.search(name, limit, offset, caller());
  }

  @PostMapping("/{productId}/release-requests")
  ResponseEntity<ReleaseRequest> submit(@PathVariable String productId) {
    ReleaseRequest request = releaseRequests.submit(productId, caller());
    return ResponseEntity.created(
            URI.create("/api/products/" + productId + "/release-requests/" + request.requestId()))
        .body(request);
  }

  @GetMapping("/{productId}/release-requests")
  List<ReleaseRequest> requests(@PathVariable String productId) {
    return releaseRequests.of(productId, caller());
  }

  @DeleteMapping("/{productId}/release-requests/pending")
  ReleaseRequest withdraw(@PathVariable String productId) {
    return releaseRequests.withdraw(productId, caller());
  }

  /** REL-4, REL-5: what a selection of the listed product costs. */
  @PostMapping("/{productId}/quotes")
  Quote quote(@PathVariable String productId, @RequestBody Selection selection) {
    return prices.quote(productId, selection, caller());
  }

  private CurrentUser caller() {
    return CurrentUser.of(identityService);
  }
}
