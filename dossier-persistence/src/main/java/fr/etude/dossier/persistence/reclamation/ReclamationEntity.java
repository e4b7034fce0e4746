package fr.etude.dossier.persistence.reclamation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "reclamation")
class ReclamationEntity {

    @Id
    UUID id;

    @Column(name = "dossier_id", nullable = false)
    UUID dossierId;

    @Column(name = "recue_le", nullable = false)
    LocalDate recueLe;

    @Column(nullable = false)
    String objet;

    @Column(nullable = false)
    LocalDate echeance;

    @Column(nullable = false)
    String statut;

    @Column(name = "accuse_le")
    LocalDate accuseLe;

    @Column(name = "analyse_faite")
    String analyse;

    String reponse;

    @Column(name = "repondu_le")
    LocalDate reponduLe;
}
