package org.puente.gateway.portal;

import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.UserTagSectionHelper;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puente.common.problem.Problem;
import org.puente.funding.api.AgreementStatus;
import org.puente.funding.api.DisbursementStatus;
import org.puente.removals.api.AppealStatus;
import org.puente.removals.api.CaseStatus;
import org.puente.removals.api.ClaimStatus;
import org.puente.removals.api.IncidentFollowUp;
import org.puente.removals.api.OperationStatus;
import org.puente.removals.api.SeatStatus;
import org.puente.removals.api.TravelDocumentStatus;
import org.puente.training.api.EnrollmentStatus;
import org.puente.training.api.SessionStatus;

/**
 * The portal's templates drawn with Qute alone, as the portal draws them, for the page tests: the
 * templates as they are, the real words of every bundle and formats, the API's enum constants as
 * {@code ApiEnums} names them, the tags, and strict rendering (a property a page names and the
 * answer lacks fails the test). A test may draw a page as the answer to a refused form ({@link
 * #refused}).
 */
final class PortalTemplates {

  private PortalTemplates() {}

  /** The request's form state: nothing refused, unless a test draws a refusal. */
  private static volatile FormState formState = new FormState(null);

  /** The namespaces of the bundles, their words read from their files by the page's language. */
  private static final List<String> BUNDLES =
      List.of(
          PortalMessages.NAMESPACE,
          AccountabilityMessages.NAMESPACE,
          FormMessages.NAMESPACE,
          FundingMessages.NAMESPACE,
          CaseFormMessages.NAMESPACE,
          QueueMessages.NAMESPACE,
          TrainingMessages.NAMESPACE);

  static final Engine ENGINE = engine();

  /** The next pages are drawn with this form state (a refusal a test recorded on it). */
  static void drawWith(FormState state) {
    formState = state;
  }

  /** Draws as the answer to a refused form: the values sent, the service's word on each field. */
  static String refused(
      String form,
      String page,
      Map<String, List<String>> sent,
      Map<String, String> errors,
      Supplier<String> render) {
    List<Problem.FieldError> fields = new ArrayList<>();
    errors.forEach((field, message) -> fields.add(new Problem.FieldError(field, message)));
    FormState state = new FormState(null);
    state.refuse(
        form,
        page,
        sent,
        new BackendProblem(
            400,
            new Problem(
                null,
                "Invalid request",
                400,
                "Some fields are not valid",
                null,
                null,
                fields,
                List.of())));
    formState = state;
    try {
      return render.get();
    } finally {
      formState = new FormState(null);
    }
  }

  private static Engine engine() {
    EngineBuilder builder =
        Engine.builder()
            .addDefaults()
            .addValueResolver(new ReflectionValueResolver())
            .addValueResolver(new Calls())
            .addNamespaceResolver(
                NamespaceResolver.builder("inject")
                    .resolve(
                        ctx ->
                            "formState".equals(ctx.getName())
                                ? formState
                                : Map.of("parameterName", "csrf", "token", "test-token"))
                    .build())
            // As Quarkus's str: extension ({#formid name=str:concat('flag-', f.id) /}).
            .addNamespaceResolver(
                NamespaceResolver.builder("str")
                    .resolve(
                        ctx -> {
                          List<CompletableFuture<Object>> args =
                              ctx.getParams().stream()
                                  .map(p -> ctx.evaluate(p).toCompletableFuture())
                                  .toList();
                          return CompletableFuture.allOf(args.toArray(CompletableFuture[]::new))
                              .thenApply(
                                  done -> {
                                    StringBuilder concat = new StringBuilder();
                                    args.forEach(a -> concat.append(a.join()));
                                    return concat.toString();
                                  });
                        })
                    .build());
    for (String namespace : BUNDLES) {
      builder.addNamespaceResolver(
          NamespaceResolver.builder(namespace)
              .resolve(
                  ctx ->
                      Texts.of(((Locale) ctx.getAttribute(TemplateInstance.LOCALE)).getLanguage())
                          .get(ctx.getName()))
              .build());
    }
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            CaseStatus.class,
            AppealStatus.class,
            ClaimStatus.class,
            TravelDocumentStatus.class,
            OperationStatus.class,
            IncidentFollowUp.class,
            SeatStatus.class,
            SessionStatus.class,
            EnrollmentStatus.class,
            AgreementStatus.class,
            DisbursementStatus.class)) {
      builder.addNamespaceResolver(constants(type));
    }
    for (String tag : List.of("csrf", "formid", "fielderror", "unavailable", "chart")) {
      builder.addSectionHelper(new UserTagSectionHelper.Factory(tag, "tags/" + tag + ".html"));
    }
    return builder.addLocator(PortalTemplates::locate).strictRendering(true).build();
  }

  /** Fields (not hidden) with neither a label naming their id nor a label around them. */
  static Set<String> unlabelled(String page) {
    Set<String> wrapped = new HashSet<>();
    Matcher around = Pattern.compile("<label>\\s*(<input[^>]*>)").matcher(page);
    while (around.find()) {
      wrapped.add(around.group(1));
    }
    Set<String> missing = new TreeSet<>();
    Matcher field = Pattern.compile("<(input|select|textarea)\\b[^>]*>").matcher(page);
    while (field.find()) {
      String tag = field.group();
      if (tag.contains("type=\"hidden\"") || wrapped.contains(tag)) {
        continue;
      }
      Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
      if (!id.find()
          || !page.contains("<label for=\"" + id.group(1) + "\"")
              && !page.contains("for=\"" + id.group(1) + "\" class=\"visually-hidden\"")) {
        missing.add(tag);
      }
    }
    return missing;
  }

  static Set<String> duplicateIds(String page) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new TreeSet<>();
    Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
    while (id.find()) {
      if (!seen.add(id.group(1))) {
        twice.add(id.group(1));
      }
    }
    return twice;
  }

  /** As ApiEnums: {CaseStatus:OPEN} in a page is the API's constant. */
  private static NamespaceResolver constants(Class<? extends Enum<?>> type) {
    return NamespaceResolver.builder(type.getSimpleName())
        .resolve(
            ctx ->
                Arrays.stream(type.getEnumConstants())
                    .filter(c -> c.name().equals(ctx.getName()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(ctx.getName())))
        .build();
  }

  /**
   * A method with arguments ({@code fmt.money(x)}, {@code user.may('op')}), called as Quarkus does.
   */
  private static final class Calls implements ValueResolver {
    @Override
    public boolean appliesTo(EvalContext context) {
      return !context.getParams().isEmpty()
          && context.getBase() != null
          && Arrays.stream(context.getBase().getClass().getMethods())
              .anyMatch(
                  m ->
                      m.getName().equals(context.getName())
                          && m.getParameterCount() == context.getParams().size());
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
      List<CompletableFuture<Object>> args =
          context.getParams().stream().map(p -> context.evaluate(p).toCompletableFuture()).toList();
      return CompletableFuture.allOf(args.toArray(CompletableFuture[]::new))
          .thenApply(
              done ->
                  call(
                      context.getBase(),
                      context.getName(),
                      args.stream().map(CompletableFuture::join).toArray()));
    }

    private static Object call(Object base, String name, Object[] args) {
      Method method =
          publicMethod(base.getClass(), name, args.length)
              .orElseThrow(() -> new IllegalArgumentException("no method " + name));
      try {
        return method.invoke(base, args);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * The method as a type this test may call declares it: its own class when public or of this
   * package, else an interface or superclass (a List.of(..)'s contains is List's).
   */
  private static Optional<Method> publicMethod(Class<?> type, String name, int arity) {
    if (type == null) {
      return Optional.empty();
    }
    if (java.lang.reflect.Modifier.isPublic(type.getModifiers())
        || type.getPackageName().equals(PortalTemplates.class.getPackageName())) {
      Optional<Method> own =
          Arrays.stream(type.getMethods())
              .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
              .findFirst();
      if (own.isPresent()) {
        return own;
      }
    }
    for (Class<?> contract : type.getInterfaces()) {
      Optional<Method> declared = publicMethod(contract, name, arity);
      if (declared.isPresent()) {
        return declared;
      }
    }
    return publicMethod(type.getSuperclass(), name, arity);
  }

  private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
    Path file = Path.of("src/main/resources/templates", id.endsWith(".html") ? id : id + ".html");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(
        new TemplateLocator.TemplateLocation() {
          @Override
          public Reader read() {
            return new StringReader(text);
          }

          @Override
          public Optional<Variant> getVariant() {
            return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
          }
        });
  }
}
