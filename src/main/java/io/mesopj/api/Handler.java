package io.mesopj.api;

import java.io.Serializable;

/**
 * An event handler, usually a method reference such as {@code this::add}. Its id is derived
 * from the method's class and name plus the values it captures (like Mesop's
 * {@code functools.partial} arguments), so it is the same on every JVM and after a restart.
 * Capture plain values (strings, numbers, records, small POJOs), not services.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface Handler<E extends Event> extends Serializable {
  void handle(E event) throws Exception;
}
