-- Staff accounts made by a single sign-on (OpenID Connect): the identity provider vouches for them and
-- they have no password of their own.
alter table staff_account add column federated boolean default false not null;
