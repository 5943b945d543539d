-- A person asks to activate a company's e-address as one entitled to represent it; a platform administrator
-- confirms (the company's e-address is activated) or refuses with a reason.
create sequence eaddress_company_request_seq start with 1 increment by 50;

create table eaddress_company_request (
    id                 bigint       not null primary key,
    version            integer      not null,
    company_account_id bigint       not null references eaddress_account (id),
    person_code        varchar(11)  not null,
    person_name        varchar(200) not null,
    basis              varchar(500) not null,
    status             varchar(10)  not null,
    requested_at       timestamp(6) with time zone not null,
    decided_at         timestamp(6) with time zone,
    decided_by         varchar(64),
    refusal            varchar(500)
);
create index eaddress_company_request_status_ix on eaddress_company_request (status, requested_at);
create index eaddress_company_request_person_ix on eaddress_company_request (person_code, requested_at);
