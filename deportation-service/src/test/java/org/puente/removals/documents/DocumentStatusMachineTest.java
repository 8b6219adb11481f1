package org.puente.removals.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puente.removals.api.TravelDocumentStatus;

class DocumentStatusMachineTest {

  private static final Set<String> LAWFUL =
      Set.of("REQUESTED>ISSUED", "REQUESTED>REFUSED", "ISSUED>EXPIRED", "ISSUED>CANCELLED");

  @Test
  void onlyTheFourForwardMovesAreLawful() {
    for (TravelDocumentStatus from : TravelDocumentStatus.values()) {
      for (TravelDocumentStatus to : TravelDocumentStatus.values()) {
        Optional<String> refusal = DocumentStatusMachine.refusal(from, to);
        assertEquals(!LAWFUL.contains(from + ">" + to), refusal.isPresent(), from + " -> " + to);
      }
    }
  }

  @Test
  void aRefusalNamesFromAndToAndWhatIsPossible() {
    String why =
        DocumentStatusMachine.refusal(TravelDocumentStatus.ISSUED, TravelDocumentStatus.REQUESTED)
            .orElseThrow();
    assertTrue(why.contains("ISSUED") && why.contains("REQUESTED"), why);
    assertTrue(why.contains("EXPIRED or CANCELLED"), why);
    String fin =
        DocumentStatusMachine.refusal(TravelDocumentStatus.REFUSED, TravelDocumentStatus.ISSUED)
            .orElseThrow();
    assertTrue(fin.contains("REFUSED cannot become ISSUED"), fin);
    assertTrue(fin.contains("final"), fin);
  }

  @Test
  void refusedExpiredAndCancelledAreFinal() {
    for (TravelDocumentStatus end :
        EnumSet.of(
            TravelDocumentStatus.REFUSED,
            TravelDocumentStatus.EXPIRED,
            TravelDocumentStatus.CANCELLED)) {
      assertEquals(Set.of(), DocumentStatusMachine.next(end), end.name());
    }
  }
}
