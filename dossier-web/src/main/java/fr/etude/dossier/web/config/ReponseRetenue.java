package fr.etude.dossier.web.config;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A page held in the response buffer until the request ends. The template engine flushes its writer
 * when a page is written, which sends the response there and then; Spring Session, seeing the
 * response go, saves the session at that moment and reads it again from the database when the
 * request ends. Held until the end, the session is saved once. A page larger than the buffer is still
 * sent as it is written.
 */
final class ReponseRetenue extends HttpServletResponseWrapper {

    private PrintWriter redacteur;

    ReponseRetenue(HttpServletResponse reponse, int tampon) {
        super(reponse);
        reponse.setBufferSize(tampon);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (redacteur == null) {
            redacteur = new PrintWriter(super.getWriter()) {
                @Override
                public void flush() {
                    // Sent when the request ends.
                }
            };
        }
        return redacteur;
    }
}
