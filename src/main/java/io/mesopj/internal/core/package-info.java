/**
 * Internal, not API: what the API package builds on. The render under way ({@link
 * io.mesopj.internal.core.RenderContext}), component nodes, an event's view of its request,
 * stable handler ids and client errors. Depends on no other mesopj package but the wire types,
 * so the API can use it without a package cycle.
 */
package io.mesopj.internal.core;
