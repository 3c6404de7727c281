package nl.indiceer.web.berichten;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.aanvraag.Gezinslid;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Wet;
import nl.indiceer.berichten.toewijzing.Berichtgegevens;
import nl.indiceer.berichten.toewijzing.EerdereToewijzing;
import nl.indiceer.berichten.toewijzing.Nummering;
import nl.indiceer.berichten.toewijzing.Persoon;
import nl.indiceer.berichten.toewijzing.Toewijzingsberichten;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Besluitregel;
import nl.indiceer.regeling.Gezinsproduct;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingGenomen;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * The 301s a decision causes, recorded in the outbox as AANGEMAAKT in the decision's own transaction (so a decision
 * never exists without its messages, nor messages without their decision). Made by the berichten module's
 * {@link Toewijzingsberichten} from the granted lines; what could not become a message is recorded with its reason.
 *
 * <p>What a 301 needs and a request does not hold comes from the application: the client's BSN, name and address from
 * the client record (the name split as "voornamen voorvoegsel achternaam", the house number taken from the street line;
 * the BRP is not consulted, so the sex is 0, onbekend), the ToewijzingNummers of running allocations from
 * {@code toewijzing_bericht}, new numbers from the database ({@link Berichtnummering}). A provider is named by its AGB
 * code in the request (8 digits), as on the command line.
 */
@Component
class ToewijzingsberichtenBijBeschikking {

    private static final Logger LOG = LoggerFactory.getLogger(ToewijzingsberichtenBijBeschikking.class);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    /** "Wijk 1 12", "Dorpsstraat 3a", "Kerkweg 12 bis", "Laan 7-II": street, number, letter, addition. */
    private static final Pattern STRAAT = Pattern.compile("(.*\\S)\\s+([1-9][0-9]{0,4})\\s*([A-Za-z])?(?:[\\s-]+([A-Za-z0-9]{1,4}))?");
    private static final Set<String> VOORVOEGSELS = Set.of("de", "den", "der", "van", "von", "het", "'t", "te", "ten", "ter",
            "in", "op", "la", "le", "du", "da", "di", "del", "vd", "v.d.", "van't", "'s", "aan", "bij", "uit", "voor");

    private final UitboxOpslag opslag;
    private final RegelingenInWerking regelingen;
    private final Berichtinstellingen instellingen;
    private final Audit audit;
    private final ClientOpslag clienten;

    ToewijzingsberichtenBijBeschikking(UitboxOpslag opslag, RegelingenInWerking regelingen, Berichtinstellingen instellingen,
                                       Audit audit, ClientOpslag clienten) {
        this.opslag = opslag;
        this.regelingen = regelingen;
        this.instellingen = instellingen;
        this.audit = audit;
        this.clienten = clienten;
    }

    @EventListener
    public void bijBeschikking(BeschikkingGenomen genomen) {
        Beschikking beschikking = genomen.beschikking();
        String gemeente = beschikking.gemeente();
        long clientId = beschikking.clientId();
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> redenen = new ArrayList<>();

        Set<Integer> toegekend = new HashSet<>();
        beschikking.regels().stream().filter(Besluitregel::toegekend).forEach(r -> toegekend.add(r.regel()));
        Uitkomst alles = genomen.uitkomst();
        List<Regeluitkomst> regels = alles.regels().stream().filter(r -> toegekend.contains(r.index())).toList();
        if (regels.isEmpty()) {
            opslag.voegRedenToe(gemeente, clientId, genomen.id(), "Geen 301: geen enkele regel van deze beschikking is "
                    + "toegekend.", nu);
            return;
        }
        Uitkomst uitkomst = new Uitkomst(alles.toegepast(), alles.peildatum(), alles.gemeente(), alles.client(), regels,
                alles.combinaties(), alles.bevindingen());
        Regeling regeling = regelingen.nu().voor(uitkomst.regio(), uitkomst.geldigVanaf());
        if (regeling == null) {
            opslag.voegRedenToe(gemeente, clientId, genomen.id(), "Geen 301: de regeling van " + uitkomst.regio()
                    + " van " + uitkomst.geldigVanaf() + " is niet meer geladen.", nu);
            return;
        }
        LocalDateTime moment = LocalDateTime.ofInstant(beschikking.moment(), NEDERLAND).withNano(0);
        Map<String, EerdereToewijzing> eerder = opslag.toewijzingen(gemeente, clientId);
        // a family product's children linked to their own client record: each gets its own 301 (002:551-563)
        Map<Long, Client> kinderen = gekoppeldeKinderen(genomen, regels, redenen);
        Map<String, Persoon> gezinsleden = new HashMap<>();
        Map<String, Long> idVanBsn = new HashMap<>();
        idVanBsn.put(genomen.client().bsn(), clientId);
        for (Productregel r : genomen.aanvraag().producten()) {
            for (Gezinslid g : r.gezin()) {
                Client kind = g.clientId() == null ? null : kinderen.get(g.clientId());
                if (kind != null) {
                    gezinsleden.put(g.naam(), persoon(kind, redenen));
                    idVanBsn.put(kind.bsn(), kind.id());
                }
            }
        }
        Map<String, Map<String, EerdereToewijzing>> gezinEerder = new HashMap<>();
        Map<Long, String> idVanNummer = new HashMap<>();
        opslag.gezinstoewijzingen(gemeente, clientId).forEach((toewijzing, perKind) -> perKind.forEach((kindId, e) -> {
            idVanNummer.put(e.nummer(), toewijzing);
            Client kind = kinderen.get(kindId);
            if (kind != null) {
                gezinEerder.computeIfAbsent(toewijzing, k -> new HashMap<>()).put(kind.bsn(), e);
            }
        }));
        Set<Long> nieuw = new HashSet<>();
        Nummering db = new Berichtnummering(opslag.jdbc());
        Nummering nummering = new Nummering() {
            @Override
            public long toewijzingnummer(String g, Wet wet) {
                long n = db.toewijzingnummer(g, wet);
                nieuw.add(n);
                return n;
            }

            @Override
            public String berichtidentificatie(String g) {
                return db.berichtidentificatie(g);
            }
        };
        Beschikkingsoort soort = beschikking.soort() == Beschikkingsoort.EERSTE ? null : beschikking.soort();
        Berichtgegevens gegevens = new Berichtgegevens(gemeente, Map.of(), persoon(genomen.client(), redenen), gezinsleden,
                eerder, soort, moment, nummering, gezinEerder);
        Toewijzingsberichten.Resultaat resultaat;
        try {
            resultaat = Toewijzingsberichten.maak(genomen.aanvraag(), uitkomst, regeling, gegevens);
        } catch (DataAccessException e) {
            throw e; // the database: the decision cannot be stored either, and is tried again or refused
        } catch (RuntimeException e) {
            // a fault in making the message must not undo the decision; it is recorded, never silently nothing
            LOG.error("301 van beschikking {} niet gemaakt: {}", genomen.id(), e.getClass().getName()); // no message: it may hold client data
            opslag.voegRedenToe(gemeente, clientId, genomen.id(), "Geen 301: Indiceer kon het bericht niet maken (interne "
                    + "fout " + e.getClass().getSimpleName() + "); meld dit aan de beheerder.", nu);
            return;
        }
        redenen.addAll(resultaat.redenen());

        eerder.forEach((id, e) -> idVanNummer.put(e.nummer(), id));
        for (Toewijzingsbericht b : resultaat.berichten()) {
            byte[] xml = Berichtschrijver.schrijf(b);
            List<OngeldigBerichtException.Melding> fouten = schemafouten(b, xml);
            if (!fouten.isEmpty()) {
                // what Indiceer writes must meet the schema; a message that does not is never sent, and says so
                redenen.add("Geen " + b.soort() + " voor aanbieder " + b.header().ontvanger() + ": het bericht voldoet "
                        + "niet aan het officiële schema (" + fouten.get(0) + "); dit is een fout in Indiceer.");
                continue;
            }
            long id = opslag.voegToe(gemeente, clientId, genomen.id(), b.soort().name(), b.header().ontvanger(),
                    b.header().identificatie(), xml, nu);
            audit.noteer("BERICHT_AANGEMAAKT", "bericht", id, null);
            Long ontvanger = idVanBsn.get(b.client().bsn());
            for (ToegewezenProduct p : b.producten()) {
                String toewijzing = idVanNummer.get(p.toewijzingNummer());
                if (toewijzing == null && nieuw.contains(p.toewijzingNummer())) {
                    toewijzing = toewijzingVan(beschikking, p, regeling);
                }
                if (toewijzing != null && ontvanger != null) {
                    idVanNummer.put(p.toewijzingNummer(), toewijzing);
                    opslag.legToewijzingVast(gemeente, clientId, ontvanger, toewijzing, b.soort().wet().voorvoegsel(),
                            p.toewijzingNummer(), LocalDateTime.of(p.toewijzingsdatum(), p.toewijzingstijd()));
                }
            }
        }
        for (String r : redenen) {
            opslag.voegRedenToe(gemeente, clientId, genomen.id(), r, nu);
        }
    }

    private List<OngeldigBerichtException.Melding> schemafouten(Toewijzingsbericht b, byte[] xml) {
        if (instellingen.schema() == null || !instellingen.schema().heeftSchema(b.soort())) {
            return List.of();
        }
        try {
            return instellingen.schema().controleer(b.soort(), xml);
        } catch (OngeldigBerichtException e) {
            return e.meldingen();
        }
    }

    /**
     * The timeline id of the decided line a new allocation belongs to: same period, and the line's product or, for a
     * family product, its dummy product (the other children's allocation).
     */
    private static String toewijzingVan(Beschikking beschikking, ToegewezenProduct p, Regeling regeling) {
        for (Besluitregel r : beschikking.regels()) {
            if (r.toegekend() && p.product() != null && (r.productcode().equals(p.product().code())
                    || p.product().code().equals(dummyVan(regeling, r.productcode())))
                    && r.begindatum().equals(p.ingangsdatum()) && r.einddatum().equals(p.einddatum())) {
                return beschikking.soort().verwijstNaarVorige() ? r.toewijzing()
                        : Beschikking.toewijzingsId(beschikking.kenmerk(), r.regel());
            }
        }
        return null;
    }

    private static String dummyVan(Regeling regeling, String productcode) {
        nl.indiceer.regeling.Product product = regeling.product(productcode);
        Gezinsproduct gezin = product == null ? null : product.bijzondereRegels().gezinsproduct();
        return gezin == null ? null : gezin.dummyProduct();
    }

    /**
     * The children of the decided lines' family products that are linked to a client of the decision's municipality.
     * A child not linked, or linked to a client that is no longer there, gets a reason: never silently no 301.
     */
    private Map<Long, Client> gekoppeldeKinderen(BeschikkingGenomen genomen, List<Regeluitkomst> regels,
                                                 List<String> redenen) {
        Map<Long, Client> kinderen = new HashMap<>();
        for (Regeluitkomst uitkomst : regels) {
            Productregel r = genomen.aanvraag().producten().get(uitkomst.index());
            for (Gezinslid g : r.gezin()) {
                boolean isClient = genomen.aanvraag().client() != null
                        && g.naam().equalsIgnoreCase(genomen.aanvraag().client().naam());
                if (g.clientId() == null && isClient) {
                    continue; // the client of the request itself, named as such: its own record gives the BSN
                }
                if (g.clientId() == null) {
                    redenen.add("Regel " + (uitkomst.index() + 1) + " (" + uitkomst.productnaam() + "), gezinsproduct: "
                            + "gezinslid " + g.naam() + " is niet gekoppeld aan een cliënt van deze gemeente (gezin, "
                            + "client_id in de aanvraag). Zonder BSN, naam en adres van het kind krijgt het geen eigen 301.");
                    continue;
                }
                if (g.clientId() == genomen.client().id()) {
                    kinderen.put(g.clientId(), genomen.client());
                    continue;
                }
                Client kind = clienten.metId(g.clientId(), Set.of(genomen.beschikking().gemeente())).orElse(null);
                if (kind == null) {
                    redenen.add("Regel " + (uitkomst.index() + 1) + " (" + uitkomst.productnaam() + "), gezinsproduct: "
                            + "gezinslid " + g.naam() + " is gekoppeld aan een cliënt die niet (meer) in deze gemeente "
                            + "staat; koppel het kind opnieuw.");
                    continue;
                }
                audit.noteer("GEZINSLID_GELEZEN", "client", kind.id(), null);
                kinderen.put(kind.id(), kind);
            }
        }
        return kinderen;
    }

    /** The client as a 301 names it; the address without a house number cannot be used (CD034). */
    static Persoon persoon(Client client, List<String> redenen) {
        String[] delen = client.naam().strip().split("\\s+");
        int achter = delen.length - 1;
        int voorvoegselVan = achter;
        while (voorvoegselVan > 1 && VOORVOEGSELS.contains(delen[voorvoegselVan - 1].toLowerCase(java.util.Locale.ROOT))) {
            voorvoegselVan--;
        }
        String voorvoegsel = voorvoegselVan < achter ? String.join(" ", java.util.Arrays.copyOfRange(delen, voorvoegselVan, achter)) : null;
        StringBuilder voorletters = new StringBuilder();
        for (int i = 0; i < voorvoegselVan && i < achter && voorletters.length() < 6; i++) {
            if (Character.isLetter(delen[i].codePointAt(0))) {
                voorletters.appendCodePoint(Character.toUpperCase(delen[i].codePointAt(0)));
            }
        }
        Naam naam = new Naam(new Achternaam(delen[achter], voorvoegsel), null, null,
                voorletters.isEmpty() ? null : voorletters.toString(), "1");
        return new Persoon(client.bsn(), naam, "0", adres(client.adres(), redenen));
    }

    private static nl.indiceer.berichten.Adres adres(Adres adres, List<String> redenen) {
        if (adres == null) {
            return null;
        }
        Matcher m = STRAAT.matcher(adres.straat().strip());
        if (!m.matches()) {
            redenen.add("Het adres van de cliënt heeft geen huisnummer dat Indiceer kan lezen ('straat huisnummer', "
                    + "zoals 'Dorpsstraat 12a'); een 301 noemt het huisnummer (CD034).");
            return null;
        }
        String postcode = adres.postcode().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        String letter = m.group(3) == null ? null : m.group(3).toUpperCase(java.util.Locale.ROOT);
        return new nl.indiceer.berichten.Adres(m.group(2), letter, m.group(4), null, postcode, m.group(1),
                adres.woonplaats(), "NL");
    }
}
