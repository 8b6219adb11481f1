package org.puente.funding.reports;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.puente.funding.api.ExecutionReport;

/**
 * Writes an {@link ExecutionReport} as CSV when that is what the answer's media type is, so the
 * report's endpoint returns one typed body for both JSON and CSV.
 */
@Provider
@Produces(ReportResource.CSV)
public class ExecutionReportCsv implements MessageBodyWriter<ExecutionReport> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return ExecutionReport.class.isAssignableFrom(type)
        && mediaType.isCompatible(MediaType.valueOf(ReportResource.CSV));
  }

  @Override
  public void writeTo(
      ExecutionReport report,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream)
      throws java.io.IOException {
    entityStream.write(ReportService.csv(report).getBytes(StandardCharsets.UTF_8));
  }
}
