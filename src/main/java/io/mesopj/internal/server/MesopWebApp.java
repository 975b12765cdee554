package io.mesopj.internal.server;

import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.runtime.ErrorReports;
import io.mesopj.internal.runtime.EventProcessor;
import io.mesopj.internal.runtime.PageRegistrar;
import io.mesopj.internal.runtime.PageRegistry;
import io.mesopj.internal.runtime.StateCodec;
import io.mesopj.internal.core.HandlerIds;
import io.mesopj.internal.runtime.session.SessionStates;
import jakarta.servlet.ServletContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Everything one deployed application owns: configuration, pages, executors, state backend.
 * Stored as a servlet context attribute; there are no statics, so several WARs (or several
 * deployments of one WAR) in a container stay apart.
 */
public final class MesopWebApp {
  static final String ATTRIBUTE = MesopWebApp.class.getName();
  private static final Logger LOG = Logger.getLogger(MesopWebApp.class.getName());

  private final MesopConfig config;
  private final PageRegistrar registrar;
  private final ExecutorService executor;
  private final ScheduledExecutorService scheduler;
  private final SessionStates sessions;
  private final ClientBundle bundle;
  private final SecureRandom random = new SecureRandom();
  private final ErrorReports errors;
  private final StateCodec codec = new StateCodec();
  private volatile EventProcessor processor;

  MesopWebApp(ServletContext context, MesopConfig config, PageRegistrar registrar) {
    this.config = config;
    this.registrar = registrar;
    this.errors = new ErrorReports(config.devMode());
    String name = context.getContextPath().isEmpty() ? "root" : context.getContextPath().substring(1);
    this.bundle = ClientBundle.load(context);
    this.executor = HandlerExecutors.create(name, config.get(Settings.HANDLER_THREADS));
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "mesopj-" + name + "-scheduler");
      t.setDaemon(true);
      return t;
    });
    s.setRemoveOnCancelPolicy(true);
    this.scheduler = s;
    try {
      this.sessions = StateBackends.create(config, codec, random, Clock.systemUTC(), executor, scheduler);
    } catch (RuntimeException e) {
      shutdownExecutors();
      throw e;
    }
    LOG.info(config.describe());
  }

  static MesopWebApp of(ServletContext context) {
    MesopWebApp app = (MesopWebApp) context.getAttribute(ATTRIBUTE);
    if (app == null) {
      throw new IllegalStateException("mesopj did not start in this context");
    }
    return app;
  }

  /** Freezes page registration (first call) and returns the request processor. */
  EventProcessor processor() {
    EventProcessor p = processor;
    if (p == null) {
      synchronized (this) {
        if (processor == null) {
          PageRegistry pages = registrar.freeze();
          processor = new EventProcessor(pages, sessions, new HandlerIds(codec.gson(), io.mesopj.api.PageRenderer.class::isInstance), executor, errors,
              config.get(Settings.UPLOAD_MAX_BYTES));
          LOG.info("mesopj serves " + pages.all().size() + " page(s): " + pages.all().keySet());
        }
        p = processor;
      }
    }
    return p;
  }

  MesopConfig config() {
    return config;
  }

  ExecutorService executor() {
    return executor;
  }

  ErrorReports errors() {
    return errors;
  }

  ClientBundle bundle() {
    return bundle;
  }

  SecureRandom random() {
    return random;
  }

  SessionStates sessions() {
    return sessions;
  }

  void stop() {
    shutdownExecutors();
    try {
      sessions.close();
    } catch (Exception e) {
      LOG.warning("Closing the state backend failed: " + e);
    }
    deregisterJdbcDrivers();
  }

  /** JDBC drivers in this WAR registered themselves globally; unregister them so a redeploy does not leak. */
  private void deregisterJdbcDrivers() {
    ClassLoader mine = getClass().getClassLoader();
    for (java.sql.Driver d : java.util.Collections.list(java.sql.DriverManager.getDrivers())) {
      if (d.getClass().getClassLoader() == mine) {
        try {
          java.sql.DriverManager.deregisterDriver(d);
        } catch (java.sql.SQLException e) {
          LOG.fine("Could not unregister " + d + ": " + e);
        }
      }
    }
  }

  private void shutdownExecutors() {
    scheduler.shutdownNow();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
