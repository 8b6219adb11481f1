package org.puente.common.http;

/** A response body with an id (for {@code Location}) and a version (its {@code ETag}). */
public interface Identified {
  long id();

  long version();
}
