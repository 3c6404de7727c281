package nl.indiceer.berichten;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The 325: the municipality's answer to a provider's 323 (IV087). Approved prestaties are not repeated; a rejected one
 * stands under its client with its retourcodes (WJ001). Amounts are in eurocents, as in the message.
 *
 * @param declaratieIdentificatie the BerichtIdentificatie of the 323 it answers
 * @param declaratieDagtekening   that 323's Dagtekening
 * @param xsltVersie              optional; null when absent
 * @param xsdVersieDeclaratie     the XSD versions the 323 was built with
 * @param retourcodes             the header's codes (0200: the message as a whole is in order)
 * @param antwoord                the answer on the declaration; null when the 325 has none (the XSD allows that)
 */
public record Declaratieantwoordbericht(Header header, String declaratieIdentificatie, LocalDate declaratieDagtekening,
                                        String xsltVersie, Header.XsdVersie xsdVersieDeclaratie, List<String> retourcodes,
                                        Antwoord antwoord) implements Bericht {

    public Declaratieantwoordbericht {
        Objects.requireNonNull(header, "header");
        retourcodes = List.copyOf(retourcodes);
    }

    /** An amount in eurocents with its direction: D (debet) or C (credit), COD043. */
    public record Bedrag(long eurocent, String debetCredit) {

        public boolean isCredit() {
            return "C".equals(debetCredit);
        }
    }

    /**
     * @param clienten    the clients with rejected prestaties; empty when everything was approved (code 8001)
     * @param retourcodes the codes on the answer as a whole
     */
    public record Antwoord(String declaratieNummer, Bedrag totaalIngediend, Bedrag totaalToegekend, List<Client> clienten,
                           List<String> retourcodes) {

        public Antwoord {
            clienten = List.copyOf(clienten);
            retourcodes = List.copyOf(retourcodes);
        }
    }

    public record Client(String bsn, List<Prestatie> prestaties, List<String> retourcodes) {

        public Client {
            prestaties = List.copyOf(prestaties);
            retourcodes = List.copyOf(retourcodes);
        }
    }

    /**
     * A rejected prestatie as the 323 had it, with the codes that say why.
     *
     * @param vorigReferentieNummer null when absent
     * @param productTarief         eurocents; null when absent
     */
    public record Prestatie(String referentieNummer, String vorigReferentieNummer, long toewijzingNummer,
                            String productCategorie, String productCode, LocalDate begindatum, LocalDate einddatum,
                            long geleverdVolume, String eenheid, Long productTarief, Bedrag ingediendBedrag,
                            List<String> retourcodes) {

        public Prestatie {
            retourcodes = List.copyOf(retourcodes);
        }
    }

    /** Every rejected prestatie, client by client in the order of the message. */
    public List<Prestatie> prestaties() {
        return antwoord == null ? List.of() : antwoord.clienten().stream().flatMap(c -> c.prestaties().stream()).toList();
    }
}
