-- An institution's own e-address account is looked up by its institution on every mailbox page and every
-- send; without an index that read the whole addressee catalogue (2M companies: 350 ms a time).
create index eaddress_account_institution_ix on eaddress_account (institution_id);
