package fr.etude.dossier.web.erreur;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page a request came from, to offer "reload" on an error page: taken from the Referer only
 * when it is one of ours, and then only its path and query, so that the link leads nowhere else.
 */
final class PageDOrigine {

    private PageDOrigine() {
    }

    /** @return the path and query of the page, or null when the Referer is absent or foreign */
    static String de(HttpServletRequest requete) {
        String referer = requete.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI page = new URI(referer);
            boolean memeOrigine = requete.getScheme().equalsIgnoreCase(page.getScheme())
                    && requete.getServerName().equalsIgnoreCase(page.getHost())
                    && requete.getServerPort() == port(page);
            String chemin = page.getRawPath();
            if (!memeOrigine || chemin == null || !chemin.startsWith(requete.getContextPath() + "/")) {
                return null;
            }
            return page.getRawQuery() == null ? chemin : chemin + "?" + page.getRawQuery();
        } catch (URISyntaxException illisible) {
            return null;
        }
    }

    private static int port(URI page) {
        if (page.getPort() != -1) {
            return page.getPort();
        }
        return "https".equalsIgnoreCase(page.getScheme()) ? 443 : 80;
    }
}
