-- Handles to stored files (FileHandle): the unguessable ids that requests and pages name, each held by one owner
-- for one purpose. Records refer to the handle they were made with.
create table file_handle (
    id             varchar(36)  not null primary key,
    sha256         varchar(64)  not null references stored_file (sha256),
    purpose        varchar(20)  not null,
    owner          varchar(64)  not null,
    institution_id bigint,
    file_name      varchar(255) not null,
    size_bytes     bigint       not null,
    media_type     varchar(120) not null,
    created_at     timestamp(6) with time zone not null
);
create index file_handle_sha_ix on file_handle (sha256);

alter table case_document add column file_id varchar(36);
alter table eaddress_message_file add column file_id varchar(36);
alter table service_version_document add column template_file_id varchar(36);
