-- PostgreSQL only (FlywayMigrations adds this location on PostgreSQL; H2 has no version 11).
-- Searches by part of a word, "like '%word%'", cannot use a b-tree: trigram indexes serve them.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the owner of the database may create it.
create extension if not exists pg_trgm;

-- The addressee search: every word of the query occurs in the folded name.
create index eaddress_account_search_trgm_ix on eaddress_account using gin (search_name gin_trgm_ops);

-- The addressee search by registration number prefix ("4000..."): a b-tree serves "like 'prefix%'"
-- under any collation only with the pattern operator class.
create index eaddress_account_identifier_prefix_ix on eaddress_account (identifier varchar_pattern_ops);

-- The service catalogue search: every word occurs in the version's folded search text.
create index catalogue_version_search_trgm_ix on service_version using gin (search_text gin_trgm_ops);

-- The worklists' text filter: part of the case number or of the client's name (lower-cased by the query).
create index service_case_number_trgm_ix on service_case using gin (lower(case_number) gin_trgm_ops);
create index service_case_client_name_trgm_ix on service_case using gin (lower(client_name) gin_trgm_ops);
