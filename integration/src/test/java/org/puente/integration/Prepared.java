package org.puente.integration;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one call of an operation needs beyond a body made from its schema: the records it acts on
 * (by path parameter or body field name: {@code caseId}, {@code appealId}, or for an {@code {id}}
 * the collection before it, {@code cases}), body fields and query parameters that must have a
 * particular value, the ETag to send when it is not the path's main record's, and the officer
 * record the caller is linked to ({@code officer_id}).
 */
final class Prepared {

  /** Nothing beyond the fixture's standing records. */
  static final Prepared NOTHING = new Prepared();

  final Map<String, Long> ids = new HashMap<>();
  final Map<String, Object> body = new LinkedHashMap<>();
  final Map<String, String> query = new LinkedHashMap<>();

  /** Path parameters that are not record ids, such as a history's {@code recordType}. */
  final Map<String, String> pathTexts = new HashMap<>();

  String ifMatch;
  Long callerOfficer;

  static Prepared with() {
    return new Prepared();
  }

  /** A record named by one or more names: {@code id(c, "cases", "caseId")}. */
  Prepared id(long id, String... names) {
    for (String name : names) {
      ids.put(name, id);
    }
    return this;
  }

  /** A path parameter that is text, not a record: {@code pathText("recordType", "case")}. */
  Prepared pathText(String parameter, String value) {
    pathTexts.put(parameter, value);
    return this;
  }

  Prepared body(String field, Object value) {
    body.put(field, value);
    return this;
  }

  Prepared query(String parameter, String value) {
    query.put(parameter, value);
    return this;
  }

  Prepared ifMatch(String etag) {
    this.ifMatch = etag;
    return this;
  }

  Prepared callerOfficer(long officer) {
    this.callerOfficer = officer;
    return this;
  }
}
