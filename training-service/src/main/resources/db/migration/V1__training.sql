-- training-service schema. Every list filter has an index ending in id, for keyset pagination.

create sequence course_seq increment by 50;
create table course (
  id                       bigint       primary key,
  title                    varchar(200) not null,
  competency               varchar(32)  not null,
  hours                    integer      not null check (hours between 1 and 2000),
  language                 varchar(2)   not null,
  certificate_validity_months integer   not null check (certificate_validity_months between 1 and 120),
  prerequisites            text[]       not null default '{}',
  provider_agency          varchar(16)  not null,
  created_at               timestamptz  not null,
  version                  bigint       not null
);
create index course_competency_id on course (competency, id);
create index course_language_id on course (language, id);

create sequence training_session_seq increment by 50;
create table training_session (
  id              bigint        primary key,
  course_id       bigint        not null references course (id),
  location        varchar(200)  not null,
  start_date      date          not null,
  end_date        date          not null,
  capacity        integer       not null check (capacity between 1 and 500),
  instructors     text[]        not null default '{}',
  cost_amount     numeric(17,2) not null check (cost_amount >= 0),
  cost_currency   varchar(3)    not null,
  status          varchar(16)   not null,
  provider_agency varchar(16)   not null,
  created_at      timestamptz   not null,
  version         bigint        not null,
  check (end_date >= start_date)
);
create index training_session_course_id on training_session (course_id, id);
create index training_session_status_id on training_session (status, id);
create index training_session_start_id on training_session (start_date, id);

create sequence officer_seq increment by 50;
create table officer (
  id                 bigint       primary key,
  given_name         varchar(100) not null,
  family_name        varchar(100) not null,
  agency             varchar(16)  not null,
  badge_number       varchar(40)  not null,
  rank               varchar(60),
  vetting_status     varchar(16)  not null,
  vetting_expires_on date,
  created_at         timestamptz  not null,
  version            bigint       not null,
  constraint officer_badge_unique unique (agency, badge_number)
);
create index officer_agency_id on officer (agency, id);
create index officer_vetting_id on officer (vetting_status, id);
create index officer_agency_vetting_id on officer (agency, vetting_status, id);

create sequence enrollment_seq increment by 50;
create table enrollment (
  id                bigint       primary key,
  session_id        bigint       not null references training_session (id),
  officer_id        bigint       not null references officer (id),
  nominating_agency varchar(16)  not null,
  nominated_by      varchar(200) not null,
  status            varchar(16)  not null,
  score             integer      check (score between 0 and 100),
  completed_on      date,
  created_at        timestamptz  not null,
  version           bigint       not null
);
-- An officer holds at most one live nomination per session; withdrawn and rejected ones stay as history.
create unique index enrollment_live_unique on enrollment (session_id, officer_id)
  where status not in ('WITHDRAWN', 'REJECTED');
create index enrollment_session_status_id on enrollment (session_id, status, id);
create index enrollment_session_agency_id on enrollment (session_id, nominating_agency, id);
create index enrollment_officer_id on enrollment (officer_id, id);

create sequence attendance_seq increment by 50;
create table attendance (
  id            bigint       primary key,
  enrollment_id bigint       not null references enrollment (id),
  session_id    bigint       not null references training_session (id),
  day           date         not null,
  status        varchar(8)   not null,
  recorded_by   varchar(200) not null,
  version       bigint       not null,
  constraint attendance_day_unique unique (enrollment_id, day)
);
create index attendance_session_id on attendance (session_id, id);
create index attendance_session_day_id on attendance (session_id, day, id);

create sequence certification_seq increment by 50;
create table certification (
  id            bigint      primary key,
  officer_id    bigint      not null references officer (id),
  enrollment_id bigint      not null references enrollment (id),
  agency        varchar(16) not null,
  competency    varchar(32) not null,
  issued_on     date        not null,
  expires_on    date        not null,
  created_at    timestamptz not null,
  constraint certification_enrollment_unique unique (enrollment_id),
  check (expires_on > issued_on)
);
create index certification_officer_competency on certification (officer_id, competency, expires_on);
create index certification_officer_id on certification (officer_id, id);
create index certification_agency_id on certification (agency, id);
create index certification_expires_id on certification (expires_on, id);

-- Envers history of every change; the revision names the user, agency and request.
create table course_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  title varchar(200), competency varchar(32), hours integer, language varchar(2),
  certificate_validity_months integer, prerequisites text[], provider_agency varchar(16),
  created_at timestamptz,
  primary key (id, rev)
);
create table training_session_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  course_id bigint, location varchar(200), start_date date, end_date date, capacity integer,
  instructors text[], cost_amount numeric(17,2), cost_currency varchar(3), status varchar(16),
  provider_agency varchar(16), created_at timestamptz,
  primary key (id, rev)
);
create table officer_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  given_name varchar(100), family_name varchar(100), agency varchar(16), badge_number varchar(40),
  rank varchar(60), vetting_status varchar(16), vetting_expires_on date, created_at timestamptz,
  primary key (id, rev)
);
create table enrollment_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  session_id bigint, officer_id bigint, nominating_agency varchar(16), nominated_by varchar(200),
  status varchar(16), score integer, completed_on date, created_at timestamptz,
  primary key (id, rev)
);
create table attendance_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  enrollment_id bigint, session_id bigint, day date, status varchar(8), recorded_by varchar(200),
  primary key (id, rev)
);
create table certification_aud (
  id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
  officer_id bigint, enrollment_id bigint, agency varchar(16), competency varchar(32),
  issued_on date, expires_on date, created_at timestamptz,
  primary key (id, rev)
);
