package io.mesopj.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * N server JVMs ({@link BenchServer}) started with the same settings as system properties, each
 * on its own port, with no balancer in front. Reads their CPU time from /proc.
 */
final class ServerNodes implements AutoCloseable {
  private static final long START_TIMEOUT_MS = 120_000;

  private final List<Process> processes;
  private final List<URI> bases;
  private final List<Path> logs;
  private final String javaVersion;

  private ServerNodes(List<Process> processes, List<URI> bases, List<Path> logs, String javaVersion) {
    this.processes = processes;
    this.bases = bases;
    this.logs = logs;
    this.javaVersion = javaVersion;
  }

  /**
   * Starts {@code n} nodes serving {@code webapp} (a WAR file or exploded directory) and waits until
   * all have deployed. {@code label} names their log files ({@code <workDir>/<label>-node<i>.log}),
   * JFR recordings and working directories ({@code <workDir>/tmp/<label>-node<i>}).
   */
  static ServerNodes start(Options o, Path webapp, Map<String, String> settings, int n, Path workDir,
      String label) throws IOException, InterruptedException {
    List<Process> processes = new ArrayList<>();
    List<Path> portFiles = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        Path portFile = workDir.resolve(label + "-node" + i + ".port");
        Files.deleteIfExists(portFile);
        Path log = workDir.resolve(label + "-node" + i + ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(o.serverJava());
        cmd.addAll(o.serverJvmOpts());
        if (o.jfr()) {
          cmd.add("-XX:StartFlightRecording=settings=profile,filename="
              + workDir.resolve(label + "-node" + i + ".jfr") + ",dumponexit=true");
        }
        settings.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchServer.class.getName());
        cmd.add("--war=" + webapp);
        cmd.add("--tmp=" + workDir.resolve("tmp").resolve(label + "-node" + i));
        cmd.add("--port-file=" + portFile);
        cmd.add("--container=" + o.container());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        processes.add(pb.start());
        portFiles.add(portFile);
        logs.add(log);
      }
      List<URI> bases = new ArrayList<>();
      String javaVersion = "?";
      long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
      for (int i = 0; i < n; i++) {
        while (!Files.exists(portFiles.get(i))) {
          if (!processes.get(i).isAlive()) {
            throw new IOException("server node " + i + " exited with " + processes.get(i).exitValue() + ":\n"
                + tail(logs.get(i)));
          }
          if (System.currentTimeMillis() > deadline) {
            throw new IOException("server node " + i + " did not start within " + START_TIMEOUT_MS + " ms:\n"
                + tail(logs.get(i)));
          }
          Thread.sleep(50);
        }
        String[] ready = Files.readString(portFiles.get(i)).strip().split("\n");
        bases.add(URI.create("http://127.0.0.1:" + ready[0].strip()));
        javaVersion = ready.length > 1 ? ready[1].strip() : "?";
      }
      return new ServerNodes(processes, bases, logs, javaVersion);
    } catch (IOException | InterruptedException | RuntimeException e) {
      processes.forEach(ServerNodes::stop);
      throw e;
    }
  }

  /**
   * The first {@code n} nodes, for a scenario that uses fewer nodes than the group has (the others
   * stay idle; their CPU time still counts). Close the group, not the view.
   */
  ServerNodes first(int n) {
    return n == bases.size() ? this : new ServerNodes(processes, bases.subList(0, n), logs, javaVersion);
  }

  List<URI> bases() {
    return bases;
  }

  int size() {
    return bases.size();
  }

  /** User + system CPU time of all the group's nodes so far, in nanoseconds (clock-tick resolution). */
  long cpuNanos() {
    long sum = 0;
    for (Process p : processes) {
      sum += ProcCpu.ofPid(p.pid());
    }
    return sum;
  }

  /** The system (kernel) part of {@link #cpuNanos()}. */
  long sysNanos() {
    long sum = 0;
    for (Process p : processes) {
      sum += ProcCpu.sysOfPid(p.pid());
    }
    return sum;
  }

  /** Each node's JIT compile time so far, in ms (BenchServer's /baseline/jit); -1 if unreadable. */
  long[] compileMillis() {
    long[] ms = new long[bases.size()];
    for (int i = 0; i < ms.length; i++) {
      try (java.io.InputStream in = URI.create(bases.get(i) + "/baseline/jit").toURL().openStream()) {
        ms[i] = Long.parseLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
      } catch (IOException | RuntimeException e) {
        ms[i] = -1;
      }
    }
    return ms;
  }

  /** The Java version the nodes run, as the first node reported it. */
  String javaVersion() {
    return javaVersion;
  }

  List<Path> logs() {
    return logs;
  }

  @Override
  public void close() {
    processes.forEach(ServerNodes::stop);
  }

  private static void stop(Process p) {
    p.destroy();
    try {
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor();
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Reads utime + stime from /proc/<pid>/stat. */
  static final class ProcCpu {
    private static final long TICK_NANOS = 1_000_000_000L / clockTicks();

    private ProcCpu() {}

    static long ofPid(long pid) {
      long[] t = ticks(pid);
      return (t[0] + t[1]) * TICK_NANOS;
    }

    static long sysOfPid(long pid) {
      return ticks(pid)[1] * TICK_NANOS;
    }

    /** utime and stime of a process, in clock ticks (zeros if it is gone). */
    private static long[] ticks(long pid) {
      try {
        String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
        // fields after "(comm)": state is field 3; utime and stime are fields 14 and 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(f[11]), Long.parseLong(f[12])};
      } catch (IOException | RuntimeException e) {
        return new long[2];
      }
    }

    static long self() {
      return ofPid(ProcessHandle.current().pid());
    }

    /** CPU time all processes of the machine used so far (all cores; /proc/stat, not idle or iowait). */
    static long machineBusy() {
      try {
        // cpu user nice system idle iowait irq softirq steal
        String first = Files.readAllLines(Paths.get("/proc/stat")).get(0);
        String[] f = first.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
          busy += Long.parseLong(f[i]);
        }
        return busy * TICK_NANOS;
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }

    private static long clockTicks() {
      try {
        Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        return Long.parseLong(out);
      } catch (IOException | InterruptedException | NumberFormatException e) {
        return 100;
      }
    }
  }
}
