package nl.indiceer.web.client;

import org.springframework.ui.Model;

/**
 * The slot on the client page ({@code templates/client/client.html}) for what another capability knows about the
 * client, without the client package depending on it. The aanvraag package is meant to implement this as a bean that
 * puts the client's requests into the model as {@code aanvragen}; the page then includes the fragment
 * {@code ~{aanvraag/lijst :: voorClient}} (which that package provides) in its section "Aanvragen". Called only for a
 * client the user may see, after the read is audited; an implementation must scope its own reads all the same.
 */
public interface ClientpaginaAanvulling {

    void vulAan(Client client, Model model);
}
