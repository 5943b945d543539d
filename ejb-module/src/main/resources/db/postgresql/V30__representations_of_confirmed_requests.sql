-- The persons whose requests to activate a company's e-address were confirmed before representations were kept
-- represent those companies (the same migration for H2 is in db/h2).
insert into eaddress_representation (id, version, company_account_id, person_code, person_name, basis, request_id, since)
select nextval('eaddress_representation_seq'), 0, r.company_account_id, r.person_code, r.person_name,
       'CONFIRMED_REQUEST', r.id, r.decided_at
from eaddress_company_request r where r.status = 'CONFIRMED';
