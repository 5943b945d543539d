-- Fees at the centre: an application's fee account (payments by cash, card or bank transfer with its reference,
-- an exemption with its legal reason, refunds), whether a service's fees are paid before its result, and the
-- fees paid, exempted and refunded in the daily figures (by the day they were recorded).
alter table service_version add column fee_before_result boolean default false not null;

create table case_fee_entry (
    case_id      bigint       not null references service_case (id),
    item_index   integer      not null,
    kind         varchar(20)  not null,
    method       varchar(20),
    amount_cents bigint       not null,
    reference    varchar(100),
    reason       varchar(500),
    recorded_at  timestamp(6) with time zone not null,
    recorded_on  date         not null,
    recorded_by  varchar(64)  not null,
    centre_id    bigint       references centre (id),
    constraint case_fee_entry_pk primary key (case_id, item_index),
    constraint case_fee_entry_amount_ck check (amount_cents > 0)
);
create index case_fee_entry_day_ix on case_fee_entry (recorded_on);

alter table kpi_case_day add column fees_paid_cents bigint default 0 not null;
alter table kpi_case_day add column fees_exempt_cents bigint default 0 not null;
alter table kpi_case_day add column fees_refunded_cents bigint default 0 not null;
