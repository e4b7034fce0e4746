package fr.etude.dossier.web.portefeuille;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.portail.AvisHebdomadaire;
import fr.etude.dossier.core.portail.ResumesHebdomadaires;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** A creditor user's choice of the weekly summary: his own, stored and audited. */
@Service
class AvisHebdomadaires {

    private final ResumesHebdomadaires resumes;

    AvisHebdomadaires(ResumesHebdomadaires resumes) {
        this.resumes = resumes;
    }

    @Transactional(readOnly = true)
    AvisHebdomadaire de(UtilisateurId utilisateur) {
        return resumes.avis(utilisateur);
    }

    @Transactional
    void choisir(Auteur utilisateur, AvisHebdomadaire avis) {
        resumes.choisir(utilisateur.id(), avis, utilisateur);
    }
}
