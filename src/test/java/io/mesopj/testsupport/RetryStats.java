package io.mesopj.testsupport;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** What a {@link ClusterClient} saw: attempts, acknowledged events, and retries by reason. Thread-safe. */
public final class RetryStats {
  /** Why an attempt was sent again. */
  public enum Reason {
    /** The node did not accept the connection (it is down): the request never reached it. */
    CONNECT(false),
    /** The connection broke after the request was sent, or the stream ended before its end frame. */
    CUT(true),
    /** A retryable error frame inside a 200 stream (e.g. the save failed after renders were sent). */
    ERROR_FRAME(true),
    HTTP_502(false),
    HTTP_503(false),
    HTTP_504(false),
    /** The retryable 409: another request changed the session while this one ran too long. */
    HTTP_409(false);

    /** The first attempt may have been applied, so only the event id keeps the retry from applying twice. */
    public final boolean ambiguous;

    Reason(boolean ambiguous) {
      this.ambiguous = ambiguous;
    }
  }

  private final LongAdder attempts = new LongAdder();
  private final LongAdder acknowledged = new LongAdder();
  private final Map<Reason, LongAdder> retries = new EnumMap<>(Reason.class);
  private final ConcurrentHashMap<String, LongAdder> messages = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> byNode = new ConcurrentHashMap<>();

  public RetryStats() {
    for (Reason r : Reason.values()) {
      retries.put(r, new LongAdder());
    }
  }

  void attempt() {
    attempts.increment();
  }

  void acknowledged(String node) {
    acknowledged.increment();
    byNode.computeIfAbsent(node, k -> new LongAdder()).increment();
  }

  void retry(Reason reason, String message) {
    retries.get(reason).increment();
    if (message != null && !message.isBlank()) {
      // error ids differ on every answer; the rest of the message is what we compare
      String normal = message.replaceAll("\\(error id [0-9a-f]+\\)", "(error id …)").strip();
      messages.computeIfAbsent(reason + ": " + abbreviate(normal), k -> new LongAdder()).increment();
    }
  }

  public long attempts() {
    return attempts.sum();
  }

  public long acknowledged() {
    return acknowledged.sum();
  }

  public long retries(Reason reason) {
    return retries.get(reason).sum();
  }

  public long retries() {
    return retries.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Retries whose first attempt may have been applied (connection cut after sending, error frame). */
  public long ambiguousRetries() {
    return retries.entrySet().stream().filter(e -> e.getKey().ambiguous).mapToLong(e -> e.getValue().sum()).sum();
  }

  /** Each distinct message of a retried answer (status line or error frame), with how often it came. */
  public Map<String, Long> messages() {
    return messages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum(),
        Long::sum, TreeMap::new));
  }

  /** Acknowledged answers per node (host:port). */
  public Map<String, Long> acknowledgedByNode() {
    return byNode.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum(),
        Long::sum, TreeMap::new));
  }

  /** One line for the test report. */
  public String summary() {
    String byReason = retries.entrySet().stream().filter(e -> e.getValue().sum() > 0)
        .map(e -> e.getKey() + "=" + e.getValue().sum()).collect(Collectors.joining(" "));
    return "attempts=" + attempts() + " acknowledged=" + acknowledged() + " retries=" + retries()
        + (byReason.isEmpty() ? "" : " (" + byReason + ")") + " per node " + acknowledgedByNode();
  }

  private static String abbreviate(String s) {
    String oneLine = s.replace('\n', ' ');
    return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "…";
  }
}
