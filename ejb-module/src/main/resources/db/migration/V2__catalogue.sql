-- The service catalogue: services, the versions of their catalogue card, and the file store.

create sequence service_seq start with 1 increment by 50;
create sequence service_version_seq start with 1 increment by 50;

create table stored_file (
    sha256     varchar(64)  not null primary key,
    size_bytes bigint       not null,
    media_type varchar(100) not null,
    stored_at  timestamp(6) with time zone not null
);

create table service (
    id                bigint      not null primary key,
    version           integer     not null,
    code              varchar(40) not null,
    holder_id         bigint      not null references institution (id),
    in_minimum_basket boolean     not null,
    withdrawn_on      date,
    created_at        timestamp(6) with time zone not null,
    constraint service_code_uk unique (code)
);
create index service_holder_ix on service (holder_id);

create table service_centre (
    service_id bigint not null references service (id),
    centre_id  bigint not null references centre (id),
    constraint service_centre_pk primary key (service_id, centre_id)
);
create index service_centre_centre_ix on service_centre (centre_id);

create table service_version (
    id                 bigint        not null primary key,
    version            integer       not null,
    service_id         bigint        not null references service (id),
    version_number     integer       not null,
    state              varchar(20)   not null,
    valid_from         date,
    name_lv            varchar(200)  not null,
    name_en            varchar(200),
    description_lv     varchar(4000),
    description_en     varchar(4000),
    function_lv        varchar(1000),
    function_en        varchar(1000),
    recipients         varchar(20)   not null,
    territory_lv       varchar(300),
    territory_en       varchar(300),
    e_service_url      varchar(500),
    deadline_days      integer,
    deadline_kind      varchar(20)   not null,
    norm_days          integer,
    suspension_allowed boolean       not null,
    extension_allowed  boolean       not null,
    max_extension_days integer,
    notice_lv          varchar(2000),
    notice_en          varchar(2000),
    search_text        varchar(9000) not null,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(64)   not null,
    changed_at         timestamp(6) with time zone not null,
    changed_by         varchar(64)   not null,
    published_at       timestamp(6) with time zone,
    published_by       varchar(64),
    constraint service_version_number_uk unique (service_id, version_number),
    constraint service_version_norm_ck check (norm_days is null or deadline_days is null or norm_days <= deadline_days)
);
create index service_version_published_ix on service_version (service_id, state, valid_from);

create table service_version_legal_act (
    version_id bigint       not null references service_version (id),
    item_index integer      not null,
    title      varchar(500) not null,
    article    varchar(100),
    url        varchar(500),
    constraint service_version_legal_act_pk primary key (version_id, item_index)
);

create table service_version_step (
    version_id bigint        not null references service_version (id),
    item_index integer       not null,
    text_lv    varchar(1000) not null,
    text_en    varchar(1000),
    constraint service_version_step_pk primary key (version_id, item_index)
);

create table service_version_document (
    version_id      bigint       not null references service_version (id),
    item_index      integer      not null,
    name_lv         varchar(300) not null,
    name_en         varchar(300),
    template_sha256 varchar(64),
    template_name   varchar(200),
    constraint service_version_document_pk primary key (version_id, item_index)
);

create table service_version_fee (
    version_id     bigint       not null references service_version (id),
    item_index     integer      not null,
    description_lv varchar(300) not null,
    description_en varchar(300),
    amount_cents   bigint       not null,
    legal_basis    varchar(500),
    constraint service_version_fee_pk primary key (version_id, item_index),
    constraint service_version_fee_amount_ck check (amount_cents >= 0)
);

create table service_version_request_channel (
    version_id bigint      not null references service_version (id),
    channel    varchar(20) not null,
    constraint service_version_request_channel_pk primary key (version_id, channel)
);

create table service_version_result_channel (
    version_id bigint      not null references service_version (id),
    channel    varchar(20) not null,
    constraint service_version_result_channel_pk primary key (version_id, channel)
);

create table service_version_result_type (
    version_id        bigint       not null references service_version (id),
    item_index        integer      not null,
    code              varchar(40)  not null,
    name_lv           varchar(200) not null,
    name_en           varchar(200),
    sent_to_e_address boolean      not null,
    constraint service_version_result_type_pk primary key (version_id, item_index)
);

create table service_version_field (
    version_id bigint       not null references service_version (id),
    item_index integer      not null,
    code       varchar(60)  not null,
    label_lv   varchar(200) not null,
    label_en   varchar(200),
    field_type varchar(30)  not null,
    required   boolean      not null,
    help_lv    varchar(500),
    help_en    varchar(500),
    choices    varchar(2000),
    constraint service_version_field_pk primary key (version_id, item_index)
);

create table service_version_related (
    version_id         bigint not null references service_version (id),
    related_service_id bigint not null references service (id),
    constraint service_version_related_pk primary key (version_id, related_service_id)
);
