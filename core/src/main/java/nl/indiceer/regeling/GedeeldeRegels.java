package nl.indiceer.regeling;

import java.util.List;

/**
 * The rules that look beyond one line at one moment: a maximum per period of months (for one product or
 * several together), a ratio between products, and the duration of several products together.
 */
public record GedeeldeRegels(List<Periodelimiet> periodelimieten, List<Verhouding> verhoudingen,
                             List<GezamenlijkeDuur> gezamenlijkeDuur) {

    public static final GedeeldeRegels GEEN = new GedeeldeRegels(List.of(), List.of(), List.of());

    public GedeeldeRegels {
        periodelimieten = Onveranderlijk.lijst(periodelimieten);
        verhoudingen = Onveranderlijk.lijst(verhoudingen);
        gezamenlijkeDuur = Onveranderlijk.lijst(gezamenlijkeDuur);
    }

    public boolean isLeeg() {
        return periodelimieten.isEmpty() && verhoudingen.isEmpty() && gezamenlijkeDuur.isEmpty();
    }
}
