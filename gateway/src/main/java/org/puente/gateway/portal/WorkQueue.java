package org.puente.gateway.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * One work queue of the dashboard: what waits on the user, each item a link to its record, the most
 * urgent first where the API says by when.
 *
 * @param id the queue's name in the page ({@code queue-<id>})
 * @param operation the list operation the queue is read with (the page shows it only to a user who
 *     may call it)
 * @param service the service that answers it, named when it is away
 * @param title the queue's heading, in the user's language
 * @param empty what the queue says when nothing waits
 * @param items the first items; null when the service did not answer (the page says it is away)
 */
public record WorkQueue(
    String id, String operation, String service, String title, String empty, List<Item> items) {

  /**
   * An item: a link to the record, what it is, and by when it is due (null when the API gives no
   * date); {@code overdue} when that day has passed in the agency's zone.
   */
  public record Item(String href, String label, String meta, LocalDate due, boolean overdue) {}
}
