-- A person who represents a company works the company's e-address (its mailbox, its alerts) while the
-- representation lasts: one the identity provider states at sign-in (its claim of the companies the person may
-- represent), or one a platform administrator confirmed on the person's request. Ended, it is kept with when and by
-- whom.
create sequence eaddress_representation_seq start with 1 increment by 50;

create table eaddress_representation (
    id                 bigint       not null primary key,
    version            integer      not null,
    company_account_id bigint       not null references eaddress_account (id),
    person_code        varchar(11)  not null,
    person_name        varchar(200) not null,
    basis              varchar(20)  not null,
    request_id         bigint       references eaddress_company_request (id),
    since              timestamp(6) with time zone not null,
    ended_at           timestamp(6) with time zone,
    ended_by           varchar(64)
);
create index eaddress_representation_person_ix on eaddress_representation (person_code, ended_at);
create index eaddress_representation_company_ix on eaddress_representation (company_account_id, ended_at);
