package nl.indiceer.berichten;

import java.util.List;
import java.util.Objects;

/**
 * The 317: a provider asks to change its allocations for a client (verzoek om wijziging), as a whole: which stay, which
 * change and which are new.
 *
 * @param redenVerzoek WJ758: 1 verandering cliëntsituatie, 2 wijziging zorgplan
 */
public record Wijzigingsverzoek(Header header, String bsn, String referentieAanbieder, String redenVerzoek,
                                List<Long> ongewijzigd, List<TeWijzigenProduct> teWijzigen,
                                List<NieuwProduct> nieuw) implements Bericht {

    public Wijzigingsverzoek {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(bsn, "bsn");
        ongewijzigd = List.copyOf(ongewijzigd);
        teWijzigen = List.copyOf(teWijzigen);
        nieuw = List.copyOf(nieuw);
    }
}
