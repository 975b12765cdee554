package io.mesopj.testsupport;

import com.google.protobuf.InvalidProtocolBufferException;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.mesopj.protocol.UiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Sits between a page and the UI endpoint ({@code POST /__ui__}): counts the requests, can hold
 * them (to make "a request is in flight" last as long as a test needs, instead of racing it) and
 * can rewrite their protobuf body (to tamper with the session). Route callbacks run on the test
 * thread while it waits in a Playwright call, so no locking is needed.
 */
public final class UiTraffic {
  private final Page page;
  private final List<Held> held = new ArrayList<>();
  private final List<UiRequest> requests = new ArrayList<>();
  private boolean holding;
  private UnaryOperator<UiRequest> rewrite = UnaryOperator.identity();

  private UiTraffic(Page page) {
    this.page = page;
  }

  /** Starts intercepting the UI requests of {@code page} (from now on). */
  public static UiTraffic intercept(BrowserPage page) {
    UiTraffic traffic = new UiTraffic(page.page());
    page.page().route(url -> url.endsWith("/__ui__"), traffic::onRequest);
    return traffic;
  }

  private void onRequest(Route route) {
    UiRequest request;
    try {
      request = UiRequest.parseFrom(route.request().postDataBuffer());
    } catch (InvalidProtocolBufferException e) {
      throw new AssertionError("the client sent a body that is not a UiRequest", e);
    }
    requests.add(request);
    if (holding) {
      held.add(new Held(route, request));
      return;
    }
    forward(route, request);
  }

  private void forward(Route route, UiRequest request) {
    UiRequest sent = rewrite.apply(request);
    if (sent.equals(request)) {
      route.resume();
    } else {
      route.resume(new Route.ResumeOptions().setPostData(sent.toByteArray()));
    }
  }

  /** Rewrites every later request with {@code f} before it goes to the server. */
  public void rewrite(UnaryOperator<UiRequest> f) {
    this.rewrite = f;
  }

  /** Keeps every later request from reaching the server until {@link #release()}. */
  public void hold() {
    holding = true;
  }

  /** Waits until {@code n} requests are being held. */
  public void awaitHeld(int n) {
    page.waitForCondition(() -> held.size() >= n);
  }

  /** Requests held right now. */
  public int heldCount() {
    page.evaluate("() => 0"); // a round trip, so that any request on its way has been routed
    return held.size();
  }

  /** Lets the oldest held request go; later ones stay held. */
  public void releaseFirst() {
    if (held.isEmpty()) {
      throw new IllegalStateException("no request is held");
    }
    Held first = held.remove(0);
    forward(first.route(), first.request());
  }

  /** Lets the held requests go, in order, and stops holding. */
  public void release() {
    holding = false;
    List<Held> waiting = List.copyOf(held);
    held.clear();
    for (Held h : waiting) {
      forward(h.route(), h.request());
    }
  }

  private record Held(Route route, UiRequest request) {}

  /** Every UI request seen since {@link #intercept}, in order. */
  public List<UiRequest> requests() {
    return List.copyOf(requests);
  }
}
