package nl.indiceer.web.berichten;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.StartProduct;
import nl.indiceer.berichten.Startbericht;
import nl.indiceer.berichten.StopProduct;
import nl.indiceer.berichten.Stopbericht;
import nl.indiceer.berichten.Toewijzingsverzoek;
import nl.indiceer.berichten.Wijzigingsverzoek;
import nl.indiceer.berichten.xml.Berichtcontrole;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.berichten.xml.Retourlezer;
import java.util.HashMap;
import java.util.Map;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Verlenging;
import nl.indiceer.web.aanvraag.ToewijzingenUitBesluiten;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * Receiving a provider's message (315, 317, 305, 307), for the API and the pages alike. Checked as a whole by
 * {@link Berichtcontrole} (structure, the official XSD when configured, the standard's rules); then, in one
 * transaction with storing the message, what it means:
 * <ul>
 * <li>a rejected message is stored AFGEKEURD with every reason and the line of the first, and nothing else;</li>
 * <li>a 315 becomes a draft request (CONCEPT) for the client with that BSN in the receiving municipality, computed by
 *     the engine like any request; an unknown client: TE_BEHANDELEN with the reason; a product the municipality does not
 *     buy is refused at once with a 319 ({@link Inkoopcontrole}, {@link AntwoordDienst}); the woonplaatsbeginsel is
 *     flagged ({@code controle}), never refused;</li>
 * <li>a 317 becomes one draft change request, judged as a whole by the consultant ({@link Wijzigingsverzoekaanvraag});
 *     an unknown client or allocation: TE_BEHANDELEN with the reason;</li>
 * <li>a retour message (JW302, JW320) is matched to the outgoing message it answers ({@link Retourontvangst});</li>
 * <li>a 305 or 307 is registered against the allocation its ToewijzingNummer names (VERWERKT) and shown on the client
 *     page; a number this municipality never sent, or of another client: TE_BEHANDELEN.</li>
 * </ul>
 * The receiving municipality is the header's Ontvanger when it is one of the user's; a message that cannot be read is
 * stored under the municipality the user names (or their only one). Audited: {@code BERICHT_ONTVANGEN} or
 * {@code BERICHT_AFGEKEURD}, {@code BERICHT_GELEZEN}, {@code BERICHT_NIET_GEVONDEN}, {@code INKOMEND_LIJST}.
 */
@Service
public class InkomendeBerichtenDienst {

    public static final String AFGEKEURD = "AFGEKEURD";
    public static final String TE_BEHANDELEN = "TE_BEHANDELEN";
    public static final String VERWERKT = "VERWERKT";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** What receiving gave: the stored message and, for a rejected one, every reason with its line. */
    public record Ontvangst(InkomendBericht bericht, List<OngeldigBerichtException.Melding> meldingen) {
    }

    private final InkomendeBerichtenOpslag opslag;
    private final UitboxOpslag uitbox;
    private final ClientOpslag clienten;
    private final AanvraagDienst aanvragen;
    private final RegelingenInWerking regelingen;
    private final Berichtinstellingen instellingen;
    private final Audit audit;
    private final TransactionTemplate transactie;
    private final Inkoopcontrole inkoop;
    private final AntwoordDienst antwoorden;
    private final Retourontvangst retouren;
    private final ToewijzingenUitBesluiten toewijzingen;

    public InkomendeBerichtenDienst(InkomendeBerichtenOpslag opslag, UitboxOpslag uitbox, ClientOpslag clienten,
                                    AanvraagDienst aanvragen, RegelingenInWerking regelingen, Berichtinstellingen instellingen,
                                    Audit audit, TransactionTemplate transactie, Inkoopcontrole inkoop,
                                    AntwoordDienst antwoorden, Retourontvangst retouren,
                                    ToewijzingenUitBesluiten toewijzingen) {
        this.inkoop = inkoop;
        this.antwoorden = antwoorden;
        this.retouren = retouren;
        this.toewijzingen = toewijzingen;
        this.opslag = opslag;
        this.uitbox = uitbox;
        this.clienten = clienten;
        this.aanvragen = aanvragen;
        this.regelingen = regelingen;
        this.instellingen = instellingen;
        this.audit = audit;
        this.transactie = transactie;
    }

    /** @param gemeente the municipality the user receives for; null: the header's Ontvanger, else the user's only one */
    public Ontvangst ontvang(Medewerker wie, String gemeente, byte[] inhoud) {
        if (gemeente != null && !wie.gemeenten().contains(gemeente)) {
            throw new Probleem(HttpStatus.NOT_FOUND, "GEMEENTE_ONBEKEND", "Gemeente niet gevonden",
                    "u werkt niet voor een gemeente met deze code");
        }
        if (Retourlezer.isRetour(inhoud)) {
            return retouren.ontvang(wie, gemeente, inhoud, OffsetDateTime.now(ZoneOffset.UTC));
        }
        Berichtcontrole.Uitslag uitslag = new Berichtcontrole(instellingen.schema()).controleer(inhoud);
        Bericht b = uitslag.bericht();
        String ontvanger = b == null ? null : b.header().ontvanger();
        String voor = gemeente != null ? gemeente
                : ontvanger != null && wie.gemeenten().contains(ontvanger) ? ontvanger
                : wie.gemeenten().size() == 1 ? wie.gemeenten().iterator().next() : null;
        if (voor == null) {
            throw new Probleem(HttpStatus.UNPROCESSABLE_CONTENT, "GEMEENTE_ONTBREEKT", "Gemeente ontbreekt",
                    "u werkt voor meer gemeenten en het bericht noemt geen van die als ontvanger; kies de gemeente");
        }
        List<OngeldigBerichtException.Melding> meldingen = new ArrayList<>(uitslag.meldingen());
        if (b != null && meldingen.isEmpty()) {
            if (b.soort().richting() != Berichtsoort.Richting.AANBIEDER_NAAR_GEMEENTE) {
                meldingen.add(new OngeldigBerichtException.Melding(1, "RICHTING", "een " + b.soort() + " stuurt de gemeente "
                        + "zelf; hier komen alleen berichten van aanbieders binnen (315, 317, 305, 307)"));
            } else if (!voor.equals(ontvanger)) {
                meldingen.add(new OngeldigBerichtException.Melding(1, "ONTVANGER", "het bericht is voor gemeente "
                        + ontvanger + ", niet voor " + voor));
            }
        }
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        String door = wie.gebruikersnaam();
        String gekozen = voor;
        InkomendBericht opgeslagen = transactie.execute(s -> {
            long id;
            if (!meldingen.isEmpty()) {
                String reden = meldingen.stream().map(m -> (m.regel() > 0 ? "regel " + m.regel() + ": " : "") + m.tekst())
                        .collect(Collectors.joining("; "));
                id = opslag.voegToe(gekozen, b == null ? null : b.soort().name(), b == null ? null : b.header().afzender(),
                        b == null ? null : b.header().identificatie(), inhoud, AFGEKEURD, reden, meldingen.get(0).regel(),
                        null, null, null, null, nu, door);
                audit.noteer("BERICHT_AFGEKEURD", "inkomend_bericht", id, null);
            } else {
                id = verwerk(wie, gekozen, b, inhoud, nu);
                audit.noteer("BERICHT_ONTVANGEN", "inkomend_bericht", id, null);
            }
            return opslag.metId(id, Set.of(gekozen)).orElseThrow();
        });
        return new Ontvangst(opgeslagen, meldingen);
    }

    private long verwerk(Medewerker wie, String gemeente, Bericht b, byte[] inhoud, OffsetDateTime nu) {
        String soort = b.soort().name();
        String afzender = b.header().afzender();
        String ident = b.header().identificatie();
        String door = wie.gebruikersnaam();
        if (b instanceof Toewijzingsverzoek v) {
            return verzoekOmToewijzing(wie, gemeente, v, inhoud, nu);
        }
        if (b instanceof Wijzigingsverzoek w) {
            return verzoekOmWijziging(wie, gemeente, w, inhoud, nu);
        }
        if (b instanceof Startbericht s) {
                StartProduct p = s.producten().get(0);
                return registreer(gemeente, b, s.client().bsn(), p.toewijzingNummer(), p.begindatum(), inhoud, nu, door);
        }
        if (b instanceof Stopbericht s) {
                StopProduct p = s.producten().get(0);
                return registreer(gemeente, b, s.client().bsn(), p.toewijzingNummer(), p.einddatum(), inhoud, nu, door);
        }
        throw new IllegalStateException("richting al gecontroleerd: " + soort);
    }

    /**
     * A 315: products this municipality does not buy are refused at once with a 319 (reason 3, geen contract); the others
     * become one draft request. The woonplaatsbeginsel is flagged for the consultant, never refused automatically.
     */
    private long verzoekOmToewijzing(Medewerker wie, String gemeente, Toewijzingsverzoek v, byte[] inhoud, OffsetDateTime nu) {
        String soort = v.soort().name();
        String afzender = v.header().afzender();
        String ident = v.header().identificatie();
        String door = wie.gebruikersnaam();
        Client client = client(gemeente, v.client().bsn());
        List<AangevraagdProduct> niet = inkoop.nietIngekocht(gemeente, v);
        List<AangevraagdProduct> wel = v.producten().stream().filter(p -> !niet.contains(p)).toList();
        long id;
        if (wel.isEmpty()) {
            id = opslag.voegToe(gemeente, soort, afzender, ident, inhoud, TE_BEHANDELEN, "Deze gemeente koopt het gevraagde "
                    + "product niet in; afgewezen met een 319 (reden 3, geen contract).", null,
                    client == null ? null : client.id(), null, null, null, nu, door);
        } else if (client == null) {
            id = opslag.voegToe(gemeente, soort, afzender, ident, inhoud, TE_BEHANDELEN, "Er is geen cliënt met "
                    + "dit BSN in deze gemeente; leg de cliënt vast en maak de aanvraag met de hand.", null, null,
                    null, null, null, nu, door);
        } else {
            Toewijzingsverzoek gevraagd = niet.isEmpty() ? v
                    : new Toewijzingsverzoek(v.header(), v.client(), v.gezagsdragerBekend(), v.commentaar(), wel);
            long aanvraag = aanvragen.maak(wie, client.id(), invoer(gevraagd, gemeente, client), Aanvraagstatus.CONCEPT).id();
            id = opslag.voegToe(gemeente, soort, afzender, ident, inhoud, VERWERKT, null, null, client.id(), aanvraag,
                    null, null, nu, door);
        }
        opslag.zetControle(id, inkoop.woonplaats(gemeente, client));
        if (!niet.isEmpty()) {
            InkomendBericht opgeslagen = opslag.metId(id, Set.of(gemeente)).orElseThrow();
            for (AangevraagdProduct p : niet) {
                antwoorden.beantwoord(opgeslagen, new AntwoordDienst.Afwijzing(AntwoordDienst.GEEN_CONTRACT,
                        p.referentieAanbieder(), null));
                opgeslagen = opslag.metId(id, Set.of(gemeente)).orElseThrow();
            }
        }
        return id;
    }

    /**
     * A 317 becomes one draft change request, judged as a whole by the consultant (Wijzigingsverzoekaanvraag); where
     * that is not possible (an unknown client or allocation) it waits TE_BEHANDELEN with the reason.
     */
    private long verzoekOmWijziging(Medewerker wie, String gemeente, Wijzigingsverzoek w, byte[] inhoud, OffsetDateTime nu) {
        String soort = w.soort().name();
        String afzender = w.header().afzender();
        String ident = w.header().identificatie();
        String door = wie.gebruikersnaam();
        Client client = client(gemeente, w.bsn());
        if (client == null) {
            return opslag.voegToe(gemeente, soort, afzender, ident, inhoud, TE_BEHANDELEN,
                    "Er is geen cliënt met dit BSN in deze gemeente.", null, null, null, null, null, nu, door);
        }
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        Map<String, LopendeToewijzing> opId = new HashMap<>();
        toewijzingen.voorAanvraag(wie, client.id(), vandaag).forEach(l -> opId.put(l.id(), l));
        Map<Long, LopendeToewijzing> lopend = new HashMap<>();
        List<Long> nummers = new ArrayList<>(w.ongewijzigd());
        w.teWijzigen().forEach(p -> nummers.add(p.toewijzingNummer()));
        for (long nummer : nummers) {
            uitbox.jdbc().sql("select toewijzing from toewijzing_bericht where gemeentecode = ? and wet = ? and nummer = ? "
                            + "and client_id = ?").params(gemeente, w.soort().wet().voorvoegsel(), nummer, client.id())
                    .query(String.class).optional().map(opId::get).ifPresent(l -> lopend.put(nummer, l));
        }
        Regeling regeling = inkoop.regeling(gemeente, w.soort().wet(), vandaag);
        Verlenging regel = null;
        if (regeling != null) {
            regel = regeling.verlenging();
            if (w.teWijzigen().size() == 1 && lopend.get(w.teWijzigen().get(0).toewijzingNummer()) != null) {
                Product product = regeling.product(lopend.get(w.teWijzigen().get(0).toewijzingNummer()).product());
                if (product != null && product.bijzondereRegels().verlenging() != null) {
                    regel = product.bijzondereRegels().verlenging();
                }
            }
        }
        Gemeente g = regeling == null ? null : regeling.gemeente(gemeente);
        var uitkomst = Wijzigingsverzoekaanvraag.maak(w, regeling == null ? null : regeling.regio(),
                g == null ? null : g.naam(), client.geboortedatum(), lopend, regel, vandaag);
        if (uitkomst.invoer() == null) {
            return opslag.voegToe(gemeente, soort, afzender, ident, inhoud, TE_BEHANDELEN, uitkomst.reden(), null,
                    client.id(), null, null, null, nu, door);
        }
        long aanvraag = aanvragen.maak(wie, client.id(), uitkomst.invoer(), Aanvraagstatus.CONCEPT).id();
        return opslag.voegToe(gemeente, soort, afzender, ident, inhoud, VERWERKT, uitkomst.verlenging()
                        ? "Verzoek om alleen een nieuwe einddatum: beoordeeld als verlenging volgens de regeling." : null,
                null, client.id(), aanvraag, null, null, nu, door);
    }

    /** A 305/307 against the allocation it names: the number must be one this municipality sent, for this client. */
    private long registreer(String gemeente, Bericht b, String bsn, Long nummer, LocalDate datum, byte[] inhoud,
                            OffsetDateTime nu, String door) {
        Long clientId = nummer == null ? null
                : uitbox.clientMetNummer(gemeente, b.soort().wet().voorvoegsel(), nummer).orElse(null);
        Client client = clientId == null ? null : clienten.metId(clientId, Set.of(gemeente)).orElse(null);
        String reden = null;
        if (client == null) {
            reden = nummer == null ? "Het bericht noemt geen ToewijzingNummer; zoek de toewijzing met de hand."
                    : "ToewijzingNummer " + nummer + " is niet door deze gemeente verstuurd.";
        } else if (!client.bsn().equals(bsn)) {
            reden = "ToewijzingNummer " + nummer + " hoort bij een andere cliënt dan het BSN in het bericht.";
            client = null;
        }
        return opslag.voegToe(gemeente, b.soort().name(), b.header().afzender(), b.header().identificatie(), inhoud,
                reden == null ? VERWERKT : TE_BEHANDELEN, reden, null, client == null ? null : client.id(), null,
                nummer, datum, nu, door);
    }

    private Client client(String gemeente, String bsn) {
        List<Client> gevonden = clienten.zoek(new ClientOpslag.Zoekvraag(bsn, null, null), Set.of(gemeente), 0, 1);
        return gevonden.isEmpty() ? null : gevonden.get(0);
    }

    /** The 315 as a request (docs/aanvraag-formaat.md): what the provider asks, for the consultant to check and decide. */
    private String invoer(Toewijzingsverzoek v, String gemeente, Client client) {
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        LocalDate peildatum = v.producten().stream().map(AangevraagdProduct::toewijzingIngangsdatum)
                .filter(d -> d != null).min(LocalDate::compareTo).orElse(vandaag);
        ObjectNode a = JSON.createObjectNode();
        String regio = null;
        String naam = null;
        for (String r : regelingen.nu().regios()) {
            Regeling regeling = regelingen.nu().voor(r, peildatum);
            Gemeente g = regeling == null ? null : regeling.gemeente(gemeente);
            if (g != null) {
                regio = r;
                naam = g.naam();
            }
        }
        if (regio != null) {
            a.put("regio", regio);
        }
        a.put("peildatum", peildatum.toString());
        if (naam != null) {
            a.put("gemeente", naam);
        }
        a.putObject("client").put("geboortedatum", client.geboortedatum().toString());
        ArrayNode producten = a.putArray("producten");
        for (AangevraagdProduct p : v.producten()) {
            ObjectNode r = producten.addObject();
            if (p.product() != null) {
                r.put("product", p.product().code());
            }
            r.put("aanbieder", v.header().afzender());
            r.put("financiering", "ZIN");
            if (p.toewijzingIngangsdatum() != null) {
                r.put("begindatum", p.toewijzingIngangsdatum().toString());
            }
            if (p.toewijzingEinddatum() != null) {
                r.put("einddatum", p.toewijzingEinddatum().toString());
            }
            r.put("motivering", "Gevraagd door aanbieder " + v.header().afzender() + " (" + v.soort() + " "
                    + v.header().identificatie() + ").");
            if (p.referentieAanbieder() != null) {
                // the 301 that grants this product names the provider's reference of it (TR379)
                r.put("referentie_aanbieder", p.referentieAanbieder());
            }
            post(r, p.omvang());
        }
        return a.toString();
    }

    /** The asked volume as one post, where it is in minutes or hours per week, month or in total. */
    static void post(ObjectNode regel, Omvang o) {
        if (o == null) {
            return;
        }
        String duur = switch (o.eenheid()) {
            case "01" -> "minuten";
            case "04" -> "uren";
            default -> null;
        };
        String per = switch (o.frequentie()) {
            case Omvang.PER_WEEK -> "week";
            case Omvang.PER_MAAND -> "maand";
            case Omvang.TOTAAL -> "totaal";
            default -> null;
        };
        if (duur == null || per == null) {
            return; // another unit (etmaal, dagdeel, euro): the consultant enters the volume
        }
        regel.put("periode", per.equals("totaal") ? "TOTAAL" : per.toUpperCase(java.util.Locale.ROOT));
        ObjectNode post = regel.putArray("posten").addObject();
        post.put("omschrijving", "gevraagd door de aanbieder");
        post.put(duur, o.volume());
        post.put("per", per);
    }

    public List<InkomendBericht> lijst(Medewerker wie) {
        List<InkomendBericht> lijst = opslag.lijst(wie.gemeenten(), UitboxDienst.LIJST_MAXIMUM);
        audit.noteer("INKOMEND_LIJST", "inkomend_bericht", null, lijst.size());
        return lijst;
    }

    public InkomendBericht lees(Medewerker wie, long id) {
        var b = opslag.metId(id, wie.gemeenten());
        audit.noteer(b.isPresent() ? "BERICHT_GELEZEN" : "BERICHT_NIET_GEVONDEN", "inkomend_bericht", id, null);
        return b.orElseThrow(UitboxDienst::nietGevonden);
    }
}
