package com.deliverysupervision.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time used so far by this JVM (JIT and GC included) and by the local database server: an
 * order's cost on a machine where the two share the cores, steadier from run to run than orders/s
 * (a busy host slows both, not the work). With it the JIT's compile time (its threads' time, not
 * only their CPU), which says whether a measure was of compiled code.
 */
record CpuUse(double javaMillis, double databaseMillis, double jitMillis) {
  static final CpuUse NONE = new CpuUse(0, 0, 0);

  private static final OperatingSystemMXBean PROCESS =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

  static CpuUse now() {
    return new CpuUse(
        PROCESS.getProcessCpuTime() / 1e6,
        DatabaseServerCpu.millis(),
        JIT.getTotalCompilationTime());
  }

  CpuUse since(CpuUse before) {
    return new CpuUse(
        javaMillis - before.javaMillis,
        databaseMillis - before.databaseMillis,
        jitMillis - before.jitMillis);
  }

  CpuUse plus(CpuUse other) {
    return new CpuUse(
        javaMillis + other.javaMillis,
        databaseMillis + other.databaseMillis,
        jitMillis + other.jitMillis);
  }

  /** Per order; the database's part only where {@code /proc} shows the server. */
  String perOrder(int orders) {
    return per("order", orders);
  }

  /** Per unit of work (an order, a timer); the database's part only where /proc shows it. */
  String per(String unit, long count) {
    return String.format("Java CPU %.2f ms", javaMillis / count)
        + (databaseMillis > 0
            ? String.format(", database server CPU %.2f ms", databaseMillis / count)
            : "")
        + String.format(
            " per %s; the JIT compiled for %.2f ms per %s", unit, jitMillis / count, unit);
  }
}
