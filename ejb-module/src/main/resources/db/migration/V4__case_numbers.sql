-- Case numbers (2026-000123) come from a sequence of their own, taken before the case is inserted: the
-- id sequence hands out blocks of 50, which would leave gaps in the numbers people read out.
create sequence case_number_seq start with 1 increment by 1;
