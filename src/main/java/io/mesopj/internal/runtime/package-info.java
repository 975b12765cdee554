/**
 * Internal, not API: the render loop. Page registry, the life of a UI request (load, trace render,
 * handler, render, diff, commit) and error reports. Independent of the servlet API.
 */
package io.mesopj.internal.runtime;
