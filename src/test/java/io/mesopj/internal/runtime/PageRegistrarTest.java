package io.mesopj.internal.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mesopj.api.LoadEvent;
import io.mesopj.api.MesopException;
import io.mesopj.api.Page;
import io.mesopj.api.PageRenderer;
import io.mesopj.api.PageSpec;
import io.mesopj.api.SecurityPolicy;
import io.mesopj.api.Ui;
import org.junit.jupiter.api.Test;

class PageRegistrarTest {
  @Page(path = "/a", title = "A", onLoad = "load",
      security = @SecurityPolicy(allowedConnectSrcs = "https://api.example.com"))
  public static final class PageA implements PageRenderer {
    @Override
    public void render(Ui ui) {}

    void load(LoadEvent e) {}
  }

  @Page(path = "/a")
  public static final class AlsoA implements PageRenderer {
    @Override
    public void render(Ui ui) {}
  }

  @Page(path = "/b", onLoad = "missing")
  public static final class BadOnLoad implements PageRenderer {
    @Override
    public void render(Ui ui) {}
  }

  @Page(path = "no-slash")
  public static final class BadPath implements PageRenderer {
    @Override
    public void render(Ui ui) {}
  }

  @Page(path = "/c")
  public static final class NoDefaultConstructor implements PageRenderer {
    public NoDefaultConstructor(String x) {}

    @Override
    public void render(Ui ui) {}
  }

  @Test
  void registersAnnotatedAndProgrammaticPages() {
    PageRegistrar r = new PageRegistrar();
    r.add(PageA.class);
    r.add(PageSpec.at("/", () -> ui -> ui.text("home")).title("Home"));
    PageRegistry reg = r.freeze();
    PageDefinition a = reg.find("/a").orElseThrow();
    assertEquals("A", a.title());
    assertTrue(a.onLoad() != null);
    assertEquals("https://api.example.com", a.policy().connectSrcs().get(0));
    assertEquals("Home", reg.find("/").orElseThrow().title());
    assertTrue(reg.find("/a/").isPresent(), "trailing slash");
    assertTrue(reg.find("/zzz").isEmpty());
  }

  @Test
  void pathParametersMatchOneSegmentEach() {
    PageRegistrar r = new PageRegistrar();
    r.add(PageSpec.at("/users/{id}", () -> ui -> {}));
    r.add(PageSpec.at("/users/{id}/posts/{post}", () -> ui -> {}));
    r.add(PageSpec.at("/users/me", () -> ui -> {}));
    PageRegistry reg = r.freeze();
    assertEquals(java.util.Map.of("id", "42"), reg.match("/users/42").orElseThrow().pathParams());
    assertEquals("/users/me", reg.match("/users/me").orElseThrow().page().path(), "a literal path wins");
    assertEquals(java.util.Map.of("id", "7", "post", "x"), reg.match("/users/7/posts/x").orElseThrow().pathParams());
    assertTrue(reg.match("/users").isEmpty());
    assertTrue(reg.match("/users/7/posts").isEmpty());
    assertTrue(reg.match("/users//posts/x").isEmpty(), "a parameter is never empty");
    MesopException same = assertThrows(MesopException.class,
        () -> new PageRegistrar().add(PageSpec.at("/u/{a}", () -> ui -> {})).add(PageSpec.at("/u/{b}", () -> ui -> {})));
    assertTrue(same.getMessage().contains("Two pages on path"), same.getMessage());
    assertThrows(MesopException.class, () -> new PageRegistrar().add(PageSpec.at("/u/{a}/{a}", () -> ui -> {})));
    assertThrows(MesopException.class, () -> new PageRegistrar().add(PageSpec.at("/u/{1x}", () -> ui -> {})));
  }

  @Test
  void twoPagesOnOnePathIsAStartupError() {
    PageRegistrar r = new PageRegistrar();
    r.add(PageA.class);
    MesopException e = assertThrows(MesopException.class, () -> r.add(AlsoA.class));
    assertTrue(e.getMessage().contains("Two pages on path /a"), e.getMessage());
    assertTrue(e.getMessage().contains(PageA.class.getName()) && e.getMessage().contains(AlsoA.class.getName()));
  }

  @Test
  void aPageAddedAfterStartIsAnError() {
    PageRegistrar r = new PageRegistrar();
    r.freeze();
    MesopException e = assertThrows(MesopException.class, () -> r.add(PageA.class));
    assertTrue(e.getMessage().contains("after the application started serving"), e.getMessage());
  }

  @Test
  void badDefinitionsAreNamed() {
    PageRegistrar r = new PageRegistrar();
    assertTrue(assertThrows(MesopException.class, () -> r.add(BadOnLoad.class)).getMessage()
        .contains("needs a method missing(LoadEvent)"));
    assertTrue(assertThrows(MesopException.class, () -> r.add(BadPath.class)).getMessage()
        .contains("page path 'no-slash' is not valid"));
    assertTrue(assertThrows(MesopException.class, () -> r.add(NoDefaultConstructor.class)).getMessage()
        .contains("public no-argument constructor"));
    assertTrue(assertThrows(MesopException.class,
        () -> r.add(PageSpec.at("/__ui__", () -> ui -> {}))).getMessage().contains("reserved"));
    assertTrue(assertThrows(MesopException.class,
        () -> r.add(PageSpec.at("/x", () -> ui -> {}).allowConnectSrcs("'unsafe-eval'"))).getMessage()
        .contains("is not a CSP source"));
  }
}
