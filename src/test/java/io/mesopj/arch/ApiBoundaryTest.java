package io.mesopj.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The declared API boundary: what an app imports ({@code io.mesopj.api}) names no internal or
 * wire type in a public signature, and the packages form no cycle between the API and the
 * internals (read from the compiled classes with jdeps).
 */
class ApiBoundaryTest {
  private static final Path CLASSES = Paths.get("target/classes");
  private static final Path SOURCES = Paths.get("src/main/java");

  @Test
  void publicApiSignaturesNameNoInternalOrWireType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : apiClasses()) {
      if (!isVisible(type)) {
        continue;
      }
      check(leaks, type + " extends", type.getGenericSuperclass());
      for (Type i : type.getGenericInterfaces()) {
        check(leaks, type + " implements", i);
      }
      for (Field f : type.getDeclaredFields()) {
        if (isVisible(f.getModifiers())) {
          check(leaks, f.toString(), f.getGenericType());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (isVisible(m.getModifiers()) && !m.isSynthetic()) {
          check(leaks, m.toString(), m.getGenericReturnType());
          checkExecutable(leaks, m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (isVisible(c.getModifiers()) && !c.isSynthetic()) {
          checkExecutable(leaks, c);
        }
      }
    }
    assertEquals(List.of(), leaks, "public API signatures that name internal or wire types");
  }

  @Test
  void noPackageCycleBetweenApiAndInternals() {
    Map<String, Set<String>> deps = packageDependencies();
    assertTrue(deps.containsKey("io.mesopj.api"), "jdeps saw no io.mesopj.api: " + deps.keySet());
    List<String> problems = new ArrayList<>();
    // The API uses only itself, the core it builds on and the wire types (privately).
    for (String target : deps.getOrDefault("io.mesopj.api", Set.of())) {
      if (target.startsWith("io.mesopj.") && !target.equals("io.mesopj.internal.core")
          && !target.startsWith("io.mesopj.protocol") && !target.startsWith("io.mesopj.api")) {
        problems.add("io.mesopj.api -> " + target);
      }
    }
    // The core knows nothing of the API or the rest of the runtime.
    for (String target : deps.getOrDefault("io.mesopj.internal.core", Set.of())) {
      if (target.startsWith("io.mesopj.") && !target.startsWith("io.mesopj.protocol")
          && !target.equals("io.mesopj.internal.core")) {
        problems.add("io.mesopj.internal.core -> " + target);
      }
    }
    // No path from any internal package back into the API package's own dependencies' sources:
    // i.e. nothing the API depends on depends on the API.
    for (String used : deps.getOrDefault("io.mesopj.api", Set.of())) {
      if (used.startsWith("io.mesopj.") && !used.startsWith("io.mesopj.api") && reaches(deps, used, "io.mesopj.api")) {
        problems.add("cycle: io.mesopj.api -> " + used + " -> ... -> io.mesopj.api");
      }
    }
    // The framework does not depend on the demo.
    deps.forEach((from, targets) -> {
      if (!from.startsWith("io.mesopj.demo") && targets.stream().anyMatch(t -> t.startsWith("io.mesopj.demo"))) {
        problems.add(from + " -> io.mesopj.demo");
      }
    });
    assertEquals(List.of(), problems, "package dependencies");
  }

  @Test
  void everyPackageHasPackageInfo() throws IOException {
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
        Path dir = CLASSES.relativize(p.getParent());
        packages.add(dir.toString().replace('/', '.'));
      });
    }
    List<String> missing = new ArrayList<>();
    for (String pkg : packages) {
      if (!Files.exists(SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java"))) {
        missing.add(pkg);
      }
    }
    assertEquals(List.of(), missing, "packages without package-info.java");
  }

  private static boolean reaches(Map<String, Set<String>> deps, String from, String to) {
    Set<String> seen = new TreeSet<>();
    List<String> work = new ArrayList<>(List.of(from));
    while (!work.isEmpty()) {
      String p = work.remove(work.size() - 1);
      if (!seen.add(p)) {
        continue;
      }
      for (String t : deps.getOrDefault(p, Set.of())) {
        if (t.equals(to)) {
          return true;
        }
        if (t.startsWith("io.mesopj.")) {
          work.add(t);
        }
      }
    }
    return false;
  }

  /** Package-level dependencies of target/classes, from jdeps. */
  private static Map<String, Set<String>> packageDependencies() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", "-filter:none",
        "--ignore-missing-deps", CLASSES.toString());
    assertEquals(0, rc, err.toString());
    Map<String, Set<String>> deps = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      String[] parts = line.trim().split("\\s+");
      // "io.mesopj.api   -> io.mesopj.internal.core   classes"
      if (parts.length >= 3 && parts[1].equals("->") && parts[0].startsWith("io.mesopj")) {
        deps.computeIfAbsent(parts[0], k -> new TreeSet<>()).add(parts[2]);
      }
    }
    return deps;
  }

  private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>();
    Path root = CLASSES.resolve("io/mesopj/api");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path p : files) {
      String name = CLASSES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
      if (name.endsWith("package-info")) {
        continue;
      }
      types.add(Class.forName(name, false, ApiBoundaryTest.class.getClassLoader()));
    }
    assertTrue(types.size() > 50, "found only " + types.size() + " API classes");
    return types;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!isVisible(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void checkExecutable(List<String> leaks, Executable e) {
    for (Type t : e.getGenericParameterTypes()) {
      check(leaks, e.toString(), t);
    }
    for (Type t : e.getGenericExceptionTypes()) {
      check(leaks, e.toString(), t);
    }
  }

  private static void check(List<String> leaks, String where, Type type) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String n = c.getName();
      if (n.startsWith("io.mesopj.internal.") || n.startsWith("io.mesopj.protocol.")
          || n.startsWith("com.google.protobuf.")) {
        leaks.add(where + " names " + n);
      }
    } else if (type instanceof ParameterizedType p) {
      check(leaks, where, p.getRawType());
      for (Type a : p.getActualTypeArguments()) {
        check(leaks, where, a);
      }
    } else if (type instanceof GenericArrayType g) {
      check(leaks, where, g.getGenericComponentType());
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(leaks, where, b);
      }
      for (Type b : w.getLowerBounds()) {
        check(leaks, where, b);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        if (b != type) {
          check(leaks, where, b instanceof ParameterizedType pt ? pt.getRawType() : b);
        }
      }
    }
  }
}
