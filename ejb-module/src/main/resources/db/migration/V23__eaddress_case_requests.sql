-- "Ask the client" of a case: each request, and whether it went to the client's e-address (its message) or must go
-- another way (the client has no activated e-address).
create sequence eaddress_case_request_seq start with 1 increment by 50;

create table eaddress_case_request (
    id            bigint      not null primary key,
    case_id       bigint      not null references service_case (id),
    message_id    varchar(36) references eaddress_message (id),
    other_channel boolean     not null,
    asked_at      timestamp(6) with time zone not null
);
create index eaddress_case_request_case_ix on eaddress_case_request (case_id, asked_at);
