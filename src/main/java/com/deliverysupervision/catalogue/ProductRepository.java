package com.deliverysupervision.catalogue;

import com.deliverysupervision.order.ContainsText;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProductRepository {
  record ProductRow(
      String productId,
      String sellerId,
      OffsetDateTime createdAt,
      Integer listedRevision,
      Integer workingRevision) {}

  record RevisionRow(
      int revision, String name, RevisionState state, String content, OffsetDateTime updatedAt) {}

  private static final String PRODUCT_COLUMNS =
      "product_id, seller_id, created_at, listed_revision, working_revision";
  private static final String REQUEST_COLUMNS =
      "request_id, product_id, revision, submitted_at, review_due_at, outcome, reason, decided_by,"
          + " decided_at";

  private final JdbcClient jdbc;

  ProductRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertProduct(String productId, String sellerId, OffsetDateTime createdAt) {
    jdbc.sql("insert into ds_product (product_id, seller_id, created_at) values (?, ?, ?)")
        .params(productId, sellerId, createdAt)
        .update();
  }

  /** The product, its row locked until the transaction ends: one change of a product at a time. */
  Optional<ProductRow> lock(String productId) {
    return jdbc.sql(
            "select " + PRODUCT_COLUMNS + " from ds_product where product_id = ? for update")
        .param(productId)
        .query(ProductRow.class)
        .optional();
  }

  Optional<ProductRow> find(String productId) {
    return jdbc.sql("select " + PRODUCT_COLUMNS + " from ds_product where product_id = ?")
        .param(productId)
        .query(ProductRow.class)
        .optional();
  }

  void setWorkingRevision(String productId, Integer revision) {
    jdbc.sql("update ds_product set working_revision = ? where product_id = ?")
        .params(revision, productId)
        .update();
  }

  void setListedRevision(String productId, int revision) {
    jdbc.sql(
            "update ds_product set listed_revision = ?, working_revision = null where product_id = ?")
        .params(revision, productId)
        .update();
  }

  void insertRevision(
      String productId, int revision, String name, String content, OffsetDateTime at) {
    jdbc.sql(
            "insert into ds_product_revision (product_id, revision, name, state, content,"
                + " updated_at) values (?, ?, ?, ?, ?, ?)")
        .params(productId, revision, name, RevisionState.DRAFT.name(), content, at)
        .update();
  }

  void updateDraft(String productId, int revision, String name, String content, OffsetDateTime at) {
    jdbc.sql(
            "update ds_product_revision set name = ?, content = ?, updated_at = ?"
                + " where product_id = ? and revision = ?")
        .params(name, content, at, productId, revision)
        .update();
  }

  void setState(String productId, int revision, RevisionState state) {
    jdbc.sql("update ds_product_revision set state = ? where product_id = ? and revision = ?")
        .params(state.name(), productId, revision)
        .update();
  }

  Optional<RevisionRow> revision(String productId, int revision) {
    return jdbc.sql(
            "select revision, name, state, content, updated_at from ds_product_revision"
                + " where product_id = ? and revision = ?")
        .params(productId, revision)
        .query(RevisionRow.class)
        .optional();
  }

  /**
   * The revision on sale at {@code at}: the last one approved by then (REL-7). Empty when the
   * product was not yet on sale.
   */
  Optional<Integer> revisionListedAt(String productId, OffsetDateTime at) {
    return jdbc.sql(
            "select revision from ds_release_request where product_id = ? and outcome = 'APPROVED'"
                + " and decided_at <= ? order by decided_at desc, revision desc"
                + " fetch first 1 rows only")
        .params(productId, at)
        .query(Integer.class)
        .optional();
  }

  int lastRevision(String productId) {
    return jdbc.sql("select max(revision) from ds_product_revision where product_id = ?")
        .param(productId)
        .query(Integer.class)
        .single();
  }

  /**
   * Products whose listed or working revision's name contains {@code name} (any case), by name;
   * {@code listedOnly} leaves out the products that were never listed, except {@code sellerId}'s.
   */
  List<ProductRow> search(String name, String sellerId, boolean listedOnly, int limit, int offset) {
    String pattern = ContainsText.pattern(name == null ? "" : name.toLowerCase(Locale.ROOT));
    return jdbc.sql(
            "select p.product_id, p.seller_id, p.created_at, p.listed_revision,"
                + " p.working_revision from ds_product p join ds_product_revision r"
                + " on r.product_id = p.product_id"
                + " and r.revision = coalesce(p.listed_revision, p.working_revision)"
                + " where lower(r.name) like ?"
                + ContainsText.ESCAPE
                + " and (? = false or p.listed_revision is not null or p.seller_id = ?)"
                + " order by lower(r.name), p.product_id limit ? offset ?")
        .params(pattern, listedOnly, sellerId, limit, offset)
        .query(ProductRow.class)
        .list();
  }

  void insertRequest(
      String requestId,
      String productId,
      int revision,
      String sellerId,
      OffsetDateTime submittedAt,
      LocalDate submittedOn,
      OffsetDateTime reviewDueAt) {
    jdbc.sql(
            "insert into ds_release_request (request_id, product_id, revision, seller_id,"
                + " submitted_at, submitted_on, review_due_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(requestId, productId, revision, sellerId, submittedAt, submittedOn, reviewDueAt)
        .update();
  }

  int requestsOn(String sellerId, LocalDate day) {
    return jdbc.sql(
            "select count(*) from ds_release_request where seller_id = ? and submitted_on = ?")
        .params(sellerId, day)
        .query(Integer.class)
        .single();
  }

  Optional<ReleaseRequest> pendingRequest(String productId) {
    return jdbc.sql(
            "select "
                + REQUEST_COLUMNS
                + " from ds_release_request where product_id = ? and outcome is null")
        .param(productId)
        .query(ReleaseRequest.class)
        .optional();
  }

  Optional<ReleaseRequest> request(String requestId) {
    return jdbc.sql("select " + REQUEST_COLUMNS + " from ds_release_request where request_id = ?")
        .param(requestId)
        .query(ReleaseRequest.class)
        .optional();
  }

  List<ReleaseRequest> requestsOf(String productId) {
    return jdbc.sql(
            "select "
                + REQUEST_COLUMNS
                + " from ds_release_request where product_id = ? order by submitted_at desc")
        .param(productId)
        .query(ReleaseRequest.class)
        .list();
  }

  /** Settles a pending request; false when it was settled already (a retried step). */
  boolean settle(
      String requestId, String outcome, String reason, String decidedBy, OffsetDateTime at) {
    return jdbc.sql(
                "update ds_release_request set outcome = ?, reason = ?, decided_by = ?,"
                    + " decided_at = ? where request_id = ? and outcome is null")
            .params(outcome, reason, decidedBy, at, requestId)
            .update()
        == 1;
  }
}
