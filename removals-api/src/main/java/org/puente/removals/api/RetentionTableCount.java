package org.puente.removals.api;

/** Rows of one table a retention run changed or deleted (or, in a dry run, would have). */
public record RetentionTableCount(String table, long rows) {}
