package org.puente.gateway.portal;

import io.quarkus.arc.ClientProxy;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a portal page with what every page has: the user, the words and formats of their
 * language, and where they are (for the navigation and the language switch).
 */
@RequestScoped
public class Views {

  /** The cookie that remembers the language chosen. */
  static final String LANGUAGE_COOKIE = "puente-lang";

  private final Engine engine;
  private final PortalUser user;
  private final HttpServerRequest request;
  private final PortalConfig config;
  private final Outages outages;
  private String language;
  private Fmt fmt;

  Views(
      Engine engine,
      PortalUser user,
      HttpServerRequest request,
      PortalConfig config,
      Outages outages) {
    this.engine = engine;
    this.user = user;
    this.request = request;
    this.config = config;
    this.outages = outages;
  }

  /** The language of this request: the one remembered, else the browser's, else English. */
  public String language() {
    if (language == null) {
      language = chooseLanguage();
    }
    return language;
  }

  /** The words of this request's language, by key (for codes looked up from data). */
  public Map<String, String> words() {
    return Texts.of(language());
  }

  /** The words of this request's language, the bundle's methods. */
  public PortalMessages messages() {
    return Texts.messages(language());
  }

  /** The words of the accountability pages in this request's language. */
  public AccountabilityMessages accountability() {
    return Texts.accountability(language());
  }

  /** The words of the dashboard's work queues in this request's language. */
  public QueueMessages queues() {
    return Texts.queues(language());
  }

  /** Dates, money and codes written for this request's language; times in the agency's zone. */
  public Fmt fmt() {
    if (fmt == null) {
      fmt = new Fmt(language(), config.zone());
    }
    return fmt;
  }

  /** The agency's zone: times are shown in it, and a form's date and time is read in it. */
  public java.time.ZoneId zone() {
    return config.zone();
  }

  private String chooseLanguage() {
    Cookie remembered = request.getCookie(LANGUAGE_COOKIE);
    List<Locale> acceptable = new ArrayList<>();
    String header = request.getHeader("Accept-Language");
    if (header != null) {
      try {
        Locale.LanguageRange.parse(header)
            .forEach(r -> acceptable.add(Locale.forLanguageTag(r.getRange())));
      } catch (IllegalArgumentException ignored) {
        // An unreadable header: the default language.
      }
    }
    return Texts.choose(remembered == null ? null : remembered.getValue(), acceptable);
  }

  /**
   * A page: {@code template} under templates/, its title from the messages, and its section; with
   * {@code away}, the notice for each service found away while the page is drawn ({@link Outages}).
   */
  public TemplateInstance page(String template, String section) {
    String here = request.uri();
    // After a change, the page it returns to names what was done (?done=<what>), in words.
    String done = request.getParam("done");
    String notice = done == null ? null : words().get("done_" + done);
    return engine
        .getTemplate(template)
        .instance()
        // {msg:...} in the page speaks this language.
        .setLocale(Texts.locale(language()))
        .data("user", user)
        .data("fmt", fmt())
        .data("lang", language())
        .data("section", section)
        .data("here", here == null ? "/" : here)
        // The instance itself, not its proxy: the page may be drawn outside the request's context.
        .data(
            "away",
            ClientProxy.unwrap(outages).notices(words(), code -> fmt().label("agency_short", code)))
        .data("notice", notice);
  }

  /** A rendered page. Pages may show personal data: never cached, by the browser or on the way. */
  static Response html(TemplateInstance view) {
    return Response.ok(view.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Cache-Control", "no-store")
        .build();
  }

  /** After a change: back to the page it was made on, which names what was done. */
  static Response done(String page, String what) {
    return Response.seeOther(URI.create(page + "?done=" + what)).build();
  }
}
