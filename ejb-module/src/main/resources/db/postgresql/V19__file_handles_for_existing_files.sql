-- A handle for every file a record referred to by its hash before handles existed (PostgreSQL's random UUIDs; the
-- same migration for H2 is in db/h2).
update case_document set file_id = gen_random_uuid()::text where file_id is null;
insert into file_handle (id, sha256, purpose, owner, institution_id, file_name, size_bytes, media_type, created_at)
select d.file_id, d.sha256, 'CASE_DOCUMENT', d.added_by, c.handling_institution_id, d.file_name, d.size_bytes,
       d.media_type, d.added_at
from case_document d join service_case c on c.id = d.case_id;

update eaddress_message_file set file_id = gen_random_uuid()::text where file_id is null;
insert into file_handle (id, sha256, purpose, owner, institution_id, file_name, size_bytes, media_type, created_at)
select f.file_id, f.sha256, 'MESSAGE_FILE', coalesce(m.sent_by, 'pietura'), null, f.file_name, f.size_bytes, f.media_type, m.created_at
from eaddress_message_file f join eaddress_message m on m.id = f.message_id;

update service_version_document set template_file_id = gen_random_uuid()::text
where template_sha256 is not null and template_file_id is null;
insert into file_handle (id, sha256, purpose, owner, institution_id, file_name, size_bytes, media_type, created_at)
select d.template_file_id, d.template_sha256, 'FORM_TEMPLATE', 'pietura', s.holder_id,
       coalesce(d.template_name, 'template'), f.size_bytes, f.media_type, f.stored_at
from service_version_document d join service_version v on v.id = d.version_id join service s on s.id = v.service_id
     join stored_file f on f.sha256 = d.template_sha256
where d.template_file_id is not null;
