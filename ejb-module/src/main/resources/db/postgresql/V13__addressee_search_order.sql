-- PostgreSQL only. The addressee search orders its matches by name and takes 20: with a b-tree on the
-- name the planner walked the whole catalogue in name order, filtering by the words (2.3 s over 2M
-- companies for two rare words). Without it the trigram index finds the matches and they are sorted
-- (a few thousand rows: milliseconds). Words of fewer than three letters cannot use the trigram index.
drop index eaddress_account_search_ix;
