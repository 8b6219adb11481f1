package org.puente.removals.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentStatusMachineTest {

  private static final Set<String> LAWFUL =
      Set.of("REQUESTED>ISSUED", "REQUESTED>REFUSED", "ISSUED>EXPIRED", "ISSUED>CANCELLED");

  @Test
  void onlyTheFourForwardMovesAreLawful() {
    for (Status from : Status.values()) {
      for (Status to : Status.values()) {
        Optional<String> refusal = DocumentStatusMachine.refusal(from, to);
        assertEquals(!LAWFUL.contains(from + ">" + to), refusal.isPresent(), from + " -> " + to);
      }
    }
  }

  @Test
  void aRefusalNamesFromAndToAndWhatIsPossible() {
    String why = DocumentStatusMachine.refusal(Status.ISSUED, Status.REQUESTED).orElseThrow();
    assertTrue(why.contains("ISSUED") && why.contains("REQUESTED"), why);
    assertTrue(why.contains("EXPIRED or CANCELLED"), why);
    String fin = DocumentStatusMachine.refusal(Status.REFUSED, Status.ISSUED).orElseThrow();
    assertTrue(fin.contains("REFUSED cannot become ISSUED"), fin);
    assertTrue(fin.contains("final"), fin);
  }

  @Test
  void refusedExpiredAndCancelledAreFinal() {
    for (Status end : EnumSet.of(Status.REFUSED, Status.EXPIRED, Status.CANCELLED)) {
      assertEquals(Set.of(), DocumentStatusMachine.next(end), end.name());
    }
  }
}
