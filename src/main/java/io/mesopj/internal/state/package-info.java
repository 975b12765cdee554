/**
 * Internal, not API: where session state lives between events. The state store contract with
 * leases and fencing, the sealer for browser-held state, and the memory store; the file, sql and
 * firestore stores are in sub-packages.
 */
package io.mesopj.internal.state;
