-- Every client recorded: a foreign person by an identity document (its number is what they are found again by,
-- in client_code), an anonymous client of a consultation with no code and no name.
alter table service_case alter column client_code set data type varchar(20);
alter table service_case alter column client_code drop not null;
alter table service_case alter column client_name drop not null;
alter table service_case add column client_document_type varchar(20);
alter table service_case add column client_country varchar(2);
alter table service_case add column client_birth_date date;

-- whose data an audit event concerns may now be a foreign client's document number
alter table audit_event alter column subject set data type varchar(20);
