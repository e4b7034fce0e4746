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
