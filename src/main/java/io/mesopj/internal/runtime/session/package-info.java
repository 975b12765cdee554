/**
 * Internal, not API: a session as one request sees it. Opening it (lease or seal), its decoded
 * states, events already applied, and the commit that ends the request.
 */
package io.mesopj.internal.runtime.session;
