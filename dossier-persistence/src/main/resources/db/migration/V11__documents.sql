-- Files kept in a dossier. The bytes stay in PostgreSQL (backed up with the rest, bounded in size by
-- the application); lists read only the description.
create table document (
    id                    uuid          not null,
    dossier_id            uuid          not null,
    nom                   varchar(200)  not null,
    type                  varchar(10)   not null,
    taille                bigint        not null,
    contenu               bytea         not null,
    depose_le             timestamptz   not null default now(),
    depose_par            varchar(200)  not null,
    visible_du_creancier  boolean       not null default false,
    constraint pk_document primary key (id),
    constraint fk_document_dossier foreign key (dossier_id) references dossier (id),
    constraint ck_document_type check (type in ('PDF', 'PNG', 'JPEG')),
    constraint ck_document_taille check (taille > 0 and taille = octet_length(contenu))
);
create index ix_document_dossier on document (dossier_id, depose_le desc);
