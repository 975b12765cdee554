package io.mesopj.internal.runtime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.mesopj.api.MesopException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.function.Function;

/**
 * JSON form of state classes (Gson): nested POJOs, records, lists, maps, enums, {@code java.time}
 * types (ISO-8601 strings) and byte arrays (base64). Fields missing from stored JSON keep the
 * defaults their class's no-argument constructor gives them.
 */
public final class StateCodec {
  private final Gson gson;

  public StateCodec() {
    GsonBuilder b = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues();
    iso(b, Instant.class, Instant::parse);
    iso(b, LocalDate.class, LocalDate::parse);
    iso(b, LocalTime.class, LocalTime::parse);
    iso(b, LocalDateTime.class, LocalDateTime::parse);
    iso(b, OffsetDateTime.class, OffsetDateTime::parse);
    iso(b, ZonedDateTime.class, ZonedDateTime::parse);
    iso(b, Duration.class, Duration::parse);
    iso(b, Period.class, Period::parse);
    iso(b, Year.class, Year::parse);
    iso(b, YearMonth.class, YearMonth::parse);
    b.registerTypeHierarchyAdapter(ZoneId.class, stringAdapter(ZoneId::of));
    b.registerTypeAdapter(byte[].class, new TypeAdapter<byte[]>() {
      @Override
      public void write(JsonWriter out, byte[] value) throws IOException {
        if (value == null) {
          out.nullValue();
        } else {
          out.value(Base64.getEncoder().encodeToString(value));
        }
      }

      @Override
      public byte[] read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return Base64.getDecoder().decode(in.nextString());
      }
    });
    gson = b.create();
  }

  private static <T> void iso(GsonBuilder b, Class<T> type, Function<String, T> parse) {
    b.registerTypeAdapter(type, stringAdapter(parse));
  }

  private static <T> TypeAdapter<T> stringAdapter(Function<String, T> parse) {
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
        } else {
          out.value(value.toString());
        }
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
          in.nextNull();
          return null;
        }
        return parse.apply(in.nextString());
      }
    }.nullSafe();
  }

  public Gson gson() {
    return gson;
  }

  public String toJson(Object state) {
    return gson.toJson(state);
  }

  /** Reads stored JSON back into a state object; a shape that no longer fits is an error. */
  public <T> T fromJson(String json, Class<T> type) {
    checkUsable(type);
    try {
      return gson.fromJson(json, type);
    } catch (JsonParseException | IllegalArgumentException | java.time.DateTimeException e) {
      throw new MesopException("Stored state of " + type.getName() + " does not fit the class any more: "
          + e.getMessage(), e);
    }
  }

  /** A fresh state object with its declared defaults. */
  public <T> T newInstance(Class<T> type) {
    checkUsable(type);
    if (type.isRecord()) {
      return gson.fromJson("{}", type);
    }
    try {
      Constructor<T> c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (NoSuchMethodException e) {
      throw new MesopException("State class " + type.getName() + " needs a no-argument constructor, so that a "
          + "new session gets its field defaults.");
    } catch (ReflectiveOperationException e) {
      throw new MesopException("Cannot create state " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  private static void checkUsable(Class<?> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type.isPrimitive() || type.isArray()
        || (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers()) && !type.isRecord()
            && !type.isEnum())) {
      throw new MesopException("State class " + type.getName() + " must be a concrete class or record"
          + " (a nested class must be static).");
    }
  }
}
