package nl.indiceer.web.beschikking;

import java.time.LocalDate;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.web.aanvraag.ToewijzingenUitBesluiten;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Component;

/** The request form's allocations from the stored decisions ({@link BeschikkingDienst#voorAanvraag}). */
@Component
public class ToewijzingenUitBeschikkingen implements ToewijzingenUitBesluiten {

    private final BeschikkingDienst dienst;

    public ToewijzingenUitBeschikkingen(BeschikkingDienst dienst) {
        this.dienst = dienst;
    }

    @Override
    public List<LopendeToewijzing> voorAanvraag(Medewerker wie, long clientId, LocalDate peildatum) {
        return dienst.voorAanvraag(wie, clientId, peildatum);
    }
}
