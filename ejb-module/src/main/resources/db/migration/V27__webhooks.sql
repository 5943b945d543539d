-- An institution's document management system is told at once that mail arrived: a webhook (an HTTPS address
-- the institution's administrator registers, with a secret that signs each call), and its calls, tried again
-- with growing waits until answered, visible to the administrator as the delivery log.
create sequence eaddress_webhook_seq start with 1 increment by 50;
create sequence eaddress_webhook_call_seq start with 1 increment by 50;

create table eaddress_webhook (
    id             bigint       not null primary key,
    version        integer      not null,
    institution_id bigint       not null references institution (id),
    url            varchar(500) not null,
    secret         varchar(64)  not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(64)  not null,
    constraint eaddress_webhook_institution_uk unique (institution_id)
);

create table eaddress_webhook_call (
    id              bigint       not null primary key,
    version         integer      not null,
    institution_id  bigint       not null references institution (id),
    url             varchar(500) not null,
    message_id      varchar(36)  not null references eaddress_message (id),
    status          varchar(10)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp(6) with time zone,
    last_answer     varchar(300),
    created_at      timestamp(6) with time zone not null,
    delivered_at    timestamp(6) with time zone
);
create index eaddress_webhook_call_due_ix on eaddress_webhook_call (status, next_attempt_at);
create index eaddress_webhook_call_log_ix on eaddress_webhook_call (institution_id, created_at);
