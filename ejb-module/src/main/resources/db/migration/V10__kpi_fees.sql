-- The fee a client owes for an application: the total of the fee items of the service version it was
-- registered under (the catalogue shows that total as the service's price), kept on the case because a
-- later version may change the fees. Consultations owe nothing.
alter table service_case add column fee_due_cents bigint default 0 not null;
update service_case c set fee_due_cents = coalesce((select sum(f.amount_cents) from service_version_fee f
    where f.version_id = c.service_version_id), 0)
where c.case_type = 'APPLICATION';
alter table service_case add constraint service_case_fee_due_ck check (fee_due_cents >= 0);

-- Fees due for the applications received that day.
alter table kpi_case_day add column fees_due_cents bigint default 0 not null;
