package fr.etude.dossier.web.courrier;

import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.courrier.CourrierProduit;
import fr.etude.dossier.core.courrier.Courriers;
import fr.etude.dossier.core.courrier.Envoi;
import fr.etude.dossier.core.courrier.Envois;
import fr.etude.dossier.core.document.Documents;
import fr.etude.dossier.core.etude.Etude;
import fr.etude.dossier.core.etude.IdentiteDeLEtude;

/**
 * Sends the queued e-mails, the letter's PDF attached (or the text written for a message that is no
 * letter, such as the créancier's weekly summary), from the office's address. Without a mail
 * server configured ({@code spring.mail.host}), each message goes to the outbox instead, where the
 * administrator reads it. A failure is tried again later; nothing is lost if the application stops.
 * Each pass claims its messages with row locks that other instances skip, so no lock of the whole
 * job is needed.
 */
@Component
class ExpeditionDesCourriels {

    private static final Logger journal = LoggerFactory.getLogger(ExpeditionDesCourriels.class);
    private static final int PAR_PASSAGE = 20;

    private final Envois envois;
    private final Courriers courriers;
    private final Documents documents;
    private final Etude etude;
    private final ObjectProvider<JavaMailSender> serveur;
    private final Clock horloge;

    ExpeditionDesCourriels(Envois envois, Courriers courriers, Documents documents, Etude etude,
                           ObjectProvider<JavaMailSender> serveur, Clock horloge) {
        this.envois = envois;
        this.courriers = courriers;
        this.documents = documents;
        this.etude = etude;
        this.serveur = serveur;
        this.horloge = horloge;
    }

    /** @return how many messages this pass handled */
    @Scheduled(fixedDelayString = "${dossier.courriels.intervalle:PT30S}")
    @Transactional
    public int expedier() {
        List<Envoi> dus = envois.aEnvoyer(horloge.instant(), PAR_PASSAGE);
        JavaMailSender expediteur = serveur.getIfAvailable();
        for (Envoi envoi : dus) {
            if (expediteur == null) {
                envoi.misEnBoite();
            } else {
                try {
                    expediteur.send(message(expediteur, envoi));
                    envoi.envoye(horloge.instant());
                } catch (MailException | MessagingException | IllegalStateException echec) {
                    journal.warn("Courriel {} non envoyé (tentative {}) : {}", envoi.id(), envoi.tentatives() + 1,
                            echec.getMessage());
                    envoi.echec(echec.getMessage() == null ? echec.getClass().getSimpleName() : echec.getMessage(),
                            horloge.instant());
                }
            }
            envois.enregistrer(envoi);
        }
        return dus.size();
    }

    private MimeMessage message(JavaMailSender expediteur, Envoi envoi) throws MessagingException {
        IdentiteDeLEtude office = etude.identite().orElseThrow(() -> new IllegalStateException(
                "L'identité de l'étude n'est pas saisie : pas d'adresse d'expédition."));
        MimeMessage message = expediteur.createMimeMessage();
        MimeMessageHelper redaction = new MimeMessageHelper(message, true, "UTF-8");
        redaction.setFrom(office.email().valeur());
        redaction.setTo(envoi.destinataire().valeur());
        if (envoi.contenu() instanceof Envoi.Texte texte) {
            redaction.setSubject(envoi.objet());
            if (texte.html().isPresent()) {
                redaction.setText(texte.texte(), texte.html().get());
            } else {
                redaction.setText(texte.texte());
            }
            return message;
        }
        Envoi.Lettre lettre = envoi.lettre().orElseThrow();
        CourrierProduit courrier = courriers.duDossier(lettre.dossier()).stream()
                .filter(produit -> produit.id().equals(lettre.courrier())).findFirst().orElseThrow();
        byte[] pdf = documents.contenu(lettre.dossier(), courrier.document()).orElseThrow().octets();
        redaction.setSubject(envoi.objet() + " – " + courrier.reference());
        redaction.setText("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre courrier " + courrier.reference()
                + " (" + courrier.modele().objet() + ").\n\n" + office.nom() + "\n" + office.telephone().formate() + "\n");
        redaction.addAttachment(courrier.reference() + ".pdf", new ByteArrayResource(pdf), "application/pdf");
        return message;
    }
}
