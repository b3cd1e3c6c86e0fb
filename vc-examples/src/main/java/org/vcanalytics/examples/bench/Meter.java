package org.vcanalytics.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import org.vcanalytics.core.StageListener;

/**
 * Measures each stage it is told of, one at a time: wall time, CPU time of the whole process (every
 * thread, the garbage collector's and the compiler's included), bytes allocated by the threads alive
 * at its end, and the peak of the heap while it ran. Stages must not overlap: give it the load, the
 * pipeline and the writers one after another (the writers on one thread).
 *
 * <p>Allocation is counted per thread by the JVM ({@code com.sun.management.ThreadMXBean}); a thread
 * that ends inside a stage takes its count with it, so the figure is a lower bound. The peak heap is
 * the largest heap in use just before a garbage collection in the stage, or at its end: the heap's
 * high-water mark as the collector saw it.
 */
public final class Meter implements StageListener {

  /**
   * One stage's figures.
   *
   * @param stage the stage name
   * @param summary what it did, counts only
   * @param wallSeconds wall time
   * @param cpuSeconds CPU time of the process
   * @param allocatedMb megabytes (10^6 bytes) allocated
   * @param peakHeapMb the heap's peak in megabytes
   */
  public record Stage(
      String stage, String summary, double wallSeconds, double cpuSeconds, double allocatedMb, double peakHeapMb) {}

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final List<Stage> stages = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
  private String current;

  /** @return true: stages are measured one at a time */
  @Override
  public boolean oneAtATime() {
    return true;
  }

  /** Listens to every collector: the heap in use before each collection raises the peak. */
  public Meter() {
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
                long used = 0;
                for (var u : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                  if (isHeap(u.getKey())) {
                    used += u.getValue().getUsed();
                  }
                }
                raise(used);
              }
            },
            null,
            null);
      }
    }
  }

  private static final java.util.Set<String> HEAP_POOLS = heapPools();

  private static java.util.Set<String> heapPools() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        names.add(pool.getName());
      }
    }
    return names;
  }

  private static boolean isHeap(String pool) {
    return HEAP_POOLS.contains(pool);
  }

  private void raise(long used) {
    peak.accumulateAndGet(used, Math::max);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
  private long wall0;
  private long cpu0;
  private long alloc0;

  @Override
  public synchronized void started(String stage) {
    if (current != null) {
      throw new IllegalStateException(stage + " started while " + current + " runs: stages must not overlap");
    }
    current = stage;
    peak.set(heapUsed());
    alloc0 = allocated();
    cpu0 = OS.getProcessCpuTime();
    wall0 = System.nanoTime();
  }

  @Override
  public synchronized void finished(String stage, String summary) {
    long wall = System.nanoTime() - wall0;
    long cpu = OS.getProcessCpuTime() - cpu0;
    long alloc = allocated() - alloc0;
    raise(heapUsed());
    stages.add(new Stage(stage, summary, wall / 1e9, cpu / 1e9, Math.max(0, alloc) / 1e6, peak.get() / 1e6));
    current = null;
  }

  /** @return the stages measured so far, in order */
  public synchronized List<Stage> stages() {
    return List.copyOf(stages);
  }

  private static long allocated() {
    long sum = 0;
    for (long b : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
      sum += Math.max(0, b);
    }
    return sum;
  }
}
