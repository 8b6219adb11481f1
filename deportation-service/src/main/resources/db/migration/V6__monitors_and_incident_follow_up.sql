-- Monitors named per operation (by the agency that signs them in and their user name), their
-- reports with a handover outcome per person, and incidents with a severity, the people involved
-- and a follow-up (REPORTED -> ASSIGNED -> UNDER_REVIEW -> CLOSED with findings).

create sequence monitor_assignment_seq increment by 50;
create table monitor_assignment (
  id            bigint        primary key,
  operation_id  bigint        not null references removal_operation (id),
  agency        varchar(16)   not null,
  username      varchar(200)  not null,
  organisation  varchar(200),
  assigned_by   varchar(200)  not null,
  assigned_at   timestamptz   not null,
  ended_by      varchar(200),
  ended_at      timestamptz,
  end_reason    varchar(1000),
  version       bigint        not null
);
create index monitor_assignment_operation on monitor_assignment (operation_id, id);
create index monitor_assignment_monitor on monitor_assignment (agency, username, operation_id);
-- One active assignment per monitor and operation.
create unique index monitor_assignment_active
  on monitor_assignment (operation_id, agency, username) where ended_at is null;

create table monitor_assignment_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  operation_id bigint, agency varchar(16), username varchar(200), organisation varchar(200),
  assigned_by varchar(200), assigned_at timestamptz, ended_by varchar(200), ended_at timestamptz,
  end_reason varchar(1000),
  primary key (id, rev)
);

create sequence monitor_report_seq increment by 50;
create table monitor_report (
  id                bigint        primary key,
  operation_id      bigint        not null references removal_operation (id),
  phase             varchar(20)   not null
    check (phase in ('BEFORE_DEPARTURE', 'DURING_FLIGHT', 'AFTER_ARRIVAL')),
  conditions        varchar(4000) not null,
  restraints_used   boolean       not null,
  restraint_details varchar(2000),
  medical_needs     varchar(4000),
  handovers         jsonb         not null default '[]',
  filed_by          varchar(200)  not null,
  filed_by_agency   varchar(16)   not null,
  filed_at          timestamptz   not null,
  version           bigint        not null,
  check (not restraints_used or restraint_details is not null)
);
create index monitor_report_operation on monitor_report (operation_id, id);

create table monitor_report_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  operation_id bigint, phase varchar(20), conditions varchar(4000), restraints_used boolean,
  restraint_details varchar(2000), medical_needs varchar(4000), handovers jsonb,
  filed_by varchar(200), filed_by_agency varchar(16), filed_at timestamptz,
  primary key (id, rev)
);

alter table operation_incident
  add column severity          varchar(16)
    check (severity in ('MINOR', 'SERIOUS', 'CRITICAL')),
  add column involved_case_ids bigint[]      not null default '{}',
  add column follow_up         varchar(16)   not null default 'REPORTED'
    check (follow_up in ('REPORTED', 'ASSIGNED', 'UNDER_REVIEW', 'CLOSED')),
  add column assignee          varchar(200),
  add column findings          varchar(4000),
  add column closed_by         varchar(200),
  add column closed_at         timestamptz,
  add column version           bigint        not null default 0,
  add constraint operation_incident_closed_has_findings
    check (follow_up <> 'CLOSED' or (findings is not null and closed_at is not null));

create table operation_incident_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  operation_id bigint, occurred_at timestamptz, category varchar(32), description varchar(4000),
  reported_by varchar(200), reported_at timestamptz, severity varchar(16),
  involved_case_ids bigint[], follow_up varchar(16), assignee varchar(200),
  findings varchar(4000), closed_by varchar(200), closed_at timestamptz,
  primary key (id, rev)
);
