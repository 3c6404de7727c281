package nl.indiceer.web.berichten;

import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the message pages show about answers: on an incoming request the messages that answer it (319s, the 301s of the
 * decision on its request) and whether it can still be refused; on an outgoing message the codes of its retour.
 */
@Component
class Antwoordgegevens {

    private final AntwoordDienst antwoorden;
    private final UitboxOpslag uitbox;

    Antwoordgegevens(AntwoordDienst antwoorden, UitboxOpslag uitbox) {
        this.antwoorden = antwoorden;
        this.uitbox = uitbox;
    }

    /** The form's values are kept as typed when {@code afwijzing} is given (after an error). */
    void inkomend(Model model, InkomendBericht b, Medewerker wie, AntwoordDienst.Afwijzing afwijzing, String fout) {
        model.addAttribute("antwoorden", uitbox.antwoordenOp(b.id(), wie.gemeenten()));
        boolean teBeantwoorden = antwoorden.teBeantwoorden(b);
        model.addAttribute("teBeantwoorden", teBeantwoorden);
        model.addAttribute("open", teBeantwoorden ? antwoorden.open(b) : java.util.List.of());
        model.addAttribute("redenen", AntwoordDienst.redenen());
        model.addAttribute("jeugdwet", b.soort() != null && b.soort().startsWith("JW"));
        model.addAttribute("afwijzing", afwijzing == null ? new AntwoordDienst.Afwijzing("", "", "") : afwijzing);
        model.addAttribute("afwijzingsfout", fout);
    }

    void uitgaand(Model model, UitgaandBericht b) {
        model.addAttribute("retourcodes", uitbox.retourcodes(b.id()));
    }
}
