/**
 * Internal, not API: wire properties of each component, generated from
 * {@code src/main/proto/mesopj/components}.
 */
package io.mesopj.protocol.components;
