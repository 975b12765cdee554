/**
 * Internal, not API: the wire contract, generated from {@code src/main/proto} by protoc. The
 * browser client is generated from the same files.
 */
package io.mesopj.protocol;
