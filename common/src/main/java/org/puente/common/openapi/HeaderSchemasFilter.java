package org.puente.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives a response header declared without a schema ({@code @Header(name = ..., description =
 * ...)}) the schema of what it is, a string. Without one the document is incomplete, and client
 * generators refuse the header ("No schema defined for Header").
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HeaderSchemasFilter implements OASFilter {

  @Override
  public Header filterHeader(Header header) {
    if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
      header.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
    return header;
  }
}
