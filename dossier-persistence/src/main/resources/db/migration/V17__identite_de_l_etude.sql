-- The office's identity for its letters and statements (R124-4 CPCE) and the account debtors pay on:
-- one row, entered by the administrator.
create table etude (
    id            smallint      not null default 1,
    nom           varchar(200)  not null,
    adresse       varchar(300)  not null,
    code_postal   varchar(10)   not null,
    ville         varchar(100)  not null,
    siret         varchar(14)   not null,
    telephone     varchar(30)   not null,
    email         varchar(254)  not null,
    iban          varchar(34)   not null,
    bic           varchar(11),
    commissaire   varchar(200)  not null,
    constraint pk_etude primary key (id),
    constraint ck_etude_une_seule check (id = 1)
);
