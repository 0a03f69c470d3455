package com.deliverysupervision.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** The latencies of each step of an order, as one way of running orders measured them. */
final class Steps {
  static final String PLACE_ORDER = "place order";
  static final String SUBMIT_DEMAND = "submit demand";
  static final String PROJECT_DELIVERY = "project delivery";
  static final String CONFIRM_DELIVERY = "confirm delivery";
  static final List<String> ALL =
      List.of(PLACE_ORDER, SUBMIT_DEMAND, PROJECT_DELIVERY, CONFIRM_DELIVERY);

  private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();

  <T> T measure(String step, Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    nanos.computeIfAbsent(step, s -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - start);
    return result;
  }

  void clear() {
    nanos.clear();
  }

  /** The step's latency in milliseconds that the given percentage of its runs did not exceed. */
  double percentile(String step, int percent) {
    List<Long> sorted = new ArrayList<>(nanos.getOrDefault(step, List.of()));
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int index = Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
