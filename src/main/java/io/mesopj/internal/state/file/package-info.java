/**
 * The file state store: one file per session under a base directory that several JVMs (and
 * several stores in one JVM) may share.
 *
 * <h2>Layout</h2>
 * {@code <base>/<first two token characters>/<token>.session}, so a directory holds at most
 * about 1/4096 of the sessions. Each shard directory also holds two lock files that are never
 * deleted: {@code .lock} and {@code .jvm.lock} (see {@link io.mesopj.internal.state.file.ShardLock}).
 * Writes go through {@code <token>.session.<random>.tmp} and an atomic rename.
 *
 * <h2>File format</h2>
 * A 52-byte big-endian header, then the payload (see {@link io.mesopj.internal.state.file.SessionFileFormat}):
 * magic {@code MJSF}, format version, header length, fence, lease_until, expires_at, ttl (all
 * epoch or plain milliseconds), payload length, CRC32 of the payload, CRC32 of the header.
 *
 * <h2>Concurrency</h2>
 * Every read-modify-write of a session file happens under its shard's {@code ShardLock}, held
 * for that one step only. Readers that only need a snapshot (is it busy? is it gone?) read
 * without the lock: files are only ever replaced by an atomic rename, so any open sees a
 * complete old or complete new file.
 */
package io.mesopj.internal.state.file;
