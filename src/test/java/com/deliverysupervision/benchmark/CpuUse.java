package com.deliverysupervision.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * CPU time used so far by this JVM (JIT and GC included) and by the local database server: an
 * order's cost on a machine where the two share the cores, steadier from run to run than orders/s
 * (a busy host slows both, not the work).
 */
record CpuUse(double javaMillis, double databaseMillis) {
  private static final OperatingSystemMXBean PROCESS =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);

  static CpuUse now() {
    return new CpuUse(PROCESS.getProcessCpuTime() / 1e6, DatabaseServerCpu.millis());
  }

  CpuUse since(CpuUse before) {
    return new CpuUse(javaMillis - before.javaMillis, databaseMillis - before.databaseMillis);
  }

  CpuUse plus(CpuUse other) {
    return new CpuUse(javaMillis + other.javaMillis, databaseMillis + other.databaseMillis);
  }

  /** Per order; the database's part only where {@code /proc} shows the server. */
  String perOrder(int orders) {
    return String.format("Java CPU %.2f ms", javaMillis / orders)
        + (databaseMillis > 0
            ? String.format(", database server CPU %.2f ms", databaseMillis / orders)
            : "")
        + " per order";
  }
}
