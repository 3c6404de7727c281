package nl.indiceer.web.voorbeeld;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.berichten.UitboxOpslag;
import nl.indiceer.web.berichten.UitgaandBericht;
import nl.indiceer.web.beschikking.BeschikkingDienst;
import nl.indiceer.web.beschikking.Besluitverzoek;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.declaratie.Declaratie;
import nl.indiceer.web.declaratie.DeclaratieDienst;
import nl.indiceer.web.declaratie.Declaratieantwoord;
import nl.indiceer.web.declaratie.Declaratiestatus;
import nl.indiceer.web.gemeente.Gemeente;
import nl.indiceer.web.gemeente.Gemeenteregister;
import nl.indiceer.web.regeling.RegelingenInWerking;
import nl.indiceer.web.sturing.Kleinecellen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an EMPTY installation with example data, the same for the same seed, so that anyone can repeat the steering
 * figures (docs/sturing.md): {@code indiceer.voorbeeldgegevens.clienten=N} clients (fictitious, {@link
 * Voorbeeldpersonen}) spread over seeded municipalities of the regions of the request templates
 * ({@code docs/voorbeelden}), at least {@link Kleinecellen#MINIMUM} per municipality, each with a request made from a template and decided through the application's own
 * services, so that the outbox writes the 301s as for any decision; then 323s for the allocations those 301s really
 * sent ({@link Voorbeelddeclaraties}), received by the declarations service and their 325s approved. Everything runs
 * as the system user {@value #GEBRUIKER}, which the audit trail names.
 *
 * <p>Never against a database that has a client: example data mixed with real files would make the figures wrong
 * and could be taken for real. Logs counts only, never a BSN or a name.
 */
@Component
public class Voorbeeldgegevens {

    static final String GEBRUIKER = "voorbeeldgegevens";
    private static final Logger LOG = LoggerFactory.getLogger(Voorbeeldgegevens.class);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    /** Fictitious providers (8-digit AGB codes that start with 9: no real AGB code is taken). */
    private static final List<String> AANBIEDERS = List.of("98000001", "98000002", "98000003");

    /** What a run made, for the log and the tests. */
    public record Verslag(List<String> gemeenten, int clienten, int beschikkingen, int berichten301, int overgeslagen,
                          int declaraties, int prestaties, int teVeel, int zonderTarief) {
    }

    private final int aantal;
    private final long zaad;
    private final Path sjablonen;
    private final List<String> namen;
    private final JdbcClient jdbc;
    private final ClientOpslag clienten;
    private final AanvraagDienst aanvragen;
    private final BeschikkingDienst beschikkingen;
    private final UitboxOpslag uitbox;
    private final DeclaratieDienst declaraties;
    private final Declaratieantwoord antwoord;
    private final Gemeenteregister gemeenten;
    private final RegelingenInWerking regelingen;
    private final TransactionTemplate transactie;
    private final ObjectMapper json = new ObjectMapper();

    public Voorbeeldgegevens(@Value("${indiceer.voorbeeldgegevens.clienten:0}") int aantal,
                             @Value("${indiceer.voorbeeldgegevens.zaad:20261202}") long zaad,
                             @Value("${indiceer.voorbeeldgegevens.sjablonen:docs/voorbeelden}") Path sjablonen,
                             @Value("${indiceer.voorbeeldgegevens.aanvragen}") List<String> namen,
                             JdbcClient jdbc, ClientOpslag clienten, AanvraagDienst aanvragen,
                             BeschikkingDienst beschikkingen, UitboxOpslag uitbox, DeclaratieDienst declaraties,
                             Declaratieantwoord antwoord, Gemeenteregister gemeenten, RegelingenInWerking regelingen,
                             TransactionTemplate transactie) {
        this.aantal = aantal;
        this.zaad = zaad;
        this.sjablonen = sjablonen;
        this.namen = List.copyOf(namen);
        this.jdbc = jdbc;
        this.clienten = clienten;
        this.aanvragen = aanvragen;
        this.beschikkingen = beschikkingen;
        this.uitbox = uitbox;
        this.declaraties = declaraties;
        this.antwoord = antwoord;
        this.gemeenten = gemeenten;
        this.regelingen = regelingen;
        this.transactie = transactie;
    }

    // after the outbox's own start (which writes what a crash left behind)
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    public void bijStart() {
        if (aantal <= 0) {
            return;
        }
        long bestaand = jdbc.sql("select count(*) from client").query(Long.class).single();
        if (bestaand > 0) {
            LOG.info("Voorbeeldgegevens niet gemaakt: de database heeft al {} cliënten", bestaand);
            return;
        }
        var vorige = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(GEBRUIKER,
                null, List.of(new SimpleGrantedAuthority("ROLE_BACKOFFICE"))));
        try {
            Verslag v = vul();
            LOG.info("Voorbeeldgegevens (zaad {}, gemeenten {}): {} cliënten, {} beschikkingen, {} 301's, {} overgeslagen, {} 323's met {} "
                            + "prestaties ({} bewust te veel, {} toewijzingen zonder tarief)", zaad, v.gemeenten(), v.clienten(),
                    v.beschikkingen(), v.berichten301(), v.overgeslagen(), v.declaraties(), v.prestaties(), v.teVeel(),
                    v.zonderTarief());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(vorige);
        }
    }

    private record Sjabloon(String naam, ObjectNode invoer, String regio, List<String> gemeenten) {
    }

    Verslag vul() {
        Random rnd = new Random(zaad);
        Voorbeeldpersonen personen = new Voorbeeldpersonen(rnd);
        List<Sjabloon> sjablonenLijst = sjablonen();
        Set<String> alle = new java.util.TreeSet<>();
        sjablonenLijst.forEach(s -> alle.addAll(s.gemeenten()));
        Medewerker wie = new Medewerker(GEBRUIKER, alle);
        // At least MINIMUM clients per municipality used: below that the steering pages suppress every cell
        // (Kleinecellen), and the figures could not be seen, let alone repeated. So N clients go round-robin to
        // N / MINIMUM municipalities (at least one), drawn by the seed.
        List<String> gekozen = new ArrayList<>(alle);
        java.util.Collections.shuffle(gekozen, rnd);
        gekozen = gekozen.subList(0, Math.max(1, Math.min(gekozen.size(), aantal / Kleinecellen.MINIMUM)));
        List<Toewijzingsbericht> verstuurd = new ArrayList<>();
        int gemaakt = 0;
        int besloten = 0;
        int overgeslagen = 0;
        for (int i = 0; i < aantal; i++) {
            String gemeente = gekozen.get(i % gekozen.size());
            List<Sjabloon> passend = sjablonenLijst.stream().filter(t -> t.gemeenten().contains(gemeente)).toList();
            Sjabloon s = passend.get(rnd.nextInt(passend.size()));
            String aanbieder = AANBIEDERS.get(rnd.nextInt(AANBIEDERS.size()));
            ObjectNode invoer = s.invoer().deepCopy();
            invoer.put("gemeente", gemeente);
            for (JsonNode p : invoer.withArray("producten")) {
                ((ObjectNode) p).put("aanbieder", aanbieder);
            }
            LocalDate geboren = LocalDate.parse(invoer.path("client").path("geboortedatum").asText("2012-01-01"));
            String woonplaats = gemeenten.naamVan(gemeente).orElse(gemeente);
            String bsn = personen.bsn();
            String naam = personen.naam();
            Adres adres = new Adres("Voorbeeldstraat " + (1 + rnd.nextInt(200)), "5900 AA", woonplaats);
            Long beschikking;
            try {
                // client, request and decision in one transaction: a template that cannot be decided leaves nothing
                // behind (the outbox writes the 301s after its commit, as for any decision)
                beschikking = transactie.execute(st -> {
                    long client = clienten.voegToe(bsn, naam, geboren, gemeente, adres);
                    long aanvraag = aanvragen.maak(wie, client, invoer.toString(), Aanvraagstatus.INGEDIEND).id();
                    Map<Integer, Regelkeuze> keuzes = new java.util.HashMap<>();
                    for (int r = 0; r < invoer.withArray("producten").size(); r++) {
                        keuzes.put(r, new Regelkeuze(Regelbesluit.Toekenning.gewoon(), "Voorbeeldgegevens.", null));
                    }
                    return beschikkingen.besluit(wie, new Besluitverzoek(aanvraag, null, null, null, keuzes)).id();
                });
            } catch (RuntimeException e) {
                // a template the rulebook of now no longer decides: counted and logged by its file name only
                overgeslagen++;
                LOG.info("Voorbeeldgegevens: sjabloon {} niet besloten ({})", s.naam(), e.getClass().getSimpleName());
                continue;
            }
            gemaakt++;
            besloten++;
            for (UitgaandBericht b : uitbox.vanBeschikking(beschikking)) {
                try {
                    verstuurd.add((Toewijzingsbericht) Berichtlezer.lees(b.inhoud()));
                } catch (Exception e) {
                    throw new IllegalStateException("301 #" + b.id() + " van de uitbox niet te lezen", e);
                }
            }
        }
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        Voorbeelddeclaraties.Resultaat d = new Voorbeelddeclaraties(rnd, this::tariefCenten)
                .schrijf(verstuurd, YearMonth.from(vandaag).minusMonths(1), vandaag);
        for (byte[] bericht : d.berichten()) {
            Declaratie ontvangen = declaraties.ontvang(wie, null, bericht, null).declaratie();
            if (ontvangen.status() == Declaratiestatus.GECONTROLEERD) {
                antwoord.keurGoed(wie, ontvangen.id());
            }
        }
        return new Verslag(List.copyOf(gekozen), gemaakt, besloten, verstuurd.size(), overgeslagen, d.berichten().size(),
                d.prestaties(), d.teVeel(), d.zonderTarief());
    }

    /** The templates, each with the seeded municipalities of its region (a template of a region without any is left out). */
    private List<Sjabloon> sjablonen() {
        Regelingen nu = regelingen.nu();
        List<Sjabloon> lijst = new ArrayList<>();
        for (String naam : namen) {
            ObjectNode invoer;
            try {
                invoer = (ObjectNode) json.readTree(Files.readString(sjablonen.resolve(naam)));
            } catch (IOException e) {
                throw new UncheckedIOException("voorbeeldaanvraag " + naam + " niet te lezen", e);
            }
            String regio = nu.regio(invoer.path("regio").asText());
            LocalDate peildatum = LocalDate.parse(invoer.path("peildatum").asText());
            Regeling r = regio == null ? null : nu.voor(regio, peildatum);
            if (r == null) {
                continue;
            }
            List<String> codes = new ArrayList<>();
            for (Gemeente g : gemeenten.alle()) {
                if (r.gemeente(g.code()) != null) {
                    codes.add(g.code());
                }
            }
            if (!codes.isEmpty()) {
                lijst.add(new Sjabloon(naam, invoer, regio, codes));
            }
        }
        if (lijst.isEmpty()) {
            throw new IllegalStateException("geen voorbeeldaanvraag past bij een gemeente van deze installatie");
        }
        return lijst;
    }

    /**
     * The rulebook's ZIN tariff for the product in the allocation's unit (regulier before micro), in eurocents; none for
     * a traject price (a traject is not declared per unit here: its allocation is counted as without tariff).
     */
    private Long tariefCenten(String gemeente, ToegewezenProduct p) {
        Regelingen nu = regelingen.nu();
        for (String regio : nu.regios()) {
            Regeling r = nu.voor(regio, p.ingangsdatum());
            if (r == null || r.gemeente(gemeente) == null) {
                continue;
            }
            Product product = r.product(p.product().code());
            if (product == null) {
                return null;
            }
            Tarief gekozen = null;
            for (Tarief t : product.tarifering().tarieven()) {
                // a traject's price is for the whole traject, not per unit of the 301 (as the generator of the CLI)
                if (t.financiering() == Financiering.ZIN && t.bedrag() != null && t.eenheid() != null
                        && t.eenheid() != nl.indiceer.regeling.Eenheid.TRAJECT
                        && p.omvang().eenheid().equals(t.eenheid().istandaardCode())
                        && (gekozen == null || "regulier".equals(t.aanbiedertype()))) {
                    gekozen = t;
                }
            }
            return gekozen == null ? null
                    : gekozen.bedrag().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return null;
    }
}
