package fr.etude.dossier.persistence.paiement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "paiement")
class PaiementEntity {

    @Id
    UUID id;

    @Column(name = "dossier_id", nullable = false)
    UUID dossierId;

    @Column(name = "date_paiement", nullable = false)
    LocalDate datePaiement;

    @Column(nullable = false)
    BigDecimal montant;

    @Column(name = "trop_percu", nullable = false)
    BigDecimal tropPercu;

    @Column(nullable = false)
    String mode;

    @Column(nullable = false)
    String reference;

    @Column(name = "designation_creance_id")
    UUID designationCreanceId;

    @Column(name = "contrepasse_le")
    LocalDate contrepasseLe;

    @Column(name = "motif_contrepassation")
    String motifContrepassation;

    @Column(name = "enregistre_le", nullable = false)
    Instant enregistreLe;

    @Column(name = "enregistre_par")
    UUID enregistrePar;
}
