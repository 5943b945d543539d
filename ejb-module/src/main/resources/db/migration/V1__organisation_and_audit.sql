-- Institutions, their agreements, centres, staff accounts and the audit trail.
-- Portable SQL: the same script runs on H2 (embedded default) and PostgreSQL (production).
-- Sequences advance by 50 to match the entities' allocationSize, so Hibernate can batch inserts.

create sequence institution_seq start with 1 increment by 50;
create sequence agreement_seq start with 1 increment by 50;
create sequence centre_seq start with 1 increment by 50;
create sequence staff_account_seq start with 1 increment by 50;
create sequence audit_event_seq start with 1 increment by 50;

create table institution (
    id                  bigint       not null primary key,
    version             integer      not null,
    name_lv             varchar(200) not null,
    name_en             varchar(200),
    registration_number varchar(11)  not null,
    kind                varchar(20)  not null,
    e_address           varchar(70)  not null,
    constraint institution_registration_number_uk unique (registration_number)
);

create table agreement (
    id               bigint      not null primary key,
    institution_id   bigint      not null references institution (id),
    agreement_number varchar(50) not null,
    signed_on        date        not null,
    valid_from       date        not null,
    valid_to         date,
    constraint agreement_period_ck check (valid_to is null or valid_to >= valid_from)
);
create index agreement_institution_ix on agreement (institution_id, valid_from);

create table centre (
    id              bigint       not null primary key,
    version         integer      not null,
    name            varchar(200) not null,
    municipality_id bigint       not null references institution (id),
    address         varchar(300) not null,
    centre_type     varchar(20)  not null,
    active          boolean      not null
);
create index centre_municipality_ix on centre (municipality_id);

create table centre_opening_hours (
    centre_id   bigint  not null references centre (id),
    day_of_week integer not null,
    opens_at    time    not null,
    closes_at   time    not null,
    constraint centre_opening_hours_day_ck check (day_of_week between 1 and 7),
    constraint centre_opening_hours_order_ck check (opens_at < closes_at)
);
create index centre_opening_hours_centre_ix on centre_opening_hours (centre_id);

create table staff_account (
    id                   bigint       not null primary key,
    version              integer      not null,
    username             varchar(64)  not null,
    full_name            varchar(200) not null,
    email                varchar(254) not null,
    institution_id       bigint       not null references institution (id),
    centre_id            bigint       references centre (id),
    active               boolean      not null,
    password_hash        varchar(200),
    must_change_password boolean      not null,
    password_changed_at  timestamp(6) with time zone,
    failed_sign_ins      integer      not null,
    locked_until         timestamp(6) with time zone,
    last_sign_in_at      timestamp(6) with time zone,
    created_at           timestamp(6) with time zone not null,
    constraint staff_account_username_uk unique (username)
);
create index staff_account_institution_ix on staff_account (institution_id);
create index staff_account_centre_ix on staff_account (centre_id);

create table staff_role (
    staff_id bigint      not null references staff_account (id),
    role     varchar(30) not null,
    constraint staff_role_pk primary key (staff_id, role)
);

-- Append-only. No foreign keys: the trail outlives what it describes.
create table audit_event (
    id                   bigint        not null primary key,
    occurred_at          timestamp(6) with time zone not null,
    actor                varchar(64)   not null,
    actor_institution_id bigint,
    institution_id       bigint,
    action               varchar(30)   not null,
    entity_type          varchar(40)   not null,
    entity_id            varchar(64),
    detail               varchar(2000),
    client_address       varchar(64)
);
create index audit_event_occurred_ix on audit_event (occurred_at);
create index audit_event_institution_ix on audit_event (institution_id, occurred_at);
create index audit_event_actor_institution_ix on audit_event (actor_institution_id, occurred_at);
create index audit_event_actor_ix on audit_event (actor, occurred_at);
create index audit_event_entity_ix on audit_event (entity_type, entity_id);
