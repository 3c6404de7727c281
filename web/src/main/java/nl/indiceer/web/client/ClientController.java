package nl.indiceer.web.client;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.swagger.v3.oas.annotations.Hidden;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clients, scoped by municipality: a caller sees and creates only clients of the municipalities they work for.
 * A client of another municipality answers 404, exactly as an id that does not exist (ids cannot be probed), and
 * never appears in a search. Every read (by id, and each search with its number of results) and every change is
 * written to the audit trail. Roles consulent and backoffice (see Beveiliging). Nothing here logs a BSN or a name.
 */
@RestController
public class ClientController {

    /** {@code adres} is optional: null, or all three fields. */
    public record NieuweClient(String bsn, String naam, String geboortedatum, String gemeentecode, Adresinvoer adres) {
        @Override
        public String toString() {
            return "NieuweClient[gemeente " + gemeentecode + "]";
        }
    }

    /** An address as sent; {@code versie} only when changing it (optimistic locking). {@code toString} leaves it out. */
    public record Adresinvoer(String straat, String postcode, String woonplaats, Integer versie) {
        @Override
        public String toString() {
            return "Adresinvoer[...]";
        }
    }

    public record Zoekresultaat(List<Client> clienten, int pagina, int grootte, boolean volgende) {
    }

    private final ClientOpslag clienten;
    private final Huidige huidige;
    private final Audit audit;
    private final TransactionTemplate transactie;

    public ClientController(ClientOpslag clienten, Huidige huidige, Audit audit, TransactionTemplate transactie) {
        this.clienten = clienten;
        this.huidige = huidige;
        this.audit = audit;
        this.transactie = transactie;
    }

    /** By token or by a page's session alike (see {@link Huidige}). */
    private Set<String> mijnGemeenten() {
        return huidige.gemeenten();
    }

    @PostMapping(value = "/api/clienten", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Client> maak(@RequestBody NieuweClient nieuw) {
        Set<String> gemeenten = mijnGemeenten();
        List<Map<String, String>> fouten = new ArrayList<>();
        if (!Bsn.geldig(nieuw.bsn())) {
            fouten.add(Veldfouten.fout("bsn", "ONGELDIG_BSN", "9 cijfers die voldoen aan de elfproef"));
        }
        String naam = naam(nieuw.naam(), "naam", fouten);
        LocalDate geboortedatum = geboortedatum(nieuw.geboortedatum(), "geboortedatum", fouten);
        Adres adres = nieuw.adres() == null ? null : adres(nieuw.adres(), "adres.", fouten);
        String gemeentecode = nieuw.gemeentecode();
        if (gemeentecode == null && gemeenten.size() == 1) {
            gemeentecode = gemeenten.iterator().next();
        }
        if (gemeentecode == null) {
            fouten.add(Veldfouten.fout("gemeentecode", "GEMEENTE_ONTBREEKT",
                    "noem de gemeente (4 cijfers van het CBS) waarvoor u de cliënt aanmaakt"));
        } else if (!gemeenten.contains(gemeentecode)) {
            fouten.add(Veldfouten.fout("gemeentecode", "NIET_UW_GEMEENTE",
                    "u werkt niet voor deze gemeente; u kunt alleen cliënten van uw eigen gemeenten aanmaken"));
        }
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_CLIENT", "Ongeldige cliënt", fouten);
        }
        String code = gemeentecode;
        long id;
        try {
            id = transactie.execute(s -> {
                if (clienten.bsnBestaat(nieuw.bsn(), code)) {
                    throw bestaat();
                }
                long nieuweId = clienten.voegToe(nieuw.bsn(), naam, geboortedatum, code, adres);
                audit.noteer("CLIENT_AANGEMAAKT", "client", nieuweId, null);
                return nieuweId;
            });
        } catch (DuplicateKeyException e) {
            throw bestaat();
        }
        Client client = clienten.metId(id, Set.of(code)).orElseThrow();
        return ResponseEntity.created(URI.create("/api/clienten/" + id)).body(client);
    }

    /**
     * A new address for a client (all three fields), or none ({@code straat}, {@code postcode} and {@code woonplaats}
     * all null). {@code versie} is the client's version as read: a change by someone else in between is 409
     * CLIENT_GEWIJZIGD, never a silent overwrite.
     */
    @PutMapping(value = "/api/clienten/{id}/adres", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Client wijzigAdres(@PathVariable("id") long id, @RequestBody Adresinvoer invoer) {
        Set<String> gemeenten = mijnGemeenten();
        Client client = clienten.metId(id, gemeenten).orElse(null);
        if (client == null) {
            audit.noteer("CLIENT_NIET_GEVONDEN", "client", id, null);
            throw new Probleem(HttpStatus.NOT_FOUND, "CLIENT_NIET_GEVONDEN", "Cliënt niet gevonden",
                    "er is geen cliënt met dit nummer in uw gemeenten");
        }
        List<Map<String, String>> fouten = new ArrayList<>();
        boolean leeg = invoer.straat() == null && invoer.postcode() == null && invoer.woonplaats() == null;
        Adres adres = leeg ? null : adres(invoer, "", fouten);
        if (invoer.versie() == null) {
            fouten.add(Veldfouten.fout("versie", "VERSIE_ONTBREEKT", "stuur de versie van de cliënt mee zoals u die las"));
        }
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIG_ADRES", "Ongeldig adres", fouten);
        }
        if (!clienten.wijzigAdres(id, gemeenten, adres, invoer.versie())) {
            throw new Probleem(HttpStatus.CONFLICT, "CLIENT_GEWIJZIGD", "Cliënt is intussen gewijzigd",
                    "iemand anders heeft deze cliënt gewijzigd nadat u hem las; lees hem opnieuw en stuur de nieuwe versie mee");
        }
        audit.noteer("CLIENT_GEWIJZIGD", "client", id, null);
        return clienten.metId(id, gemeenten).orElseThrow();
    }

    private static Adres adres(Adresinvoer invoer, String pad, List<Map<String, String>> fouten) {
        Optional<String> straat = Clientregels.straat(invoer.straat());
        Optional<String> postcode = Clientregels.postcode(invoer.postcode());
        Optional<String> woonplaats = Clientregels.woonplaats(invoer.woonplaats());
        if (straat.isEmpty()) {
            fouten.add(Veldfouten.fout(pad + "straat", "ONGELDIGE_STRAAT",
                    "straat en huisnummer op één regel, 1 tot " + Clientregels.MAX_STRAAT + " tekens"));
        }
        if (postcode.isEmpty()) {
            fouten.add(Veldfouten.fout(pad + "postcode", "ONGELDIGE_POSTCODE", "een Nederlandse postcode, zoals 1234 AB"));
        }
        if (woonplaats.isEmpty()) {
            fouten.add(Veldfouten.fout(pad + "woonplaats", "ONGELDIGE_WOONPLAATS",
                    "de woonplaats op één regel, 1 tot " + Clientregels.MAX_WOONPLAATS + " tekens"));
        }
        return straat.isPresent() && postcode.isPresent() && woonplaats.isPresent()
                ? new Adres(straat.get(), postcode.get(), woonplaats.get()) : null;
    }

    private static Probleem bestaat() {
        return new Probleem(HttpStatus.CONFLICT, "CLIENT_BESTAAT", "Cliënt bestaat al",
                "er is in deze gemeente al een cliënt met dit BSN; zoek hem op met POST /api/clienten/zoeken {\"bsn\": ...}");
    }

    @GetMapping(value = "/api/clienten/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Client lees(@PathVariable("id") long id) {
        var client = clienten.metId(id, mijnGemeenten());
        audit.noteer(client.isPresent() ? "CLIENT_GELEZEN" : "CLIENT_NIET_GEVONDEN", "client", id, null);
        return client.orElseThrow(() -> new Probleem(HttpStatus.NOT_FOUND, "CLIENT_NIET_GEVONDEN", "Cliënt niet gevonden",
                "er is geen cliënt met dit nummer in uw gemeenten"));
    }

    /**
     * The search: its criteria travel in the body, never in the URL, since a URL (with a BSN, a name or a date of birth
     * in its query string) ends up in proxy access logs and, with Spring Security at DEBUG, in the application's log.
     * {@code pagina} and {@code grootte} may be given as numbers or as text.
     */
    public record Zoekopdracht(String bsn, String naam, String geboortedatum, String pagina, String grootte) {
        @Override
        public String toString() {
            return "Zoekopdracht[pagina " + pagina + ", grootte " + grootte + "]";
        }
    }

    @PostMapping(value = "/api/clienten/zoeken", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Zoekresultaat zoek(@RequestBody Zoekopdracht vraag) {
        String bsn = vraag.bsn();
        String naam = vraag.naam();
        String geboortedatum = vraag.geboortedatum();
        List<Map<String, String>> fouten = new ArrayList<>();
        if (bsn == null && naam == null && geboortedatum == null) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "ZOEKVRAAG_ONTBREEKT", "Zoekvraag ontbreekt",
                    "zoek op bsn, naam (het begin van de naam) of geboortedatum (JJJJ-MM-DD)");
        }
        if (bsn != null && !Bsn.geldig(bsn.trim())) {
            fouten.add(Veldfouten.fout("bsn", "ONGELDIG_BSN", "9 cijfers die voldoen aan de elfproef"));
        }
        String naamBegin = naam == null ? null : naam(naam, "naam", fouten);
        LocalDate datum = geboortedatum == null ? null : geboortedatum(geboortedatum, "geboortedatum", fouten);
        Paginering p;
        try {
            p = Paginering.van(vraag.pagina(), vraag.grootte());
        } catch (Veldfouten v) {
            fouten.addAll(v.fouten());
            p = null;
        }
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_AANVRAAG", "Ongeldige zoekvraag", fouten);
        }
        List<Client> gevonden = clienten.zoek(new ClientOpslag.Zoekvraag(bsn == null ? null : bsn.trim(), naamBegin, datum),
                mijnGemeenten(), p.offset(), p.grootte() + 1);
        boolean volgende = gevonden.size() > p.grootte();
        List<Client> pagina1 = volgende ? gevonden.subList(0, p.grootte()) : gevonden;
        audit.noteer("CLIENT_GEZOCHT", "client", null, pagina1.size());
        return new Zoekresultaat(pagina1, p.pagina(), p.grootte(), volgende);
    }

    /**
     * The former {@code GET /api/clienten?bsn=...&naam=...&geboortedatum=...}: refused as a whole, whatever its
     * parameters, not only when it names a BSN or a name. A date of birth is personal data too (with the
     * municipality it narrows a search to a few people), and one search route means every test of the municipality
     * scoping runs against the search that is offered. Nothing is searched and nothing is audited; the answer only
     * points to the POST. (The URL has already travelled by then: this teaches callers, it cannot unsend it.)
     */
    @Hidden
    @GetMapping(value = "/api/clienten", produces = MediaType.APPLICATION_JSON_VALUE)
    public Zoekresultaat zoekInDeUrl() {
        throw new Probleem(HttpStatus.BAD_REQUEST, "ZOEK_MET_POST", "Zoek met POST",
                "zoeken in de URL kan niet: gebruik POST /api/clienten/zoeken met de zoekvraag als JSON "
                        + "({\"bsn\": ..., \"naam\": ..., \"geboortedatum\": ..., \"pagina\": ..., \"grootte\": ...}), "
                        + "zodat een BSN, naam of geboortedatum nooit in een URL (en dus in een toegangslog) terechtkomt");
    }

    /** The rules are {@link Clientregels}'; the wording of their errors is the API's. */
    private static String naam(String naam, String pad, List<Map<String, String>> fouten) {
        return Clientregels.naam(naam).orElseGet(() -> {
            fouten.add(Veldfouten.fout(pad, "ONGELDIGE_NAAM",
                    "1 tot " + Clientregels.MAX_NAAM + " tekens, zonder regeleinden of stuurtekens"));
            return null;
        });
    }

    private static LocalDate geboortedatum(String tekst, String pad, List<Map<String, String>> fouten) {
        return Clientregels.geboortedatum(tekst).orElseGet(() -> {
            fouten.add(Veldfouten.fout(pad, "ONGELDIGE_DATUM", "een datum JJJJ-MM-DD, niet voor 1900-01-01 en niet in de toekomst"));
            return null;
        });
    }
}
