/**
 * Internal, not API: server-only wire forms (stored and sealed session records), generated from
 * {@code src/main/proto/mesopj/internal}. Never sent to the client in readable form.
 */
package io.mesopj.protocol.internal;
