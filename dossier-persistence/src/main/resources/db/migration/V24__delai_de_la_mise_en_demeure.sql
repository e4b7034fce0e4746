-- The delay a mise en demeure gives the débiteur: written in the letter, and checked before the
-- commissaire is asked to go to court. No article fixes it; eight days is the office's usage.
insert into parametre (cle, valeur, description, source) values
    ('mise-en-demeure.delai-jours', '8', 'Délai laissé au débiteur par la mise en demeure, avant toute procédure (jours)', 'usage de l''étude')
on conflict (cle) do nothing;
