package org.puente.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes java.time values inline ({@code type: string, format: date|date-time}) instead of as
 * components named {@code LocalDate} or {@code Instant}.
 *
 * <p>SmallRye registers these types as reusable schemas and refers to them, as {@code $ref} or,
 * when the field also carries {@code @Schema(examples = ...)}, as {@code allOf: [$ref]} beside the
 * field's own keywords. Generated clients then get models named after language types ({@code
 * LocalDate}, {@code Instant}) that clash with the real ones. Here every such reference becomes the
 * plain string with its format, and the components go.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class JavaTimeSchemasFilter implements OASFilter {

  private static final String PREFIX = "#/components/schemas/";

  /** The java.time types SmallRye names as components, and the format each is written with. */
  static final Map<String, String> FORMATS =
      Map.of(
          "LocalDate", "date",
          "LocalDateTime", "date-time",
          "OffsetDateTime", "date-time",
          "ZonedDateTime", "date-time",
          "Instant", "date-time");

  @Override
  public Schema filterSchema(Schema schema) {
    String format = formatOfRef(schema);
    if (format != null) {
      schema.setRef(null);
      inline(schema, format);
    }
    List<Schema> allOf = schema.getAllOf();
    if (allOf != null && allOf.size() == 1) {
      String only = formatOfRef(allOf.get(0));
      if (only == null) {
        only = formatOfInlined(allOf.get(0));
      }
      if (only != null) {
        schema.setAllOf(null);
        inline(schema, only);
      }
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    FORMATS.forEach(
        (name, format) -> {
          Schema component = openAPI.getComponents().getSchemas().get(name);
          if (component != null && format.equals(component.getFormat())) {
            openAPI.getComponents().removeSchema(name);
          }
        });
  }

  private static void inline(Schema schema, String format) {
    schema.setType(List.of(Schema.SchemaType.STRING));
    schema.setFormat(format);
  }

  private static String formatOfRef(Schema schema) {
    String ref = schema.getRef();
    if (ref == null || !ref.startsWith(PREFIX)) {
      return null;
    }
    return FORMATS.get(ref.substring(PREFIX.length()));
  }

  /** A lone {@code allOf} member this filter already inlined: only a string and its format. */
  private static String formatOfInlined(Schema schema) {
    if (schema.getRef() == null
        && List.of(Schema.SchemaType.STRING).equals(schema.getType())
        && FORMATS.containsValue(schema.getFormat())
        && schema.getProperties() == null
        && schema.getAllOf() == null) {
      return schema.getFormat();
    }
    return null;
  }
}
