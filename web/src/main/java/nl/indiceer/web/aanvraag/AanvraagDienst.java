package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Berekening;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Filter;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Lijstregel;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * Saved requests: computes a request with the engine exactly as {@code POST /api/berekening} does (the same request
 * JSON in, the same result JSON out, via {@link AanvraagLezer} and {@link UitkomstJson}), records the rulebook
 * version the engine used, and stores it, scoped by municipality. Every method takes the {@link Medewerker} it works
 * for, so that the REST API (bearer token) and the pages (login session) use the same service; both get theirs from
 * {@link nl.indiceer.web.beveiliging.Huidige}.
 *
 * <p>Choices:
 * <ul>
 * <li>A draft (CONCEPT) is saved whatever the engine says of it, as long as {@code invoer} is one JSON object
 *     within 10 MB: consultants save half-finished work. When the engine refuses the input, the draft is kept with
 *     no result and no rulebook, and with the engine's problems ({@code fouten}, the same paths and texts as
 *     {@code POST /api/berekening}), so no work is lost. INGEDIEND (handed over) needs a request the engine
 *     computes: else 400 with those problems. FOUT findings do not block handing over (a decision, issue 8, will).</li>
 * <li>Reading returns the stored result, not a new computation: a saved aanvraag says what was computed, with the
 *     SHA-256 of the rulebook version that was in force then, even when another version has been loaded since. Saving
 *     it again (a change) computes it anew with the rulebook in force for its peildatum.</li>
 * <li>A change names the version it started from; when someone saved in between, the change is refused with
 *     {@link AanvraagGewijzigd} (409) and nothing is stored: {@code update ... where id = ? and versie = ?}.</li>
 * <li>Another municipality's aanvraag, or client, is treated exactly as one that does not exist.</li>
 * <li>Audit: every read ({@code AANVRAAG_GELEZEN}, also {@code AANVRAAG_NIET_GEVONDEN}), every change
 *     ({@code AANVRAAG_AANGEMAAKT}, {@code AANVRAAG_GEWIJZIGD}) and every list ({@code AANVRAAG_LIJST} with the
 *     number of lines; for a client's list with the client's id). Never the input or the result.</li>
 * </ul>
 */
@Service
public class AanvraagDienst {

    public static final int MAXIMALE_INVOER = JsonVelden.MAXIMALE_GROOTTE;

    /** One page of a list; {@code volgende} is the cursor of the next page, null on the last. */
    public record Pagina(List<Lijstregel> aanvragen, int grootte, String volgende) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AanvraagDienst.class);
    /** Only for checking that a text is one JSON object; the engine reads it with its own limits. */
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final AanvraagOpslag opslag;
    private final RegelingenInWerking motor;
    private final Audit audit;
    private final TransactionTemplate transactie;
    private final BesluitenInDeInvoer besluiten;
    private final Gezinskoppelingen gezin;

    public AanvraagDienst(AanvraagOpslag opslag, RegelingenInWerking motor, Audit audit, TransactionTemplate transactie,
                          BesluitenInDeInvoer besluiten, Gezinskoppelingen gezin) {
        this.opslag = opslag;
        this.motor = motor;
        this.audit = audit;
        this.transactie = transactie;
        this.besluiten = besluiten;
        this.gezin = gezin;
    }

    /** A new aanvraag of the client (of one of the caller's municipalities), by the caller. */
    public OpgeslagenAanvraag maak(Medewerker wie, long clientId, String gegeven, Aanvraagstatus status) {
        controleerInvoer(gegeven);
        alleenDoorBesluit(status);
        List<Map<String, String>> fouten = new ArrayList<>();
        String gemeente = opslag.gemeenteVanClient(clientId, wie.gemeenten()).orElse(null);
        if (gemeente == null) {
            fouten.add(Veldfouten.fout("clientId", "CLIENT_ONBEKEND",
                    "er is geen cliënt met dit nummer in uw gemeenten"));
        }
        String invoer = gemeente == null ? gegeven : besluiten.aangevuld(wie, clientId, gegeven);
        if (gemeente != null) {
            gezin.controleer(invoer, gemeente, fouten);
        }
        Berekening b = bereken(invoer, status, fouten);
        if (!fouten.isEmpty()) {
            throw ongeldig(fouten);
        }
        long id = transactie.execute(s -> {
            long nieuw = opslag.voegToe(clientId, gemeente, status, wie.gebruikersnaam(), invoer, b);
            audit.noteer("AANVRAAG_AANGEMAAKT", "aanvraag", nieuw, null);
            return nieuw;
        });
        return opslag.metId(id, Set.of(gemeente)).orElseThrow();
    }

    public OpgeslagenAanvraag lees(Medewerker wie, long id) {
        var aanvraag = opslag.metId(id, wie.gemeenten());
        audit.noteer(aanvraag.isPresent() ? "AANVRAAG_GELEZEN" : "AANVRAAG_NIET_GEVONDEN", "aanvraag", id, null);
        return aanvraag.orElseThrow(AanvraagDienst::nietGevonden);
    }

    /**
     * Saves a new content of the aanvraag, computed anew, when it is still at {@code versie}.
     *
     * @param status   null keeps the current status
     * @param clientId null, or the aanvraag's own client (an aanvraag does not move to another client)
     * @throws AanvraagGewijzigd when someone saved it after {@code versie}; nothing is stored then
     */
    public OpgeslagenAanvraag wijzig(Medewerker wie, long id, int versie, String gegeven, Aanvraagstatus status, Long clientId) {
        controleerInvoer(gegeven);
        OpgeslagenAanvraag huidig = opslag.metId(id, wie.gemeenten()).orElse(null);
        if (huidig == null) {
            audit.noteer("AANVRAAG_NIET_GEVONDEN", "aanvraag", id, null);
            throw nietGevonden();
        }
        if (huidig.status() == Aanvraagstatus.BESLOTEN) {
            throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_BESLOTEN", "Aanvraag besloten",
                    "over deze aanvraag is besloten; zij verandert niet meer. Een wijziging is een nieuwe aanvraag");
        }
        alleenDoorBesluit(status);
        if (huidig.versie() != versie) {
            throw new AanvraagGewijzigd(huidig, versie, wie.gebruikersnaam());
        }
        List<Map<String, String>> fouten = new ArrayList<>();
        if (clientId != null && clientId != huidig.clientId()) {
            fouten.add(Veldfouten.fout("clientId", "ANDERE_CLIENT",
                    "een aanvraag hoort bij één cliënt; maak voor een andere cliënt een nieuwe aanvraag"));
        }
        Aanvraagstatus nieuweStatus = status == null ? huidig.status() : status;
        String invoer = besluiten.aangevuld(wie, huidig.clientId(), gegeven);
        gezin.controleer(invoer, huidig.gemeentecode(), fouten);
        Berekening b = bereken(invoer, nieuweStatus, fouten);
        if (!fouten.isEmpty()) {
            throw ongeldig(fouten);
        }
        transactie.executeWithoutResult(s -> {
            if (!opslag.wijzig(id, versie, wie.gemeenten(), nieuweStatus, wie.gebruikersnaam(), invoer, b)) {
                // someone saved between our read and this update: refuse, telling who (or it is gone)
                OpgeslagenAanvraag nu = opslag.metId(id, wie.gemeenten()).orElseThrow(AanvraagDienst::nietGevonden);
                throw new AanvraagGewijzigd(nu, versie, wie.gebruikersnaam());
            }
            audit.noteer("AANVRAAG_GEWIJZIGD", "aanvraag", id, null);
        });
        return opslag.metId(id, wie.gemeenten()).orElseThrow(AanvraagDienst::nietGevonden);
    }

    /** A page of the aanvragen of the caller's municipalities matching the filter, newest first. */
    public Pagina lijst(Medewerker wie, Filter filter, Cursor na, int grootte) {
        Pagina p = pagina(wie, filter, na, grootte);
        audit.noteer("AANVRAAG_LIJST", "aanvraag", null, p.aanvragen().size());
        return p;
    }

    /** A page of the client's aanvragen; 404 {@code CLIENT_NIET_GEVONDEN} for another municipality's client. */
    public Pagina vanClient(Medewerker wie, long clientId, Cursor na, int grootte) {
        String gemeente = opslag.gemeenteVanClient(clientId, wie.gemeenten()).orElse(null);
        if (gemeente == null) {
            audit.noteer("CLIENT_NIET_GEVONDEN", "client", clientId, null);
            throw new Probleem(HttpStatus.NOT_FOUND, "CLIENT_NIET_GEVONDEN", "Cliënt niet gevonden",
                    "er is geen cliënt met dit nummer in uw gemeenten");
        }
        Pagina p = pagina(wie, new Filter(null, gemeente, null, clientId), na, grootte);
        audit.noteer("AANVRAAG_LIJST", "client", clientId, p.aanvragen().size());
        return p;
    }

    private Pagina pagina(Medewerker wie, Filter filter, Cursor na, int grootte) {
        List<Lijstregel> regels = opslag.lijst(filter, wie.gemeenten(), na, grootte + 1);
        if (regels.size() <= grootte) {
            return new Pagina(regels, grootte, null);
        }
        List<Lijstregel> pagina = regels.subList(0, grootte);
        Lijstregel laatste = pagina.get(grootte - 1);
        return new Pagina(List.copyOf(pagina), grootte, Cursor.na(laatste.gewijzigd(), laatste.id()).tekst());
    }

    /**
     * The engine's verdict. Invalid input: for a draft a {@link Berekening} without result, holding the problems;
     * for INGEDIEND the problems go to {@code fouten} (paths within the body: {@code invoer.…}).
     */
    Berekening bereken(String invoer, Aanvraagstatus status, List<Map<String, String>> fouten) {
        try {
            Uitkomst u = motor.motor().bereken(AanvraagLezer.lees(invoer));
            return new Berekening(u.toegepast().versie(), UitkomstJson.schrijf(u), List.of(), Samenvatting.van(u));
        } catch (OngeldigeAanvraagException e) {
            if (status == Aanvraagstatus.INGEDIEND) {
                for (Invoerfout f : e.fouten()) {
                    fouten.add(Veldfouten.fout(pad(f.pad()), f.code(), f.melding()));
                }
                fouten.add(Veldfouten.fout("status", "NIET_TE_BEREKENEN",
                        "indienen kan pas als de aanvraag te berekenen is; sla hem op als CONCEPT om niets kwijt te raken"));
            }
            return Berekening.niet(e.fouten());
        } catch (RuntimeException e) {
            if (status == Aanvraagstatus.INGEDIEND) {
                throw e;
            }
            // keep the draft; the message is not logged, it could quote the input
            LOG.error("Berekening van een conceptaanvraag mislukt: {} bij {}", e.getClass().getName(),
                    e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
            return Berekening.niet(List.of(new Invoerfout("$", "BEREKENING_MISLUKT",
                    "Indiceer kon deze aanvraag niet berekenen; het concept is bewaard. Meld het aan de beheerder")));
        }
    }

    /** An engine path (within the request JSON) as a path within the body of the API: under {@code invoer}. */
    public static String pad(String invoerpad) {
        if (invoerpad == null || invoerpad.isEmpty() || invoerpad.equals("$")) {
            return "invoer";
        }
        if (invoerpad.startsWith("$")) {
            return "invoer" + invoerpad.substring(1);
        }
        return invoerpad.startsWith("[") ? "invoer" + invoerpad : "invoer." + invoerpad;
    }

    /**
     * The input must be one JSON object of at most 10 MB: also a draft is stored as JSON, and is shown as such.
     * Whether the engine can compute it is another matter (see {@link #bereken}).
     */
    static void controleerInvoer(String invoer) {
        if (invoer == null) {
            throw ongeldig(List.of(Veldfouten.fout("invoer", "ONTBREEKT",
                    "de invoer ontbreekt: het aanvraag-JSON van de opdrachtregel, als object { ... }")));
        }
        if (invoer.length() > MAXIMALE_INVOER) {
            throw new Probleem(HttpStatus.CONTENT_TOO_LARGE, "AANVRAAG_TE_GROOT", "Aanvraag te groot",
                    "de invoer is groter dan " + MAXIMALE_INVOER / (1024 * 1024) + " MB, de grens voor een aanvraag");
        }
        try (JsonParser p = JSON.createParser(invoer)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                p.skipChildren();
                if (p.nextToken() == null) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // below
        }
        throw ongeldig(List.of(Veldfouten.fout("invoer", "GEEN_OBJECT",
                "de invoer moet één geldig JSON-object { ... } zijn, het aanvraag-JSON van de opdrachtregel")));
    }

    /** BESLOTEN is set by deciding (issue 8), never by saving. */
    private static void alleenDoorBesluit(Aanvraagstatus status) {
        if (status == Aanvraagstatus.BESLOTEN) {
            throw ongeldig(List.of(Veldfouten.fout("status", "ALLEEN_DOOR_BESLUIT",
                    "BESLOTEN wordt een aanvraag door een besluit (POST /api/beschikkingen), niet door op te slaan")));
        }
    }

    static Veldfouten ongeldig(List<Map<String, String>> fouten) {
        return new Veldfouten("ONGELDIGE_AANVRAAG", "Ongeldige aanvraag", fouten);
    }

    static Probleem nietGevonden() {
        return new Probleem(HttpStatus.NOT_FOUND, "AANVRAAG_NIET_GEVONDEN", "Aanvraag niet gevonden",
                "er is geen aanvraag met dit nummer in uw gemeenten");
    }
}
