package com.deliverysupervision.order;

import com.deliverysupervision.process.RowsWrittenAtCommit;
import com.deliverysupervision.rules.EngineClock;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * SAAS-9: the operation records of each order: who did what, when, with what content. Written in
 * the transaction of the step they record, when it commits ({@link RowsWrittenAtCommit}), so a
 * rolled-back step leaves no record.
 */
@Service
public class OperationRecords {
  /** The actor of what the engine does by itself: timers, automatic steps. */
  public static final String SYSTEM = "system";

  /** A record's columns, in the order of its row. */
  private static final RowsWrittenAtCommit.Table<List<Object>> TABLE =
      rows ->
          new RowsWrittenAtCommit.Insert(
              "insert into ds_operation_record"
                  + " (record_id, order_id, recorded_at, actor, action, details, labels) values "
                  + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?)")),
              rows.stream().flatMap(List::stream).toList());

  private final JdbcClient jdbc;
  private final ObjectMapper mapper;
  private final IdentityService identityService;
  private final EngineClock clock;
  private final RowsWrittenAtCommit rows;

  // Lazy: the task completion hooks that record are built before the engine they belong to.
  OperationRecords(
      JdbcClient jdbc,
      ObjectMapper mapper,
      @Lazy IdentityService identityService,
      EngineClock clock,
      RowsWrittenAtCommit rows) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.mapper = mapper;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** Records an action of the current user, or of the system when no user is acting. */
  public void record(String orderId, String action, Map<String, ?> details) {
    record(orderId, action, details, null);
  }

  /**
   * Records a step completed with a form: {@code labels} names each of the {@code details} as the
   * form showed it.
   */
  public void record(
      String orderId, String action, Map<String, ?> details, Map<String, String> labels) {
    Authentication user = identityService.getCurrentAuthentication();
    rows.append(
        TABLE,
        Arrays.asList(
            UUID.randomUUID().toString(),
            orderId,
            clock.now(),
            user == null ? SYSTEM : user.getUserId(),
            action,
            json(details),
            labels == null || labels.isEmpty() ? null : json(labels)));
  }

  List<OperationRecord> of(String orderId) {
    return jdbc.sql(
            "select record_id, order_id, recorded_at, actor, action, details, labels"
                + " from ds_operation_record where order_id = ? order by recorded_at, record_id")
        .param(orderId)
        .query(OperationRecord.class)
        .list();
  }

  private String json(Map<String, ?> details) {
    try {
      return mapper.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Operation record details must be JSON values", e);
    }
  }
}
