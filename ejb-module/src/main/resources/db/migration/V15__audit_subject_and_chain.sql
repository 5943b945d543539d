-- Whose data an audit event concerns: the person's personal code or the company's registration number
-- (digits only), so that the trail answers "who looked at person X, when, in which institution".
alter table audit_event add column subject varchar(11);
create index audit_event_subject_ix on audit_event (subject, occurred_at);

-- The chain that makes the trail tamper-evident: every event gets a link, in the order it was linked, with
-- a hash over the event's content and the previous link's hash. Insert-only, like the events.
create table audit_link (
    seq       bigint      not null primary key,
    event_id  bigint      not null,
    prev_hash varchar(64) not null,
    hash      varchar(64) not null,
    linked_at timestamp(6) with time zone not null,
    constraint audit_link_event_uk unique (event_id)
);

-- The end of the chain: the one row that linking locks, so that links are written one after another.
create table audit_chain_head (
    id   integer     not null primary key,
    seq  bigint      not null,
    hash varchar(64) not null
);
insert into audit_chain_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Each check of the chain (from the audit page or the nightly job) and what it found.
create sequence audit_check_seq start with 1 increment by 50;
create table audit_check (
    id                    bigint      not null primary key,
    started_at            timestamp(6) with time zone not null,
    finished_at           timestamp(6) with time zone,
    requested_by          varchar(64) not null,
    links_checked         bigint      not null,
    events_unlinked       bigint      not null,
    first_broken_seq      bigint,
    first_broken_event_id bigint,
    problem               varchar(40),
    head_hash             varchar(64)
);
create index audit_check_started_ix on audit_check (started_at);
