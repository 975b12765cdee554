package io.mesopj.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page described in code, the counterpart of {@link Page} for {@link Pages#add(PageSpec)}.
 *
 * <pre>{@code
 * pages.add(PageSpec.at("/hello", HelloPage::new).title("Hello"));
 * }</pre>
 */
public final class PageSpec {
  private final String path;
  private final Supplier<? extends PageRenderer> factory;
  private String title = "Mesop";
  private Handler<LoadEvent> onLoad;
  private final List<String> stylesheets = new ArrayList<>();
  private final List<String> iframeParents = new ArrayList<>();
  private final List<String> connectSrcs = new ArrayList<>();
  private final List<String> scriptSrcs = new ArrayList<>();
  private final List<String> fontSrcs = new ArrayList<>();
  private final List<String> workerSrcs = new ArrayList<>();
  private final List<String> mediaSrcs = new ArrayList<>();
  private boolean trustedTypes = true;

  private PageSpec(String path, Supplier<? extends PageRenderer> factory) {
    this.path = Objects.requireNonNull(path, "path");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** A page at {@code path}; {@code factory} makes one renderer per request. */
  public static PageSpec at(String path, Supplier<? extends PageRenderer> factory) {
    return new PageSpec(path, factory);
  }

  public PageSpec title(String title) {
    this.title = Objects.requireNonNull(title);
    return this;
  }

  /** Runs when the page loads, before its first render. */
  public PageSpec onLoad(Handler<LoadEvent> onLoad) {
    this.onLoad = onLoad;
    return this;
  }

  public PageSpec stylesheets(String... urls) {
    stylesheets.addAll(List.of(urls));
    return this;
  }

  public PageSpec allowIframeParents(String... sources) {
    iframeParents.addAll(List.of(sources));
    return this;
  }

  public PageSpec allowConnectSrcs(String... sources) {
    connectSrcs.addAll(List.of(sources));
    return this;
  }

  public PageSpec allowScriptSrcs(String... sources) {
    scriptSrcs.addAll(List.of(sources));
    return this;
  }

  public PageSpec allowFontSrcs(String... sources) {
    fontSrcs.addAll(List.of(sources));
    return this;
  }

  public PageSpec allowWorkerSrcs(String... sources) {
    workerSrcs.addAll(List.of(sources));
    return this;
  }

  public PageSpec allowMediaSrcs(String... sources) {
    mediaSrcs.addAll(List.of(sources));
    return this;
  }

  /** See {@link SecurityPolicy#dangerouslyDisableTrustedTypes()}. */
  public PageSpec dangerouslyDisableTrustedTypes() {
    trustedTypes = false;
    return this;
  }

  public String path() { return path; }
  public Supplier<? extends PageRenderer> factory() { return factory; }
  public String title() { return title; }
  public Handler<LoadEvent> onLoad() { return onLoad; }
  public List<String> stylesheets() { return List.copyOf(stylesheets); }
  public List<String> iframeParents() { return List.copyOf(iframeParents); }
  public List<String> connectSrcs() { return List.copyOf(connectSrcs); }
  public List<String> scriptSrcs() { return List.copyOf(scriptSrcs); }
  public List<String> fontSrcs() { return List.copyOf(fontSrcs); }
  public List<String> workerSrcs() { return List.copyOf(workerSrcs); }
  public List<String> mediaSrcs() { return List.copyOf(mediaSrcs); }
  public boolean trustedTypes() { return trustedTypes; }
}
