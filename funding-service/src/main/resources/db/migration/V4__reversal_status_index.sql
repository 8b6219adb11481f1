-- The certifying officers' work queue asks for payments with a reversal awaiting a decision
-- (listDisbursements?reversalStatus=REQUESTED): one index range of the reversals, not a scan.
create index disbursement_reversal_status on disbursement_reversal (status, disbursement_id);
