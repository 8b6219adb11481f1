package org.puente.removals.api;

import java.time.Instant;
import java.util.List;

/** A run of the retention policy: when, who or what started it, and what it did (counts only). */
public record RetentionRunView(
    long id,
    Instant startedAt,
    Instant finishedAt,
    boolean dryRun,
    RetentionTrigger trigger,
    String triggeredBy,
    RetentionOutcome outcome,
    long cases,
    long grantsEnded,
    List<RetentionTableCount> tables) {}
