package io.mesopj.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: one thread per client, each doing events back-to-back (one in flight, like
 * a browser tab) until the period ends. Measures events, latencies, response bytes and the CPU
 * time of the server JVMs and of this (load generator) JVM over the period.
 */
final class LoadRun {
  /** One simulated user. {@link #event()} returns the response body size; it throws on any failure. */
  interface Client extends AutoCloseable {
    long event() throws Exception;

    @Override
    void close();
  }

  private LoadRun() {}

  /** What one or more periods measured; {@link #plus} adds periods (the alternating rounds). */
  record Sample(long events, long errors, long elapsedNanos, long serverCpuNanos, long serverSysNanos,
      long clientCpuNanos, long machineBusyNanos, long bodyBytes, long[] latencies, String firstError) {
    static final Sample EMPTY = new Sample(0, 0, 0, 0, 0, 0, 0, 0, new long[0], null);

    Sample plus(Sample o) {
      long[] l = Arrays.copyOf(latencies, latencies.length + o.latencies.length);
      System.arraycopy(o.latencies, 0, l, latencies.length, o.latencies.length);
      return new Sample(events + o.events, errors + o.errors, elapsedNanos + o.elapsedNanos,
          serverCpuNanos + o.serverCpuNanos, serverSysNanos + o.serverSysNanos, clientCpuNanos + o.clientCpuNanos,
          machineBusyNanos + o.machineBusyNanos, bodyBytes + o.bodyBytes, l,
          firstError != null ? firstError : o.firstError);
    }

    double eventsPerSecond() {
      return elapsedNanos == 0 ? 0 : events * 1e9 / elapsedNanos;
    }

    double serverCpuMsPerEvent() {
      return events == 0 ? Double.NaN : serverCpuNanos / 1e6 / events;
    }

    /** Share of the servers' CPU time spent in the kernel (system time). */
    double serverSysShare() {
      return serverCpuNanos == 0 ? Double.NaN : serverSysNanos / (double) serverCpuNanos;
    }

    double clientCpuMsPerEvent() {
      return events == 0 ? Double.NaN : clientCpuNanos / 1e6 / events;
    }

    /** Share of the machine's CPU (all cores) that server and load generator used together. */
    double machineCpuShare(int cores) {
      return elapsedNanos == 0 ? 0 : (serverCpuNanos + clientCpuNanos) / (double) elapsedNanos / cores;
    }

    /**
     * Share of the machine's CPU that other processes used meanwhile (the machine is shared):
     * all busy CPU time less the servers' and the load generator's.
     */
    double othersCpuShare(int cores) {
      return elapsedNanos == 0 ? 0
          : Math.max(0, machineBusyNanos - serverCpuNanos - clientCpuNanos) / (double) elapsedNanos / cores;
    }

    double meanBodyBytes() {
      return events == 0 ? Double.NaN : bodyBytes / (double) events;
    }

    /** Latency percentile in milliseconds (nearest rank). */
    double percentileMs(double p) {
      if (latencies.length == 0) {
        return Double.NaN;
      }
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
  }

  /** Runs all clients for {@code seconds}, measuring the CPU time of {@code servers} meanwhile. */
  static Sample run(List<? extends Client> clients, double seconds, ServerNodes servers)
      throws InterruptedException {
    long duration = (long) (seconds * 1e9);
    List<Thread> threads = new ArrayList<>();
    long[][] lat = new long[clients.size()][];
    long[] counts = new long[clients.size()];
    long[] errors = new long[clients.size()];
    long[] bytes = new long[clients.size()];
    AtomicReference<String> firstError = new AtomicReference<>();
    long cpu0 = servers.cpuNanos();
    long sys0 = servers.sysNanos();
    long self0 = ServerNodes.ProcCpu.self();
    long busy0 = ServerNodes.ProcCpu.machineBusy();
    long t0 = System.nanoTime();
    long deadline = t0 + duration;
    for (int i = 0; i < clients.size(); i++) {
      int idx = i;
      Client c = clients.get(i);
      Thread t = new Thread(() -> {
        long[] l = new long[1024];
        int n = 0;
        while (true) {
          long start = System.nanoTime();
          if (start >= deadline) {
            break;
          }
          try {
            bytes[idx] += c.event();
            long end = System.nanoTime();
            if (n == l.length) {
              l = Arrays.copyOf(l, n * 2);
            }
            l[n++] = end - start;
          } catch (Exception e) {
            errors[idx]++;
            firstError.compareAndSet(null, e.toString());
            try {
              Thread.sleep(10); // do not spin against a broken server
            } catch (InterruptedException ie) {
              Thread.currentThread().interrupt();
              break;
            }
          }
        }
        lat[idx] = Arrays.copyOf(l, n);
        counts[idx] = n;
      }, "load-" + i);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - t0;
    long cpu = servers.cpuNanos() - cpu0;
    long sys = servers.sysNanos() - sys0;
    long self = ServerNodes.ProcCpu.self() - self0;
    long busy = ServerNodes.ProcCpu.machineBusy() - busy0;
    long events = Arrays.stream(counts).sum();
    long[] all = new long[(int) events];
    int pos = 0;
    for (long[] l : lat) {
      System.arraycopy(l, 0, all, pos, l.length);
      pos += l.length;
    }
    return new Sample(events, Arrays.stream(errors).sum(), elapsed, cpu, sys, self, busy, Arrays.stream(bytes).sum(),
        all, firstError.get());
  }

  /** The baseline's client: POSTs the same bytes as a click to the baseline servlet, checks the size. */
  static final class BaselineClient implements Client {
    private final HttpTransport.Connection conn;
    private final String target;
    private final byte[] body;
    private final int expectedBytes;

    BaselineClient(HttpTransport.Connection conn, String target, byte[] body, int expectedBytes) {
      this.conn = conn;
      this.target = target;
      this.body = body;
      this.expectedBytes = expectedBytes;
    }

    @Override
    public long event() throws Exception {
      HttpTransport.Reply r = conn.post(target, Tab.PROTOBUF, body);
      if (r.status() != 200 || r.body().length != expectedBytes) {
        throw new java.io.IOException("baseline answered " + r.status() + " with " + r.body().length + " bytes");
      }
      return r.body().length;
    }

    @Override
    public void close() {
      conn.close();
    }
  }
}
