package io.mesopj.internal.server;

import io.mesopj.api.MesopApplication;
import io.mesopj.api.MesopException;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.Pages;
import io.mesopj.internal.config.ConfigException;
import io.mesopj.internal.config.MesopConfig;
import io.mesopj.internal.config.Settings;
import io.mesopj.internal.runtime.PageRegistrar;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Starts mesopj in a web application: reads the configuration, collects the {@code @Page}
 * classes and {@link MesopApplication}s the container found, opens the state backend and
 * registers the servlets. Any problem stops the deployment with a message saying what to fix.
 * Until the first servlet starts, more pages can be added through the {@link Pages} object in
 * the context attribute {@code io.mesopj.api.Pages} (from a ServletContextListener).
 */
@HandlesTypes({Page.class, MesopApplication.class})
public final class MesopInitializer implements ServletContainerInitializer {
  private static final Logger LOG = Logger.getLogger(MesopInitializer.class.getName());

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
    try {
      start(classes == null ? Set.of() : classes, context);
    } catch (ConfigException | MesopException e) {
      LOG.severe("mesopj cannot start: " + e.getMessage());
      throw new ServletException("mesopj cannot start: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.SEVERE, "mesopj cannot start: " + e, e);
      throw new ServletException("mesopj cannot start: " + e, e);
    }
  }

  private static void start(Set<Class<?>> classes, ServletContext context) {
    MesopConfig config = ContainerConfig.load(context);
    PageRegistrar registrar = new PageRegistrar();
    // Sorted so that errors (two pages on one path) name the same classes on every start.
    classes.stream().sorted(Comparator.comparing(Class::getName)).forEach(c -> {
      if (c.isAnnotationPresent(Page.class)) {
        registrar.add(c.asSubclass(PageRenderer.class));
      }
    });
    classes.stream().sorted(Comparator.comparing(Class::getName))
        .filter(c -> MesopApplication.class.isAssignableFrom(c) && !c.isInterface()
            && !Modifier.isAbstract(c.getModifiers()))
        .forEach(c -> instantiate(c).configure(registrar));

    MesopWebApp app = new MesopWebApp(context, config, registrar);
    context.setAttribute(MesopWebApp.ATTRIBUTE, app);
    context.setAttribute(Pages.class.getName(), registrar);
    context.addListener(new ServletContextListener() {
      @Override
      public void contextDestroyed(ServletContextEvent sce) {
        app.stop();
      }
    });

    ServletRegistration.Dynamic ui = context.addServlet("mesopj-ui", new UiServlet());
    ui.addMapping(UiServlet.PATH);
    ui.setAsyncSupported(true);
    ui.setLoadOnStartup(1);
    ServletRegistration.Dynamic socket = context.addServlet("mesopj-ui-socket", new UiSocketServlet());
    socket.addMapping(UiSocketServlet.PATH);
    socket.setAsyncSupported(true);
    socket.setLoadOnStartup(1);
    ServletRegistration.Dynamic assets = context.addServlet("mesopj-assets", new ClientAssetsServlet());
    assets.addMapping(ClientBundle.ASSET_DIR + "*");
    ServletRegistration.Dynamic webComponents = context.addServlet("mesopj-web-components", new WebComponentsServlet());
    webComponents.addMapping(WebComponentsServlet.FOLDER + "*");
    ServletRegistration.Dynamic health = context.addServlet("mesopj-health", new HealthServlet());
    health.addMapping("/__health", "/__health/*");
    StaticFolders.realFolder(config).ifPresent(folder -> {
      ServletRegistration.Dynamic files = context.addServlet("mesopj-static", new StaticFilesServlet(folder));
      files.addMapping(config.get(Settings.STATIC_URL_PATH) + "/*");
    });
    ServletRegistration.Dynamic pages = context.addServlet("mesopj-pages", new FrontControllerServlet());
    pages.addMapping("/");
    pages.setLoadOnStartup(2);
  }

  private static MesopApplication instantiate(Class<?> type) {
    try {
      return (MesopApplication) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new MesopException(type.getName() + " implements MesopApplication but cannot be created: it needs a"
          + " public no-argument constructor (" + e + ")");
    }
  }
}
