package io.mesopj.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The harness's flags ({@code --name=value}); the defaults keep one whole run near 3 minutes on two
 * cores (3½–4 on a busy shared machine, most of it JIT warm-up).
 */
record Options(int capacity, int clients, double warmupSeconds, double warmupMaxSeconds, double measureSeconds,
    int rounds, String container, String client, Set<String> only, List<String> serverJvmOpts, String serverJava,
    boolean jfr, String baselineFrames, boolean baselineAsync, boolean noBaseline, boolean verbose, Path war,
    Path workDir) {

  /** {@link #warmupSeconds()} when the warm-up ends by watching the JIT. */
  static final double AUTO = -1;
  static final String DEFAULT_SERVER_JVM_OPTS = "-Xms512m -Xmx512m -XX:CICompilerCount=4";

  static final String HELP = String.join("\n",
      "io.mesopj.bench.Benchmarks [--flag=value ...]",
      "  --clients=16          concurrent clients (tabs), each with one event in flight",
      "  --warmup=auto         warm-up per side: 'auto' runs load in 1 s steps until the server JVMs'",
      "                        JIT compilers have been (almost) idle for 2 steps; or a number of seconds",
      "  --warmup-max=20       most seconds an automatic warm-up may take (the baseline's: half that;",
      "                        it runs on a JVM the mesopj warm-up already warmed)",
      "  --measure=6           measured seconds per side (mesopj, baseline), split into rounds",
      "  --rounds=3            alternate mesopj and baseline this many times (noise hits both)",
      "  --container=jetty     or tomcat: the container of the server JVMs",
      "  --client=raw          or jdk (java.net.http.HttpClient): the load generator's HTTP client",
      "  --only=a,b            run only these scenarios (names as printed); --list to list them",
      "  --server-jvm-opts=\"" + DEFAULT_SERVER_JVM_OPTS + "\"",
      "                        options of the server JVMs (4 JIT threads: on 2 busy cores the default 2",
      "                        take ~1.5× longer to warm up; the compiled code is the same)",
      "  --server-java=PATH    java executable of the server JVMs (default: this JVM's)",
      "  --jfr                 record a JFR profile of every server JVM into the work dir",
      "  --baseline-frames=1   or 'match': as many flushed SSE frames as mesopj's answer",
      "  --baseline-async      the baseline answers after startAsync() from another thread",
      "  --no-baseline         skip the baselines (e.g. to profile mesopj alone)",
      "  --verbose             print every warm-up step and round (to judge warm-up and noise)",
      "  --capacity=10000      instead of the scenarios: this many idle WebSocket connections on one node",
      "                        (heap and threads), and the heap an idle session costs (memory store)",
      "  --war=target/mesopj.war  --work-dir=target/bench");

  static Options parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String a : args) {
      if (a.isBlank()) {
        continue;
      }
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unknown argument " + a + "\n" + HELP);
      }
      int eq = a.indexOf('=');
      m.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
    }
    Set<String> known = Set.of("clients", "warmup", "warmup-max", "measure", "rounds", "container", "client", "only",
        "server-jvm-opts", "server-java", "jfr", "baseline-frames", "baseline-async", "no-baseline", "verbose", "war",
        "work-dir", "list", "capacity",
        "help");
    for (String k : m.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException("unknown flag --" + k + "\n" + HELP);
      }
    }
    Set<String> only = new LinkedHashSet<>();
    if (m.containsKey("only")) {
      for (String s : m.get("only").split(",")) {
        if (!s.isBlank()) {
          only.add(s.strip());
        }
      }
    }
    List<String> jvmOpts = new ArrayList<>(
        Arrays.asList(m.getOrDefault("server-jvm-opts", DEFAULT_SERVER_JVM_OPTS).trim().split("\\s+")));
    jvmOpts.removeIf(String::isEmpty);
    String container = m.getOrDefault("container", "jetty");
    if (!container.equals("jetty") && !container.equals("tomcat")) {
      throw new IllegalArgumentException("--container must be jetty or tomcat");
    }
    String frames = m.getOrDefault("baseline-frames", "1");
    if (!frames.equals("match") && !frames.matches("[1-9][0-9]*")) {
      throw new IllegalArgumentException("--baseline-frames must be a number or 'match'");
    }
    double warmup = "auto".equals(m.getOrDefault("warmup", "auto")) ? AUTO : positive(m, "warmup", 0);
    // --capacity alone means the design's 10,000 connections
    int capacity = "true".equals(m.get("capacity")) ? 10_000 : m.containsKey("capacity")
        ? positiveInt(m, "capacity", 0) : 0;
    return new Options(capacity, positiveInt(m, "clients", 16), warmup, positive(m, "warmup-max", 20),
        positive(m, "measure", 6),
        positiveInt(m, "rounds", 3), container, m.getOrDefault("client", "raw"), only, jvmOpts,
        m.getOrDefault("server-java", Paths.get(System.getProperty("java.home"), "bin", "java").toString()),
        Boolean.parseBoolean(m.getOrDefault("jfr", "false")), frames,
        Boolean.parseBoolean(m.getOrDefault("baseline-async", "false")),
        Boolean.parseBoolean(m.getOrDefault("no-baseline", "false")),
        Boolean.parseBoolean(m.getOrDefault("verbose", "false")),
        Paths.get(m.getOrDefault("war", System.getProperty("mesopj.war", "target/mesopj.war"))).toAbsolutePath(),
        Paths.get(m.getOrDefault("work-dir", "target/bench")).toAbsolutePath());
  }

  static boolean wantsHelp(String[] args) {
    return Arrays.asList(args).contains("--help");
  }

  static boolean wantsList(String[] args) {
    return Arrays.asList(args).contains("--list");
  }

  private static int positiveInt(Map<String, String> m, String k, int dflt) {
    double v = positive(m, k, dflt);
    if (v != Math.rint(v)) {
      throw new IllegalArgumentException("--" + k + " must be a whole number");
    }
    return (int) v;
  }

  private static double positive(Map<String, String> m, String k, double dflt) {
    String raw = m.get(k);
    if (raw == null) {
      return dflt;
    }
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + k + " must be a number, not " + raw);
    }
    if (!(v > 0)) {
      throw new IllegalArgumentException("--" + k + " must be positive");
    }
    return v;
  }
}
