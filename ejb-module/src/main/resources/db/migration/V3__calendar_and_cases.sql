-- The working-day calendar's administrator entries, and service cases with their events.

create sequence calendar_entry_seq start with 1 increment by 50;

create table calendar_entry (
    id         bigint       not null primary key,
    entry_day  date         not null,
    kind       varchar(20)  not null,
    note_lv    varchar(300) not null,
    note_en    varchar(300),
    created_at timestamp(6) with time zone not null,
    created_by varchar(64)  not null,
    constraint calendar_entry_day_uk unique (entry_day)
);

create sequence service_case_seq start with 1 increment by 50;
create sequence case_event_seq start with 1 increment by 50;
create sequence portal_submission_seq start with 1 increment by 50;

create table service_case (
    id                         bigint        not null primary key,
    version                    integer       not null,
    case_number                varchar(20)   not null,
    case_type                  varchar(20)   not null,
    channel                    varchar(20)   not null,
    service_id                 bigint        not null references service (id),
    service_version_id         bigint        not null references service_version (id),
    handling_institution_id    bigint        not null references institution (id),
    registering_institution_id bigint        not null references institution (id),
    centre_id                  bigint        references centre (id),
    registered_by              varchar(64)   not null,
    registered_at              timestamp(6) with time zone not null,
    registered_on              date          not null,
    client_kind                varchar(20)   not null,
    client_code                varchar(11)   not null,
    client_name                varchar(200)  not null,
    client_email               varchar(254),
    client_phone               varchar(30),
    representative_name        varchar(200),
    representative_code        varchar(11),
    representative_basis       varchar(30),
    representative_basis_note  varchar(300),
    note                       varchar(2000),
    state                      varchar(20)   not null,
    assignee_id                bigint        references staff_account (id),
    deadline_kind              varchar(20)   not null,
    due_on                     date          not null,
    norm_on                    date,
    suspended_since            date,
    suspended_days             integer       not null,
    extension_days             integer       not null,
    overdue_since              date,
    reminded_for               date,
    result_type                varchar(40),
    result_note                varchar(2000),
    closed_on                  date,
    closed_at                  timestamp(6) with time zone,
    closed_by                  varchar(64),
    rating                     integer,
    rating_comment             varchar(1000),
    rating_channel             varchar(10),
    rated_at                   timestamp(6) with time zone,
    rating_token_hash          varchar(64),
    rating_token_channel       varchar(10),
    rating_token_expires_at    timestamp(6) with time zone,
    constraint service_case_number_uk unique (case_number),
    constraint service_case_rating_token_uk unique (rating_token_hash),
    constraint service_case_rating_ck check (rating is null or rating between 1 and 5)
);
-- The worklists: a holder's open cases by state and due day, a specialist's own, a centre's, a client's.
create index service_case_handling_ix on service_case (handling_institution_id, state, due_on);
create index service_case_assignee_ix on service_case (assignee_id, state, due_on);
create index service_case_centre_ix on service_case (centre_id, registered_on);
create index service_case_registering_ix on service_case (registering_institution_id, registered_on);
create index service_case_client_ix on service_case (client_code, registered_on);
create index service_case_service_ix on service_case (service_id, registered_on);

create table case_intake_value (
    case_id     bigint        not null references service_case (id),
    field_code  varchar(60)   not null,
    field_value varchar(2000) not null,
    constraint case_intake_value_pk primary key (case_id, field_code)
);

create table case_document (
    case_id    bigint       not null references service_case (id),
    item_index integer      not null,
    sha256     varchar(64)  not null references stored_file (sha256),
    file_name  varchar(255) not null,
    size_bytes bigint       not null,
    media_type varchar(120) not null,
    purpose    varchar(20)  not null,
    field_code varchar(60),
    added_at   timestamp(6) with time zone not null,
    added_by   varchar(64)  not null,
    constraint case_document_pk primary key (case_id, item_index)
);
create index case_document_sha_ix on case_document (sha256);

create table case_event (
    id                      bigint        not null primary key,
    case_id                 bigint        not null references service_case (id),
    occurred_at             timestamp(6) with time zone not null,
    occurred_on             date          not null,
    event_type              varchar(20)   not null,
    actor                   varchar(64)   not null,
    actor_institution_id    bigint,
    actor_centre_id         bigint,
    from_state              varchar(20),
    to_state                varchar(20)   not null,
    handling_institution_id bigint        not null,
    reason                  varchar(2000),
    detail                  varchar(200),
    due_on                  date          not null
);
create index case_event_case_ix on case_event (case_id, occurred_at);
-- The nightly figures read events by day.
create index case_event_day_ix on case_event (occurred_on, event_type);

create table portal_submission (
    id                    bigint       not null primary key,
    portal_institution_id bigint       not null references institution (id),
    idempotency_key       varchar(100) not null,
    request_hash          varchar(64)  not null,
    case_id               bigint       not null references service_case (id),
    created_at            timestamp(6) with time zone not null,
    constraint portal_submission_key_uk unique (portal_institution_id, idempotency_key)
);
