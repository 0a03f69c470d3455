package com.deliverysupervision.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time the local PostgreSQL server's processes have used, read from Linux's {@code /proc}:
 * the other half of an order's cost on a machine where the database shares the cores. Zero where
 * {@code /proc} does not show the server (another system, a remote server).
 */
final class DatabaseServerCpu {
  /** Linux counts a process's CPU time in ticks of 1/100 s on every common architecture. */
  private static final double MILLIS_PER_TICK = 10;

  private DatabaseServerCpu() {}

  static double millis() {
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      return processes
              .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
              .mapToLong(DatabaseServerCpu::postgresTicks)
              .sum()
          * MILLIS_PER_TICK;
    } catch (IOException | RuntimeException noProc) {
      return 0;
    }
  }

  /** utime and stime (fields 14 and 15 of /proc/PID/stat) of a postgres process, else 0. */
  private static long postgresTicks(Path process) {
    try {
      String stat = Files.readString(process.resolve("stat"));
      int nameEnd = stat.lastIndexOf(')');
      if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
        return 0;
      }
      String[] fields = stat.substring(nameEnd + 2).split(" ");
      // fields[0] is the state, field 3 of the line: utime and stime are fields 14 and 15.
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}
