-- Sessions funded from a TRAINING budget line through funding-service (the outbox).
alter table training_session
  add column funding_status  varchar(16) not null default 'UNFUNDED',
  add column funding_line_id bigint,
  add column obligation_id   bigint,
  add column funding_reason  varchar(1000);

alter table training_session_aud
  add column funding_status  varchar(16),
  add column funding_line_id bigint,
  add column obligation_id   bigint,
  add column funding_reason  varchar(1000);
