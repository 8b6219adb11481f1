-- funding-service queues no outbox messages, but it maps the shared outbox table (puente-common)
-- and Hibernate validates it: the column the outbox carries everywhere (the W3C traceparent of the
-- request that queued a message).
alter table outbox_message add column traceparent varchar(55);
