-- Dead letters: a message that failed puente.outbox.max-attempts times is no longer tried
-- (dead_at); an operator (the owning agency's admin) retries it or gives it up for good
-- (given_up_at, kept for the record). The version is the ETag an operator's change must send.
alter table outbox_message
  add column version     bigint       not null default 0,
  add column dead_at     timestamptz,
  add column given_up_at timestamptz,
  add column given_up_by varchar(200),
  add column retried_at  timestamptz,
  add column retried_by  varchar(200);

-- The sender's query skips dead (and given-up) messages.
drop index outbox_message_due;
create index outbox_message_due on outbox_message (next_attempt_at, id)
  where delivered_at is null and dead_at is null;

-- A given-up message frees its key: a later request under the same key is a new one.
drop index outbox_message_pending_key;
create unique index outbox_message_pending_key on outbox_message (idem_key)
  where delivered_at is null and given_up_at is null;

-- The gauges (OutboxMetrics): counts and the oldest pending message per topic, read from the
-- pending and dead messages only.
create index outbox_message_open on outbox_message (topic, created_at) include (dead_at)
  where delivered_at is null and given_up_at is null;

-- The operators' lists of dead and given-up messages, by id.
create index outbox_message_dead on outbox_message (id) where dead_at is not null;
