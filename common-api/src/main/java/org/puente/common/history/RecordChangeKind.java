package org.puente.common.history;

/** What a revision did to a record: created it, changed it, or deleted it. */
public enum RecordChangeKind {
  ADD,
  MODIFY,
  DELETE
}
