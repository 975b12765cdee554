package io.mesopj.internal.core;

/** A handler found by a render: the app's function and how to invoke it with a typed event. */
public record HandlerRegistration(Object handler, HandlerInvoker invoker) {}
