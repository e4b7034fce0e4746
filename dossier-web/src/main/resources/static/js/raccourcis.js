// Keyboard shortcuts for lists: "/" goes to the search box, "j" and "k" move down and up the
// dossiers of a list (Enter opens the one with the focus). Alt+letter shortcuts are accesskeys.
document.addEventListener('keydown', function (evenement) {
    var cible = evenement.target;
    if (evenement.altKey || evenement.ctrlKey || evenement.metaKey
        || /^(INPUT|TEXTAREA|SELECT)$/.test(cible.tagName) || cible.isContentEditable) {
        return;
    }
    if (evenement.key === '/') {
        var recherche = document.querySelector('[data-raccourci="/"]');
        if (recherche) {
            evenement.preventDefault();
            recherche.focus();
        }
        return;
    }
    if (evenement.key === 'j' || evenement.key === 'k') {
        var liens = Array.prototype.slice.call(document.querySelectorAll('table[data-test="dossiers"] tbody a'));
        if (liens.length === 0) {
            return;
        }
        var rang = liens.indexOf(document.activeElement);
        var suivant = evenement.key === 'j' ? Math.min(rang + 1, liens.length - 1) : Math.max(rang - 1, 0);
        liens[suivant].focus();
        evenement.preventDefault();
    }
});
