package org.vcanalytics.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a benchmark run as one table for people and one JSON line for scripts ({@code
 * bench/peers/run.sh} reads it). Writes; computes only the totals.
 */
public final class BenchTable {
  private BenchTable() {}

  /**
   * @param stages the stages measured
   * @return the table: one line per stage and a total, times in seconds, memory in MB
   */
  public static String table(List<Meter.Stage> stages) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-26s %9s %9s %11s %10s  %s%n",
        "stage", "wall s", "cpu s", "alloc MB", "peak MB", "what"));
    double wall = 0, cpu = 0, alloc = 0, peak = 0;
    for (Meter.Stage s : stages) {
      b.append(String.format(Locale.ROOT, "%-26s %9.2f %9.2f %11.0f %10.0f  %s%n",
          s.stage(), s.wallSeconds(), s.cpuSeconds(), s.allocatedMb(), s.peakHeapMb(), s.summary()));
      wall += s.wallSeconds();
      cpu += s.cpuSeconds();
      alloc += s.allocatedMb();
      peak = Math.max(peak, s.peakHeapMb());
    }
    b.append(String.format(Locale.ROOT, "%-26s %9.2f %9.2f %11.0f %10.0f%n", "total", wall, cpu, alloc, peak));
    return b.toString();
  }

  /**
   * @param data the package folder, as given
   * @param asOf the as-of date
   * @param threads the processors the JVM may use
   * @param maxHeapMb the heap limit
   * @param stages the stages measured
   * @return one line of JSON: {@code {"vc_bench":{...,"stages":[...],"total_wall_s":...}}}
   */
  public static String json(String data, LocalDate asOf, int threads, double maxHeapMb, List<Meter.Stage> stages) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    ObjectNode b = root.putObject("vc_bench");
    b.put("data", data);
    b.put("as_of", asOf.toString());
    b.put("threads", threads);
    b.put("max_heap_mb", round(maxHeapMb));
    ArrayNode list = b.putArray("stages");
    double wall = 0, peak = 0;
    for (Meter.Stage s : stages) {
      ObjectNode o = list.addObject();
      o.put("stage", s.stage());
      o.put("wall_s", round(s.wallSeconds()));
      o.put("cpu_s", round(s.cpuSeconds()));
      o.put("alloc_mb", round(s.allocatedMb()));
      o.put("peak_heap_mb", round(s.peakHeapMb()));
      wall += s.wallSeconds();
      peak = Math.max(peak, s.peakHeapMb());
    }
    b.put("total_wall_s", round(wall));
    b.put("peak_heap_mb", round(peak));
    try {
      return m.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
