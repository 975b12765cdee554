/**
 * Internal, not API: the servlet side. The container initializer, front controller and shell,
 * the SSE and WebSocket UI endpoints, client assets, static files, health and security headers.
 */
package io.mesopj.internal.server;
