-- Units (departments) of an institution at its mailbox: a message that arrived can be given to a unit, and the
-- unit's members read and work the messages given to it (without the right to read the whole mailbox).
create sequence mailbox_unit_seq start with 1 increment by 50;

create table mailbox_unit (
    id             bigint       not null primary key,
    version        integer      not null,
    institution_id bigint       not null references institution (id),
    name           varchar(200) not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(64)  not null
);
create unique index mailbox_unit_name_ux on mailbox_unit (institution_id, name);

create table mailbox_unit_member (
    unit_id  bigint not null references mailbox_unit (id),
    staff_id bigint not null references staff_account (id),
    primary key (unit_id, staff_id)
);
create index mailbox_unit_member_staff_ix on mailbox_unit_member (staff_id);

alter table eaddress_inbox_entry add column unit_id bigint references mailbox_unit (id);
create index eaddress_inbox_entry_unit_ix on eaddress_inbox_entry (unit_id, arrived_at);
