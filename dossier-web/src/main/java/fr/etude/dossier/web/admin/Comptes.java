package fr.etude.dossier.web.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.FreinageDesConnexions;
import fr.etude.dossier.core.utilisateur.SerieDEchecs;
import fr.etude.dossier.core.utilisateur.TentativesDeConnexion;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/**
 * The office's accounts as the administrator keeps them: opened with a password to hand over,
 * changed, disabled, their password reset, their throttled sign-ins lifted. The rules are the
 * core's; every change is audited by the adapters.
 */
@Service
class Comptes {

    private final Utilisateurs utilisateurs;
    private final TentativesDeConnexion tentatives;
    private final FreinageDesConnexions freinage;
    private final PasswordEncoder encodeur;
    private final MotsDePasseProvisoires motsDePasse;
    private final Clock horloge;

    Comptes(Utilisateurs utilisateurs, TentativesDeConnexion tentatives, FreinageDesConnexions freinage,
            PasswordEncoder encodeur, MotsDePasseProvisoires motsDePasse, Clock horloge) {
        this.utilisateurs = utilisateurs;
        this.tentatives = tentatives;
        this.freinage = freinage;
        this.encodeur = encodeur;
        this.motsDePasse = motsDePasse;
        this.horloge = horloge;
    }

    /**
     * One account in the list, with its recent failures wherever made and whether they now slow its
     * sign-ins down.
     */
    record Ligne(Utilisateurs.Compte compte, int echecsRecents, boolean ralenti) {
        public Utilisateur utilisateur() {
            return compte.utilisateur();
        }
    }

    @Transactional(readOnly = true)
    List<Ligne> lignes() {
        Map<String, SerieDEchecs> echecs = tentatives.echecsParIdentifiant();
        var maintenant = horloge.instant();
        return utilisateurs.comptes().stream().map(compte -> {
            SerieDEchecs serie = echecs.getOrDefault(compte.utilisateur().identifiant(), SerieDEchecs.AUCUN);
            return new Ligne(compte, freinage.enCours(serie, maintenant), freinage.ralentit(serie, maintenant));
        }).toList();
    }

    @Transactional(readOnly = true)
    Utilisateurs.Compte compte(UtilisateurId id) {
        return utilisateurs.compte(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** @return the password to hand over, shown once */
    @Transactional
    String ouvrir(Utilisateur compte, Auteur administrateur) {
        String provisoire = motsDePasse.nouveau();
        utilisateurs.ouvrir(compte, encodeur.encode(provisoire), administrateur.id(), administrateur.nom());
        return provisoire;
    }

    @Transactional
    void modifier(Utilisateur compte, long versionLue, Auteur administrateur) {
        utilisateurs.modifier(compte, versionLue, administrateur.id(), administrateur.nom());
    }

    /** A new password to hand over; failures that slowed the old one down are forgotten with it. @return it */
    @Transactional
    String reinitialiserLeMotDePasse(UtilisateurId id, Auteur administrateur) {
        Utilisateur compte = compte(id).utilisateur();
        String provisoire = motsDePasse.nouveau();
        utilisateurs.reinitialiserMotDePasse(id, encodeur.encode(provisoire), administrateur.id(), administrateur.nom());
        tentatives.liberer(compte, administrateur.id(), administrateur.nom());
        return provisoire;
    }

    @Transactional
    Utilisateur leverLeFreinage(UtilisateurId id, Auteur administrateur) {
        Utilisateur compte = compte(id).utilisateur();
        tentatives.liberer(compte, administrateur.id(), administrateur.nom());
        return compte;
    }

    @Transactional
    Utilisateur changerActivite(UtilisateurId id, boolean actif, Auteur administrateur) {
        Utilisateur compte = compte(id).utilisateur().avecActivite(actif, administrateur.id());
        utilisateurs.enregistrerActivite(compte, administrateur.id(), administrateur.nom());
        return compte;
    }
}
