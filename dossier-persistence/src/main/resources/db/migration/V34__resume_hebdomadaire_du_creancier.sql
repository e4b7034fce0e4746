-- 1. The solutions negotiated with the débiteur are his proposals, which the créancier is told of
-- (art. R124-5 CPCE): they were written in the timeline as notes, which the portal hides. Those already
-- written become entries of their own kind; only the sentences the application wrote for a solution
-- recorded on the same dossier, by the same person, on the day it names, never a note a clerk typed.
update evenement e set type = 'SOLUTION'
 where e.type = 'NOTE'
   and e.resume like 'Solution négociée le %'
   and exists (select 1 from solution_negociee s
                where s.dossier_id = e.dossier_id and s.auteur_nom = e.auteur_nom
                  and e.resume like 'Solution négociée le ' || to_char(s.decidee_le, 'DD/MM/YYYY') || ' : %');

-- 2. The e-mail queue also carries messages that are not a dossier's letter: the créancier's weekly
-- summary, written whole when queued (its text, and its HTML). A message is one or the other.
alter table envoi alter column courrier_id drop not null;
alter table envoi alter column dossier_id drop not null;
alter table envoi add column texte text;
alter table envoi add column html text;
alter table envoi add constraint ck_envoi_contenu check (
    (courrier_id is not null and dossier_id is not null and texte is null and html is null)
    or (courrier_id is null and dossier_id is null and texte is not null));

-- 3. A creditor user's choice of the weekly summary, and the address it goes to (an account has none
-- of its own: its login need not be an address).
create table avis_hebdomadaire (
    utilisateur_id  uuid          not null,
    abonne          boolean       not null,
    courriel        varchar(254),
    modifie_le      timestamptz   not null,
    constraint pk_avis_hebdomadaire primary key (utilisateur_id),
    constraint fk_avis_hebdomadaire_utilisateur foreign key (utilisateur_id) references utilisateur (id),
    constraint ck_avis_hebdomadaire_courriel check (not abonne or courriel is not null)
);

-- 4. Each summary made, one per user and week (the Monday of the week it was made in): the key that
-- keeps a week from being sent twice, whatever the instances or runs. Written in the transaction that
-- queues the message, before it (hence the deferred key); without a message when nothing happened.
-- Its period starts where the user's last one ended.
create table resume_hebdomadaire (
    utilisateur_id  uuid         not null,
    semaine         date         not null,
    du              timestamptz  not null,
    au              timestamptz  not null,
    envoi_id        uuid,
    constraint pk_resume_hebdomadaire primary key (utilisateur_id, semaine),
    constraint fk_resume_hebdomadaire_utilisateur foreign key (utilisateur_id) references utilisateur (id),
    constraint fk_resume_hebdomadaire_envoi foreign key (envoi_id) references envoi (id) deferrable initially deferred,
    constraint ck_resume_hebdomadaire_lundi check (extract(isodow from semaine) = 1),
    constraint ck_resume_hebdomadaire_periode check (du < au)
);

-- 5. What a week's summary reads, by the moment it was recorded: the payments, and the timeline's
-- proposals, stage changes and closings (a partial index, like the supervision's).
create index ix_paiement_enregistre_le on paiement (enregistre_le);
create index ix_evenement_resume_par_moment on evenement (moment)
    where type in ('PROMESSE', 'ECHEANCIER', 'SOLUTION', 'CHANGEMENT_ETAPE', 'CLOTURE');
