-- Outbox: requests to other services, written in the same transaction as the change that needs
-- them and delivered by a background sender until they are answered.
create sequence outbox_message_seq increment by 50;
create table outbox_message (
  id              bigint        primary key,
  topic           varchar(100)  not null,
  idem_key        varchar(128)  not null,
  payload         text          not null,
  attempts        integer       not null default 0,
  next_attempt_at timestamptz   not null,
  last_error      varchar(500),
  created_at      timestamptz   not null,
  delivered_at    timestamptz
);
-- The sender's query: due messages not yet delivered, oldest first.
create index outbox_message_due on outbox_message (next_attempt_at, id) where delivered_at is null;
-- One undelivered message per key; once answered, the same key may be asked again (a refusal
-- stores nothing at the receiver, so a later retry by a person is a new request).
create unique index outbox_message_pending_key on outbox_message (idem_key) where delivered_at is null;
