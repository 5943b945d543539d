-- Signatures checked: every signed PDF and ASiC container (.edoc) that enters the file store is validated by the
-- EU's Digital Signature Service against the configured trust anchors; the result is kept with the file (once per
-- content, like the file itself): how many signatures, the overall indication (the weakest signature's: valid
-- TOTAL_PASSED, INDETERMINATE, or TOTAL_FAILED), why, who signed, when, in which format and level, and DSS's simple
-- report (XML) for download.
create table file_signature_check (
    sha256           varchar(64)   not null primary key references stored_file (sha256),
    checked_at       timestamp(6) with time zone not null,
    signatures       integer       not null,
    indication       varchar(30)   not null,
    sub_indication   varchar(60),
    signed_by        varchar(1000),
    signing_time     timestamp(6) with time zone,
    signature_format varchar(60),
    problems         varchar(4000),
    report           varchar(200000) not null
);
