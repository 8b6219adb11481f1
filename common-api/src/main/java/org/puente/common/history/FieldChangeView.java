package org.puente.common.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a record as it was before a revision and as the revision left it. */
@Schema(description = "A changed field: its value before and after the revision (null: no value)")
public record FieldChangeView(String field, String before, String after) {}
