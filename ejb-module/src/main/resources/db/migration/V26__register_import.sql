-- The addressee catalogue from the Enterprise Register's open data file: a company the Register closed
-- (liquidated, reorganised away) keeps its account, marked closed, and can no longer be written to.
alter table eaddress_account add column closed_on date;

-- One import of a register file: a Jakarta Batch job instance (its id is the instance's), its progress and
-- what it did, counted in the chunk transactions that did it (so a restarted import counts each line once).
create table register_import (
    id            bigint       not null primary key,
    execution_id  bigint       not null,
    file_name     varchar(200) not null,
    file_bytes    bigint       not null,
    started_by    varchar(64)  not null,
    started_at    timestamp(6) with time zone not null,
    bytes_read    bigint       not null,
    lines_read    bigint       not null,
    created       bigint       not null,
    updated       bigint       not null,
    closed        bigint       not null,
    unchanged     bigint       not null,
    bad           bigint       not null,
    failure       varchar(100)
);

-- The lines an import could not take, with the reason (a message key) and what was wrong; at most the first
-- thousand of an import are kept, all are counted.
create table register_import_problem (
    import_id bigint       not null references register_import (id),
    line_no   bigint       not null,
    reason    varchar(60)  not null,
    detail    varchar(200),
    primary key (import_id, line_no)
);
