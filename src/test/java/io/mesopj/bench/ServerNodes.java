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
   * Starts {@code n} nodes and waits until all have deployed. {@code label} names their log files
   * ({@code <workDir>/<label>-node<i>.log}) and JFR recordings.
   */
  static ServerNodes start(Options o, Map<String, String> settings, int n, Path workDir, String label)
      throws IOException, InterruptedException {
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
        cmd.add("--war=" + o.war());
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

  List<URI> bases() {
    return bases;
  }

  int size() {
    return bases.size();
  }

  /** User + system CPU time of all nodes so far, in nanoseconds (clock-tick resolution). */
  long cpuNanos() {
    long sum = 0;
    for (Process p : processes) {
      sum += ProcCpu.ofPid(p.pid());
    }
    return sum;
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
      try {
        String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"));
        // fields after "(comm)": state is field 3; utime and stime are fields 14 and 15
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }

    static long self() {
      return ofPid(ProcessHandle.current().pid());
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
