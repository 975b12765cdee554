package io.mesopj.internal.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sessions in this JVM's heap. Bounded by count and bytes (least recently used go first, never
 * one that is leased) and expiring after their TTL. Only for one node, or with session
 * affinity: other nodes cannot see these sessions.
 */
public final class MemoryStateStore implements StateStore {
  private static final class Entry {
    byte[] record;
    long fence;
    long leaseUntil; // epoch millis; 0 = not leased
    long expiresAt;
    long ttl; // expiresAt minus the time it was set; every use pushes expiresAt out by this much
  }

  private final Clock clock;
  private final int maxSessions;
  private final long maxBytes;
  // Access order: the eldest entry is the least recently used, and (TTL being uniform) the first to expire.
  private final LinkedHashMap<String, Entry> sessions = new LinkedHashMap<>(1024, 0.75f, true);
  private long bytes;
  private long fences;

  public MemoryStateStore(Clock clock, int maxSessions, long maxBytes) {
    this.clock = clock;
    this.maxSessions = maxSessions;
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "memory";
  }

  @Override
  public synchronized void create(String token, byte[] record, Instant expiresAt) {
    Entry e = new Entry();
    e.record = record;
    e.expiresAt = expiresAt.toEpochMilli();
    e.ttl = Math.max(0, e.expiresAt - clock.millis());
    Entry old = sessions.put(token, e);
    if (old != null) {
      bytes -= old.record.length;
    }
    bytes += record.length;
    evict();
  }

  @Override
  public synchronized AcquireResult tryAcquire(String token, Duration leaseTime) {
    long now = clock.millis();
    Entry e = sessions.get(token); // moves it to the most recently used end
    if (e == null) {
      return AcquireResult.missing();
    }
    if (e.expiresAt <= now && e.leaseUntil <= now) {
      sessions.remove(token);
      bytes -= e.record.length;
      return AcquireResult.missing();
    }
    if (e.leaseUntil > now) {
      return AcquireResult.busy();
    }
    e.fence = ++fences;
    e.leaseUntil = now + leaseTime.toMillis();
    e.expiresAt = now + e.ttl; // TTL counts from last use, which keeps access order = expiry order
    return AcquireResult.granted(new Lease(token, e.fence, e.record));
  }

  @Override
  public synchronized boolean renew(Lease lease, Duration leaseTime) {
    Entry e = sessions.get(lease.token());
    if (e == null || e.fence != lease.fence() || e.leaseUntil == 0) {
      return false;
    }
    e.leaseUntil = clock.millis() + leaseTime.toMillis();
    return true;
  }

  @Override
  public synchronized void commit(Lease lease, byte[] record, Instant expiresAt) {
    Entry e = sessions.get(lease.token());
    if (e == null || e.fence != lease.fence() || e.leaseUntil == 0) {
      throw new FencedOffException(lease.token());
    }
    bytes += record.length - e.record.length;
    e.record = record;
    e.leaseUntil = 0;
    e.expiresAt = expiresAt.toEpochMilli();
    e.ttl = Math.max(0, e.expiresAt - clock.millis());
    evict();
  }

  @Override
  public synchronized void checkpoint(Lease lease, byte[] record, Instant expiresAt) {
    Entry e = sessions.get(lease.token());
    if (e == null || e.fence != lease.fence() || e.leaseUntil == 0) {
      throw new FencedOffException(lease.token());
    }
    bytes += record.length - e.record.length;
    e.record = record;
    e.expiresAt = expiresAt.toEpochMilli();
    e.ttl = Math.max(0, e.expiresAt - clock.millis());
  }

  @Override
  public synchronized void release(Lease lease) {
    Entry e = sessions.get(lease.token());
    if (e != null && e.fence == lease.fence()) {
      e.leaseUntil = 0;
    }
  }

  @Override
  public synchronized void delete(String token) {
    Entry e = sessions.remove(token);
    if (e != null) {
      bytes -= e.record.length;
    }
  }

  @Override
  public synchronized int sweepExpired(Instant now) {
    long t = now.toEpochMilli();
    int removed = 0;
    Iterator<Map.Entry<String, Entry>> it = sessions.entrySet().iterator();
    while (it.hasNext()) {
      Entry e = it.next().getValue();
      if (e.expiresAt > t) {
        break; // access order: everything after was used more recently
      }
      if (e.leaseUntil <= t) {
        it.remove();
        bytes -= e.record.length;
        removed++;
      }
    }
    return removed;
  }

  /** Drops least recently used sessions, skipping leased ones, until within both bounds. */
  private void evict() {
    if (sessions.size() <= maxSessions && bytes <= maxBytes) {
      return;
    }
    long now = clock.millis();
    Iterator<Map.Entry<String, Entry>> it = sessions.entrySet().iterator();
    while (it.hasNext() && (sessions.size() > maxSessions || bytes > maxBytes)) {
      Entry e = it.next().getValue();
      if (e.leaseUntil <= now) {
        it.remove();
        bytes -= e.record.length;
      }
    }
  }

  /** Sessions held now. */
  public synchronized int size() {
    return sessions.size();
  }

  /** Bytes of state held now. */
  public synchronized long bytes() {
    return bytes;
  }

  @Override
  public void checkReady() {}
}
