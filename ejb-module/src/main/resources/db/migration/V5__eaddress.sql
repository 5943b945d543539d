-- The official electronic address inside Pietura: accounts (the addressee catalogue), staff rights on
-- their institution's mailbox, messages with their files, the sender's deliveries (an outbox a worker
-- works through) and the recipients' mailboxes.

create sequence eaddress_account_seq start with 1 increment by 50;
create sequence mailbox_grant_seq start with 1 increment by 50;
create sequence eaddress_delivery_seq start with 1 increment by 50;
create sequence eaddress_inbox_seq start with 1 increment by 50;

create table eaddress_account (
    id             bigint       not null primary key,
    version        integer      not null,
    kind           varchar(20)  not null,
    identifier     varchar(11)  not null,
    name           varchar(200) not null,
    search_name    varchar(200) not null,
    institution_id bigint       references institution (id),
    activated      boolean      not null,
    notify_email   varchar(200),
    password_hash  varchar(300),
    created_at     timestamp(6) with time zone not null,
    constraint eaddress_account_address_uk unique (kind, identifier)
);
create index eaddress_account_identifier_ix on eaddress_account (identifier);
create index eaddress_account_search_ix on eaddress_account (search_name);

create table mailbox_grant (
    id         bigint      not null primary key,
    staff_id   bigint      not null references staff_account (id),
    right_kind varchar(10) not null,
    granted_at timestamp(6) with time zone not null,
    granted_by varchar(64) not null,
    constraint mailbox_grant_uk unique (staff_id, right_kind)
);

create table eaddress_message (
    id                  varchar(36)    not null primary key,
    sender_account_id   bigint         not null references eaddress_account (id),
    sent_by             varchar(64),
    subject             varchar(200)   not null,
    body                varchar(20000) not null,
    case_id             bigint         references service_case (id),
    reply_to            varchar(36),
    created_at          timestamp(6) with time zone not null,
    sent_on             date           not null,
    deemed_delivered_on date           not null
);
create index eaddress_message_sender_ix on eaddress_message (sender_account_id, created_at);
create index eaddress_message_case_ix on eaddress_message (case_id);

create table eaddress_message_file (
    message_id varchar(36)  not null references eaddress_message (id),
    position   integer      not null,
    sha256     varchar(64)  not null references stored_file (sha256),
    file_name  varchar(255) not null,
    size_bytes bigint       not null,
    media_type varchar(120) not null,
    primary key (message_id, position)
);

create table eaddress_delivery (
    id                   bigint      not null primary key,
    version              integer     not null,
    message_id           varchar(36) not null references eaddress_message (id),
    position             integer     not null,
    recipient_account_id bigint      not null references eaddress_account (id),
    status               varchar(20) not null,
    attempts             integer     not null,
    next_attempt_at      timestamp(6) with time zone,
    failure              varchar(500),
    delivered_at         timestamp(6) with time zone,
    read_at              timestamp(6) with time zone,
    constraint eaddress_delivery_uk unique (message_id, recipient_account_id)
);
create index eaddress_delivery_due_ix on eaddress_delivery (status, next_attempt_at);

create table eaddress_inbox_entry (
    id         bigint      not null primary key,
    message_id varchar(36) not null references eaddress_message (id),
    account_id bigint      not null references eaddress_account (id),
    arrived_at timestamp(6) with time zone not null,
    read_at    timestamp(6) with time zone,
    read_by    varchar(64),
    -- the service case the receiving institution filed the message under
    case_id    bigint      references service_case (id),
    -- the e-mail that tells the holder a message arrived, when they gave an address
    alert_status   varchar(10) not null,
    alert_attempts integer     not null,
    alert_next_at  timestamp(6) with time zone,
    alert_failure  varchar(500),
    constraint eaddress_inbox_entry_uk unique (message_id, account_id)
);
create index eaddress_inbox_entry_alert_ix on eaddress_inbox_entry (alert_status, alert_next_at);
create index eaddress_inbox_entry_list_ix on eaddress_inbox_entry (account_id, arrived_at, id);

-- What became of a closed case's result: sent to the client's e-address, or left for another channel.
create table eaddress_case_result (
    case_id       bigint      not null primary key references service_case (id),
    message_id    varchar(36) references eaddress_message (id),
    other_channel boolean     not null,
    recorded_at   timestamp(6) with time zone not null
);
