-- The créancier is told of the débiteur's proposals (art. R124-5 CPCE), not of the clerk's comment on
-- them (a guarantee, a relative who buys back, the reason for a refusal): since V34 shows the solutions'
-- timeline entries in the portal, the comment written at the end of those sentences is taken out. It is
-- kept where it was entered, with the solution (solution_negociee.commentaire).
update evenement e
   set resume = left(e.resume, length(e.resume) - length(' (' || s.commentaire || ').')) || '.'
  from solution_negociee s
 where e.type = 'SOLUTION'
   and s.dossier_id = e.dossier_id
   and s.commentaire <> ''
   and e.resume like 'Solution négociée le ' || to_char(s.decidee_le, 'DD/MM/YYYY') || ' : %'
   and right(e.resume, length(' (' || s.commentaire || ').')) = ' (' || s.commentaire || ').';
