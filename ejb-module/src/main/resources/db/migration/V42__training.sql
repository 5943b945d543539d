-- Training: a sandbox per real institution. The training institution names the real one it trains for; its
-- e-address account and the made-up clients' accounts are training accounts, which write only to each other; a
-- trainee's account names the staff member it belongs to; the journeys a trainee has done are kept across resets.
alter table institution add column training_of bigint references institution (id);
create unique index institution_training_of_uk on institution (training_of);

alter table eaddress_account add column training boolean default false not null;

alter table staff_account add column trainee_of bigint references staff_account (id);
create unique index staff_account_trainee_of_uk on staff_account (trainee_of);

create table training_journey (
    trainee_id bigint      not null references staff_account (id),
    journey    varchar(20) not null,
    done_at    timestamp(6) with time zone not null,
    constraint training_journey_pk primary key (trainee_id, journey)
);
