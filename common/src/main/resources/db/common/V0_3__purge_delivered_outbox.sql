-- The purge of delivered messages (OutboxPurge) finds them by delivery time.
create index outbox_message_delivered_at on outbox_message (delivered_at) where delivered_at is not null;
