package fr.etude.dossier.core.contact;

/** The rules of lawful contact, each with the French words the clerk reads when it blocks him. */
public enum RegleDeContact {
    HORAIRES("Horaires d'appel et de visite"),
    JOUR_DE_REPOS("Jour sans appel ni visite"),
    JOUR_FERIE("Jour férié"),
    PLAFOND_D_APPELS("Nombre de tentatives d'appel"),
    REPOS_APRES_ECHANGE("Délai après un échange"),
    COURRIER_REPETE("Même courrier trop rapproché"),
    TIERS_SANS_BASE_LEGALE("Contact d'un tiers"),
    DOSSIER_BLOQUE("Dossier bloqué");

    private final String intitule;

    RegleDeContact(String intitule) {
        this.intitule = intitule;
    }

    public String intitule() {
        return intitule;
    }
}
