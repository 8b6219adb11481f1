-- Why a session was cancelled is kept here, with the session; funding-service is told only the
-- code SESSION_CANCELLED. Sessions cancelled before this were never given a stored reason.
alter table training_session add column cancellation_reason varchar(500);
update training_session set cancellation_reason = 'Not recorded (cancelled before reasons were kept)'
  where status = 'CANCELLED';
alter table training_session
  add constraint training_session_cancellation_reason check (
    (status = 'CANCELLED') = (cancellation_reason is not null));

alter table training_session_aud add column cancellation_reason varchar(500);
