package io.mesopj.internal.core;

import com.google.gson.Gson;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Stable handler ids. A handler is a serializable lambda or method reference; its id is a hash
 * of the implementing class and method plus the JSON of the values it captures, so the same
 * code on another JVM, or after a restart, yields the same id. A captured page instance does
 * not count (pages are made fresh per request and hold no state).
 *
 * <p>One instance per application; its cache only remembers ids of handlers that capture
 * nothing but a page, and is safe to lose.
 */
public final class HandlerIds {
  private static final Optional<Method> NONE = Optional.empty();

  private final Gson gson;
  private final Predicate<Object> ignoredCapture;
  private final ConcurrentHashMap<Class<?>, Optional<Method>> writeReplace = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Class<?>, String> fixedIds = new ConcurrentHashMap<>();

  /**
   * @param ignoredCapture captured values that do not count towards the id (the page instance:
   *     pages are made fresh per request and hold no state)
   */
  public HandlerIds(Gson gson, Predicate<Object> ignoredCapture) {
    this.gson = gson;
    this.ignoredCapture = ignoredCapture;
  }

  public String idOf(Object handler) {
    Class<?> type = handler.getClass();
    String fixed = fixedIds.get(type);
    if (fixed != null) {
      return fixed;
    }
    Optional<Method> replace = writeReplace.computeIfAbsent(type, HandlerIds::findWriteReplace);
    if (replace.isEmpty()) {
      // A named Handler class: its identity is its class plus its fields.
      return hash(type.getName() + "|" + json(handler, type.getName()));
    }
    SerializedLambda lambda;
    try {
      lambda = (SerializedLambda) replace.get().invoke(handler);
    } catch (ReflectiveOperationException e) {
      throw new UnstableHandlerException("Cannot identify handler " + type.getName(), e);
    }
    StringBuilder descriptor = new StringBuilder(lambda.getImplClass()).append('#')
        .append(lambda.getImplMethodName()).append(lambda.getImplMethodSignature());
    boolean onlyPages = true;
    for (int i = 0; i < lambda.getCapturedArgCount(); i++) {
      Object arg = lambda.getCapturedArg(i);
      descriptor.append('|');
      if (ignoredCapture.test(arg)) {
        descriptor.append("page");
      } else {
        onlyPages = false;
        descriptor.append(arg == null ? "null" : arg.getClass().getName() + ":" + json(arg,
            lambda.getImplClass().replace('/', '.') + "#" + lambda.getImplMethodName()));
      }
    }
    String id = hash(descriptor.toString());
    if (onlyPages) {
      fixedIds.putIfAbsent(type, id);
    }
    return id;
  }

  private String json(Object value, String where) {
    try {
      return gson.toJson(value);
    } catch (RuntimeException | StackOverflowError e) {
      throw new UnstableHandlerException("Handler " + where + " captures a " + value.getClass().getName()
          + " that cannot be turned into a stable id. Capture plain values (strings, numbers, records, "
          + "small POJOs) instead.", e);
    }
  }

  private static Optional<Method> findWriteReplace(Class<?> type) {
    if (!type.isSynthetic()) {
      return NONE;
    }
    try {
      Method m = type.getDeclaredMethod("writeReplace");
      m.setAccessible(true);
      return Optional.of(m);
    } catch (NoSuchMethodException e) {
      return NONE;
    }
  }

  private static String hash(String descriptor) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(descriptor.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 9));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
