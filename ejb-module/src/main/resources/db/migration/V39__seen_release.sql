-- What's new: the release of Pietura whose notes a staff member was last shown (after an upgrade, once).
alter table staff_account add column seen_release varchar(40);
