package com.deliverysupervision.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs the variants in turns until the JIT has settled: until it compiles for less than {@link
 * #SETTLED} of a turn's time, two turns in a row (after one quiet turn it may start again). On 2
 * cores the JIT compiles for minutes and takes the CPU from the orders while it does: after 600
 * orders of each it still compiled for 22 ms per order of the application and 11 ms of the bare
 * engine, and the application, with more code to compile, was measured at little more than half the
 * speed it runs at once compiled. A marketplace's server runs for days: the benchmark measures the
 * code compiled, as it runs there.
 */
final class WarmUp {
  /** The JIT's compile time per turn's time under which it counts as settled. */
  private static final double SETTLED = 0.05;

  /** Orders of each variant per turn. */
  private static final int TURN = 300;

  /** The most orders of each variant: a JIT that never settles still lets the run go on. */
  private static final int MOST = Integer.getInteger("warmUp", 9_000);

  /** Runs count actions, each given its index, on the worker threads; the seconds it took. */
  interface Timed {
    double run(int count, IntConsumer action) throws Exception;
  }

  private final Timed timed;
  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

  WarmUp(Timed timed) {
    this.timed = timed;
  }

  /** Each variant's warm-up orders get the indexes -1, -2, ..., never those measured. */
  void run(List<IntConsumer> variants) throws Exception {
    int done = 0;
    int quietTurns = 0;
    do {
      int first = done;
      long jitBefore = jit.getTotalCompilationTime();
      double seconds = 0;
      for (IntConsumer variant : variants) {
        seconds += timed.run(TURN, i -> variant.accept(-1 - first - i));
      }
      done += TURN;
      double share = (jit.getTotalCompilationTime() - jitBefore) / 1000.0 / seconds;
      quietTurns = share < SETTLED ? quietTurns + 1 : 0;
      System.out.printf(
          "  warm-up: %,d orders of each, the JIT compiling %.0f%% of the last turn%n",
          done, share * 100);
    } while (quietTurns < 2 && done < MOST);
  }
}
