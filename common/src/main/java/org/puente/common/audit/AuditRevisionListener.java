package org.puente.common.audit;

import io.quarkus.arc.Arc;
import org.hibernate.envers.RevisionListener;
import org.puente.common.request.RequestIds;
import org.puente.common.security.Caller;
import org.puente.common.security.CurrentCaller;

/** Stamps each revision with the caller and the request id; background work is "system". */
public class AuditRevisionListener implements RevisionListener {

  static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    AuditRevision revision = (AuditRevision) revisionEntity;
    Caller caller = Arc.container().instance(CurrentCaller.class).get().find().orElse(null);
    revision.username = caller == null ? SYSTEM : caller.username();
    revision.agency = caller == null ? null : caller.agency().code();
    revision.requestId = RequestIds.current();
  }
}
