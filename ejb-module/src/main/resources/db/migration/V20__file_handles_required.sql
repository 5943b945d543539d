-- Every record's file now has its handle (V19): required from here on, and the template known only by it.
alter table case_document alter column file_id set not null;
alter table case_document add constraint case_document_file_fk foreign key (file_id) references file_handle (id);
alter table eaddress_message_file alter column file_id set not null;
alter table eaddress_message_file add constraint message_file_handle_fk foreign key (file_id) references file_handle (id);
alter table service_version_document add constraint version_document_template_fk
    foreign key (template_file_id) references file_handle (id);
alter table service_version_document drop column template_sha256;
