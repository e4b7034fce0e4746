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
