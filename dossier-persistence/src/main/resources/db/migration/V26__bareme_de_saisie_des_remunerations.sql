-- The scale of the saisie des rémunérations (art. R3252-2 C. trav.), one per calendar year: six yearly
-- thresholds, the fraction of each band that may be seized (all above the last threshold is), and the
-- amount added to each threshold per dependant (art. R3252-3).
create table bareme_saisie_remuneration (
    annee                  integer        not null,
    seuil_1                numeric(19, 2) not null,
    seuil_2                numeric(19, 2) not null,
    seuil_3                numeric(19, 2) not null,
    seuil_4                numeric(19, 2) not null,
    seuil_5                numeric(19, 2) not null,
    seuil_6                numeric(19, 2) not null,
    fractions              varchar(100)   not null,
    par_personne_a_charge  numeric(19, 2) not null,
    source                 text           not null,
    publie_le              date,
    confirme               boolean        not null default false,
    constraint pk_bareme_saisie_remuneration primary key (annee),
    constraint ck_bareme_saisie_remuneration_seuils check (0 < seuil_1 and seuil_1 < seuil_2 and seuil_2 < seuil_3
        and seuil_3 < seuil_4 and seuil_4 < seuil_5 and seuil_5 < seuil_6),
    constraint ck_bareme_saisie_remuneration_personne check (par_personne_a_charge >= 0),
    constraint ck_bareme_saisie_remuneration_source check (length(source) between 1 and 500)
);

insert into bareme_saisie_remuneration (annee, seuil_1, seuil_2, seuil_3, seuil_4, seuil_5, seuil_6, fractions,
                                        par_personne_a_charge, source, confirme) values
    (2025, 4440, 8660, 12890, 17090, 21300, 25600, '1/20;1/10;1/5;1/4;1/3;2/3', 1720,
     'décret n° 2024-1231 (barème 2025 des art. R3252-2 et R3252-3 C. trav.)', true),
    (2026, 4480, 8730, 13000, 17230, 21470, 25810, '1/20;1/10;1/5;1/4;1/3;2/3', 1720,
     'barème 2026 d''après une source secondaire - à confirmer ; majoration par personne à charge : reprise de 2025, à confirmer', false);
