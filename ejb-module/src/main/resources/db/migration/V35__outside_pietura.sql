-- Applications for holders outside Pietura (no agreement in force when registered): the application goes to the
-- holder's e-address and the centre's consultant records the holder's answer.
alter table service_case add column outside_pietura boolean default false not null;
