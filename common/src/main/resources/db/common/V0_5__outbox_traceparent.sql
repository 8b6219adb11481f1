-- The W3C trace context (traceparent) of the request that queued a message, so that its delivery
-- in the background continues the same trace. Null for messages queued outside any trace.
alter table outbox_message add column traceparent varchar(55);
