-- The work queues of the portal's dashboard ask the case list for cases with something due or
-- waiting for a supervisor (listCases?flagDueBefore, appealDeadlineFrom/To, claimPending,
-- screeningAwaitingReview): each is one index range, never a scan of the records it picks from.

-- Open flags by due date.
create index case_flag_open_due on case_flag (due_on, case_id)
  where resolved_at is null and due_on is not null;

-- Removal orders by appeal deadline (whether one was appealed is asked of appeal_order_id).
create index removal_order_appeal_deadline on removal_order (appeal_deadline, case_id);

-- Claims awaiting a decision.
create index protection_claim_pending on protection_claim (case_id) where status = 'PENDING';

-- Negative screenings no second supervisor has confirmed (Screening.needsConfirmation).
create index screening_awaiting_review on screening (case_id)
  where confirmed_by is null
    and (outcome = 'SCREENED_OUT' or (outcome = 'NO_CLAIM' and claim_expressed));
