package io.mesopj.internal.runtime;

import io.mesopj.api.MesopException;
import io.mesopj.api.SecurityPolicy;
import java.util.List;
import java.util.regex.Pattern;

/** A page's CSP relaxations, from {@link SecurityPolicy} or a PageSpec; validated at start-up. */
public record PagePolicy(List<String> iframeParents, List<String> connectSrcs, List<String> scriptSrcs,
    List<String> fontSrcs, List<String> workerSrcs, List<String> mediaSrcs, boolean trustedTypes) {

  // A CSP source expression: scheme-source, host-source or 'self'; no quotes other than 'self', no ';' or ','.
  private static final Pattern SOURCE =
      Pattern.compile("'self'|[a-z][a-z0-9+.-]*:|(https?|wss?)://[A-Za-z0-9*.\\-]+(:[0-9*]+)?(/[^\\s;,']*)?");

  public static final PagePolicy DEFAULT =
      new PagePolicy(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), true);

  public PagePolicy {
    for (List<String> list : List.of(iframeParents, connectSrcs, scriptSrcs, fontSrcs, workerSrcs, mediaSrcs)) {
      for (String s : list) {
        if (!SOURCE.matcher(s).matches()) {
          throw new MesopException("Security policy source '" + s + "' is not a CSP source such as"
              + " https://example.com or 'self'.");
        }
      }
    }
    iframeParents = List.copyOf(iframeParents);
    connectSrcs = List.copyOf(connectSrcs);
    scriptSrcs = List.copyOf(scriptSrcs);
    fontSrcs = List.copyOf(fontSrcs);
    workerSrcs = List.copyOf(workerSrcs);
    mediaSrcs = List.copyOf(mediaSrcs);
  }

  static PagePolicy of(SecurityPolicy p) {
    return new PagePolicy(List.of(p.allowedIframeParents()), List.of(p.allowedConnectSrcs()),
        List.of(p.allowedScriptSrcs()), List.of(p.allowedFontSrcs()), List.of(p.allowedWorkerSrcs()),
        List.of(p.allowedMediaSrcs()), !p.dangerouslyDisableTrustedTypes());
  }
}
