-- The letters each dossier produced, never changed (like the journal): what made them (template and
-- its version, date, the rate-table rows the décompte read) and the SHA-256 of the stored PDF.
create table courrier (
    id                  uuid          not null,
    dossier_id          uuid          not null,
    modele              varchar(40)   not null,
    version_du_modele   integer       not null,
    date_du_courrier    date          not null,
    reference           varchar(40)   not null,
    destinataire        varchar(300)  not null,
    document_id         uuid          not null,
    sha256              char(64)      not null,
    auteur              varchar(200)  not null,
    produit_le          timestamptz   not null,
    taux_du_bareme      jsonb         not null default '[]',
    constraint pk_courrier primary key (id),
    constraint fk_courrier_dossier foreign key (dossier_id) references dossier (id),
    constraint fk_courrier_document foreign key (document_id) references document (id),
    constraint uk_courrier_reference unique (reference),
    constraint ck_courrier_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_courrier_version check (version_du_modele > 0)
);
create index ix_courrier_dossier on courrier (dossier_id, produit_le desc);

create trigger tr_courrier_immuable before update or delete on courrier
    for each row execute function journal_audit_immuable();
