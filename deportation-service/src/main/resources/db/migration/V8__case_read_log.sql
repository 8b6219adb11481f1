-- Reads of a case's personal data by the owning agency's own staff (partners' reads are in
-- disclosure_log): who, when, which case, which part, under which request. No personal data.
create table case_read_log (
  id            bigint       generated always as identity primary key,
  case_id       bigint       not null,
  reader        varchar(200) not null,
  reader_agency varchar(16)  not null,
  what          varchar(200) not null,
  request_id    varchar(64),
  read_at       timestamptz  not null
);
-- The log's filters: by case, by reader, by period; each read on by id.
create index case_read_log_case_id on case_read_log (case_id, id);
create index case_read_log_reader on case_read_log (reader, id);
create index case_read_log_read_at on case_read_log (read_at, id);
-- The disclosure log's export filters by period.
create index disclosure_log_read_at on disclosure_log (read_at, id);
