package com.deliverysupervision.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.deliverysupervision.support.DeliveryApplicationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DeliveryApplicationTest
class TasklistFiltersTest {
  @Autowired TasklistFilters filters;
  @Autowired FilterService filterService;

  @Test
  @DisplayName(
      "ALL-5 GCP-2 every Tasklist filter's task cards name the order or, for a transfer, the entitlement; a filter of an earlier version is brought up to date at start, its query kept")
  void taskCardsNameWhatTheTaskIsAbout() {
    Filter mine = byName(TasklistFilters.MY_DELIVERY_TASKS);
    Map<String, Object> earlier = new HashMap<>(mine.getProperties());
    earlier.put("variables", List.of(Map.of("name", "orderId", "label", "Order")));
    filterService.saveFilter(mine.setProperties(earlier));
    int upToDate = revisionOf(TasklistFilters.ALL_OPEN_TASKS);

    filters.create();

    assertThat(revisionOf(TasklistFilters.ALL_OPEN_TASKS)).as("saved again").isEqualTo(upToDate);
    for (String name :
        List.of(
            TasklistFilters.MY_DELIVERY_TASKS,
            TasklistFilters.ALL_OPEN_TASKS,
            TasklistFilters.FOR_MY_GROUP)) {
      assertThat(labels(byName(name)))
          .as(name)
          .containsExactly("Order", "Product", "Specification", "Entitlement");
    }
    assertThat(
            ((TaskQueryImpl) byName(TasklistFilters.MY_DELIVERY_TASKS).getQuery()).getExpressions())
        .containsEntry("taskAssignee", "${currentUser()}");
  }

  @Test
  @DisplayName(
      "the worklists refresh themselves in Tasklist; the list of every open task, whose cost grows with every open order, only when clicked, also in an installation made before")
  void onlyWorklistsRefreshThemselves() {
    Filter all = byName(TasklistFilters.ALL_OPEN_TASKS);
    Map<String, Object> earlier = new HashMap<>(all.getProperties());
    earlier.put("refresh", true);
    filterService.saveFilter(all.setProperties(earlier));

    filters.create();

    assertThat(byName(TasklistFilters.ALL_OPEN_TASKS).getProperties())
        .containsEntry("refresh", false);
    assertThat(byName(TasklistFilters.MY_DELIVERY_TASKS).getProperties())
        .containsEntry("refresh", true);
    assertThat(byName(TasklistFilters.FOR_MY_GROUP).getProperties()).containsEntry("refresh", true);
  }

  private int revisionOf(String name) {
    return ((FilterEntity) byName(name)).getRevision();
  }

  private Filter byName(String name) {
    return filterService.createTaskFilterQuery().filterName(name).singleResult();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> labels(Filter filter) {
    return ((List<Map<String, Object>>) filter.getProperties().get("variables"))
        .stream().map(variable -> variable.get("label")).toList();
  }
}
