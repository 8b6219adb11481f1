-- Complaints from or on behalf of a person, recorded by the owning agency's staff or by a monitor
-- (of any agency), tracked from received to decided. The deadlines are stored when the complaint
-- is recorded (working days of the agency's calendar from the day received), so "which are
-- overdue" is one indexed query. complainant and summary are personal data.
create sequence complaint_seq increment by 50;
create table complaint (
  id                 bigint        primary key,
  owning_agency      varchar(16)   not null,
  case_id            bigint        references removal_case (id),
  operation_id       bigint        references removal_operation (id),
  complainant        varchar(200)  not null check (length(btrim(complainant)) > 0),
  on_behalf          boolean       not null,
  relationship       varchar(200),
  channel            varchar(16)   not null,
  category           varchar(32)   not null,
  received_on        date          not null,
  summary            varchar(4000) not null check (length(btrim(summary)) > 0),
  status             varchar(24)   not null,
  acknowledge_by     date          not null,
  decide_by          date          not null,
  acknowledged_on    date,
  decided_on         date,
  outcome            varchar(16),
  decision           varchar(4000),
  recorded_by        varchar(200)  not null,
  recorded_by_agency varchar(16)   not null,
  recorded_at        timestamptz   not null,
  version            bigint        not null,
  check ((status = 'DECIDED') = (outcome is not null)),
  check (acknowledge_by <= decide_by)
);
create index complaint_agency_id on complaint (owning_agency, id);
create index complaint_agency_status_id on complaint (owning_agency, status, id);
create index complaint_agency_category_id on complaint (owning_agency, category, id);
-- A monitor reads only what they recorded.
create index complaint_recorder_id on complaint (recorded_by_agency, recorded_by, id);
-- Open complaints by deadline: the overdue filter.
create index complaint_open_deadlines on complaint (owning_agency, acknowledge_by, decide_by, id)
  where status <> 'DECIDED';
-- Statistics by the month received.
create index complaint_agency_received on complaint (owning_agency, received_on);
create index complaint_case_id on complaint (case_id) where case_id is not null;

create table complaint_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  owning_agency varchar(16), case_id bigint, operation_id bigint, complainant varchar(200),
  on_behalf boolean, relationship varchar(200), channel varchar(16), category varchar(32),
  received_on date, summary varchar(4000), status varchar(24), acknowledge_by date,
  decide_by date, acknowledged_on date, decided_on date, outcome varchar(16),
  decision varchar(4000), recorded_by varchar(200), recorded_by_agency varchar(16),
  recorded_at timestamptz,
  primary key (id, rev)
);

-- Contact with a person after their removal: reached or not, concerns reported or not (what they
-- are is personal data).
create sequence post_return_contact_seq increment by 50;
create table post_return_contact (
  id                bigint        primary key,
  case_id           bigint        not null references removal_case (id),
  contacted_on      date          not null,
  reached           boolean       not null,
  concerns_reported boolean       not null,
  concerns          varchar(4000),
  recorded_by       varchar(200)  not null,
  recorded_at       timestamptz   not null,
  version           bigint        not null,
  check (reached or not concerns_reported),
  check (concerns_reported or concerns is null)
);
create index post_return_contact_case_id on post_return_contact (case_id, id);
create index post_return_contact_contacted_on on post_return_contact (contacted_on);

create table post_return_contact_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  case_id bigint, contacted_on date, reached boolean, concerns_reported boolean,
  concerns varchar(4000), recorded_by varchar(200), recorded_at timestamptz,
  primary key (id, rev)
);

-- Oversight statistics count each kind of event by its own date over a period: each of these
-- grouped counts reads a range of one index instead of the whole table.
create index screening_screened_at on screening (screened_at);
create index protection_claim_filed_on on protection_claim (filed_on);
create index protection_claim_decided_on on protection_claim (decided_on) where decided_on is not null;
create index removal_order_issued_on on removal_order (issued_on);
create index appeal_filed_on on appeal (filed_on);
create index appeal_decided_on on appeal (decided_on) where decided_on is not null;
