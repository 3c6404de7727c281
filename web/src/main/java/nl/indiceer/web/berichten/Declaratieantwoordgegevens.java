package nl.indiceer.web.berichten;

import nl.indiceer.berichten.Declaratieantwoordbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.web.declaratie.Antwoordberichtinuitbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What an outgoing 325 shows on its message's page: the message read into the model (per client, per rejected prestatie
 * with its retourcodes), or that it cannot be shown as a table (larger than the reader's limits), the XML always beside it;
 * and the declaration it answers ('declaratieId', for the link back to its report; null when none).
 */
@Component
class Declaratieantwoordgegevens {

    private final Antwoordberichtinuitbox antwoordberichten;

    /** Without the outbox (the reading alone, as in a unit test): no declaration is named. */
    Declaratieantwoordgegevens() {
        this(null);
    }

    @Autowired
    Declaratieantwoordgegevens(Antwoordberichtinuitbox antwoordberichten) {
        this.antwoordberichten = antwoordberichten;
    }

    void uitgaand(Model model, UitgaandBericht b) {
        boolean is325 = b.soort() != null && b.soort().endsWith("325");
        Declaratieantwoordbericht antwoord = null;
        if (is325) {
            try {
                if (Berichtlezer.lees(b.inhoud()) instanceof Declaratieantwoordbericht d) {
                    antwoord = d;
                }
            } catch (OngeldigBerichtException e) {
                // our own writer made it and checked it: only the reader's size limits refuse it; the XML is still shown
            }
        }
        model.addAttribute("declaratieantwoord", antwoord);
        model.addAttribute("declaratieantwoordOnleesbaar", is325 && antwoord == null);
        model.addAttribute("declaratieId", is325 && antwoordberichten != null ? antwoordberichten.declaratieVan(b.id(), b.gemeentecode()).orElse(null) : null);
    }
}
