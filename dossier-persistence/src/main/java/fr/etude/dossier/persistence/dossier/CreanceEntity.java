package fr.etude.dossier.persistence.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "creance")
class CreanceEntity {

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id")
    DossierEntity dossier;

    @Column(nullable = false)
    short rang;

    @Column(name = "reference_creancier", nullable = false)
    String referenceCreancier;

    @Column(nullable = false)
    BigDecimal principal;

    @Column(nullable = false)
    LocalDate exigibilite;

    @Column(nullable = false)
    String nature;

    @Column(name = "mise_en_demeure")
    LocalDate miseEnDemeure;

    @Column(name = "taux_contractuel")
    BigDecimal tauxContractuel;

    @Column(name = "clause_penale")
    BigDecimal clausePenale;

    @Column(nullable = false)
    boolean capitalisation;

    @Column(name = "titre_type")
    String titreType;

    @Column(name = "titre_juridiction")
    String titreJuridiction;

    @Column(name = "titre_date")
    LocalDate titreDate;

    @Column(name = "titre_signification")
    LocalDate titreSignification;
}
