-- PostgreSQL only (H2 keeps V5's and V12's indexes: it has no partial indexes and no pattern operator classes).
-- The register import writes two million companies into the catalogue; each index of eaddress_account is work
-- for every one of them. Two of the six did nothing the others do not:
--
-- The registration number prefix search ("4000...") now asks for a range of numbers with the b-tree on the
-- identifier (identifier >= '4000' and identifier < '4001', which any collation orders as digits; the
-- "like" stays as the rule), which also gives its matches in order; exact lookups use the same index. The
-- pattern index of V11 is not needed.
drop index eaddress_account_identifier_prefix_ix;

-- Only institutions' accounts name an institution: the index on it holds those, not a null for every person
-- and company.
drop index eaddress_account_institution_ix;
create index eaddress_account_institution_ix on eaddress_account (institution_id) where institution_id is not null;
