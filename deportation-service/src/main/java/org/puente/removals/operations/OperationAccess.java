package org.puente.removals.operations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.puente.common.problem.ProblemException;
import org.puente.common.security.Caller;
import org.puente.common.security.Roles;
import org.puente.removals.monitoring.MonitorRepository;

/**
 * Who sees an operation. Two separate rules:
 *
 * <ul>
 *   <li><b>staff</b>: users of the agency that runs it, in one of its staff roles (case officer,
 *       supervisor, auditor, admin);
 *   <li><b>monitors</b>: a user with the monitor role, of any agency, named on the operation by an
 *       active assignment matching the token's {@code agency} and {@code preferred_username}.
 * </ul>
 *
 * Holding the monitor role gives nothing by itself, and belonging to the owning agency does not
 * make a monitor staff. Everyone else is told the operation does not exist (404, no existence
 * oracle).
 */
@ApplicationScoped
public class OperationAccess {

  /** The roles of the owning agency's staff who read its operations. */
  public static final List<String> STAFF =
      List.of(Roles.CASE_OFFICER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.ADMIN);

  private final OperationRepository operations;
  private final MonitorRepository monitors;

  OperationAccess(OperationRepository operations, MonitorRepository monitors) {
    this.operations = operations;
    this.monitors = monitors;
  }

  public static boolean isStaff(Caller caller) {
    return STAFF.stream().anyMatch(caller::hasRole);
  }

  /** Staff of the agency that runs the operation. */
  public static boolean isOwnStaff(Caller caller, RemovalOperation o) {
    return caller.agency().code().equals(o.owningAgency) && isStaff(caller);
  }

  /** A monitor named on the operation by an active assignment. */
  public boolean isAssignedMonitor(Caller caller, RemovalOperation o) {
    return caller.hasRole(Roles.MONITOR) && monitors.activeFor(o.id, caller).isPresent();
  }

  /** The operation for a read by its own staff or an assigned monitor; otherwise 404. */
  public RemovalOperation read(Caller caller, long id) {
    RemovalOperation o = find(id);
    if (isOwnStaff(caller, o) || isAssignedMonitor(caller, o)) {
      return o;
    }
    throw notFound();
  }

  /** The operation for an assigned monitor only (a monitor's own acts); otherwise 404. */
  public RemovalOperation monitored(Caller caller, long id) {
    RemovalOperation o = find(id);
    if (isAssignedMonitor(caller, o)) {
      return o;
    }
    throw notFound();
  }

  /** The operation, or 404; the caller's rights are decided by the caller of this method. */
  public RemovalOperation find(long id) {
    return operations.findByIdOptional(id).orElseThrow(OperationAccess::notFound);
  }

  public static ProblemException notFound() {
    return ProblemException.notFound("Operation");
  }
}
