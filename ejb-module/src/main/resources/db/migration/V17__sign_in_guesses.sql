-- Guesses at a password being checked count against the lock's limit until they are judged (StaffAccount),
-- so that parallel sign-ins cannot try more passwords than the limit.
alter table staff_account add column guesses_in_flight integer default 0 not null;
alter table staff_account add column last_guess_at timestamp(6) with time zone;
