-- Holders activate their own e-address and choose where alerts go: an alert address counts only once confirmed
-- by the link mailed to it (the pending address, the link's SHA-256 and when it stops working are kept until then).
alter table eaddress_account add column activated_at timestamp(6) with time zone;
alter table eaddress_account add column alerts_pending_email varchar(200);
alter table eaddress_account add column alerts_token_hash varchar(64);
alter table eaddress_account add column alerts_token_expires_at timestamp(6) with time zone;
