package nl.indiceer.web.beschikking;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Besluitvorming;
import nl.indiceer.beschikking.Ontbrekend;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.beschikking.Toewijzingstijdlijn;
import nl.indiceer.normenkader.AanvraagNormeringen;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.RegelingVersie;
import nl.indiceer.regeling.VerzoekAlsGeheel;
import nl.indiceer.web.aanvraag.AanvraagOpslag;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.OpgeslagenAanvraag;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * Deciding, and reading decisions, for the API and the pages alike (each method takes the {@link Medewerker}).
 *
 * <p>Choices:
 * <ul>
 * <li>Only a request handed over (INGEDIEND, "Klaar voor besluit") is decided: the consultant has declared it
 *     complete, and the database guarantees it is computable. A draft answers 409 {@code AANVRAAG_NIET_KLAAR}, a request
 *     already decided 409 {@code AANVRAAG_AL_BESLOTEN}. Deciding marks it BESLOTEN in the same transaction; a decided
 *     request is not changed any more (a change is a new request and a new decision).</li>
 * <li>The request is computed anew from its stored input, and must come out under the rulebook version recorded
 *     with it: a version no longer loaded answers 409 {@code REGELING_NIET_GELADEN}, a version the engine no longer
 *     picks for the peildatum 409 {@code REGELING_VERVANGEN} (save the request again to compute it under the rules in
 *     force). So a decision's figures are always those of the version it names.</li>
 * <li>The rule of what may be decided is core's {@code Besluitregels}: anything missing answers 422
 *     {@code BESLUIT_ONVOLLEDIG} with the list, and nothing is stored.</li>
 * <li>A change names the decision it changes, which must be the client's and the latest of its line (else 409
 *     {@code BESCHIKKING_AL_GEWIJZIGD}); each line names an allocation of the client's timeline.</li>
 * <li>The decision and its letter ({@link Beschikkingsbrieven}) are written in one insert, with the letter's SHA-256.</li>
 * <li>Another municipality's decision, request or client answers 404 exactly like one that does not exist.</li>
 * <li>Audit: {@code BESCHIKKING_GENOMEN} (EERSTE), {@code BESCHIKKING_GEWIJZIGD} (a change), {@code BESCHIKKING_GELEZEN},
 *     {@code BESCHIKKING_NIET_GEVONDEN}, {@code BESCHIKKING_LIJST} (per client, with the number), {@code BRIEF_GEDOWNLOAD}.</li>
 * </ul>
 */
@Service
public class BeschikkingDienst {

    /** Kenmerk year and "today" are Dutch. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * A request ready to be decided, as the engine computes it now (under its recorded rulebook version), with the
     * normenkader results of its lines that have a task form.
     */
    public record Besluitbaar(OpgeslagenAanvraag opgeslagen, Aanvraag aanvraag, Uitkomst uitkomst,
                              AanvraagNormeringen.Resultaat normeringen) {
    }

    private final BeschikkingOpslag opslag;
    private final AanvraagOpslag aanvragen;
    private final ClientOpslag clienten;
    private final RegelingenInWerking regelingen;
    private final Normenkaders normenkaders;
    private final Beschikkingsbrieven brieven;
    private final Audit audit;
    private final TransactionTemplate transactie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Verzoekherkomst herkomst;

    public BeschikkingDienst(BeschikkingOpslag opslag, AanvraagOpslag aanvragen, ClientOpslag clienten,
                             RegelingenInWerking regelingen, Normenkaders normenkaders,
                             Beschikkingsbrieven brieven, Audit audit, TransactionTemplate transactie,
                             ApplicationEventPublisher gebeurtenissen, Verzoekherkomst herkomst) {
        this.gebeurtenissen = gebeurtenissen;
        this.herkomst = herkomst;
        this.normenkaders = normenkaders;
        this.opslag = opslag;
        this.aanvragen = aanvragen;
        this.clienten = clienten;
        this.regelingen = regelingen;
        this.brieven = brieven;
        this.audit = audit;
        this.transactie = transactie;
    }

    /** The request, checked to be decidable and computed anew under its recorded rulebook version. */
    public Besluitbaar besluitbaar(Medewerker wie, long aanvraagId) {
        OpgeslagenAanvraag a = aanvragen.metId(aanvraagId, wie.gemeenten()).orElse(null);
        if (a == null) {
            audit.noteer("AANVRAAG_NIET_GEVONDEN", "aanvraag", aanvraagId, null);
            throw new Probleem(HttpStatus.NOT_FOUND, "AANVRAAG_NIET_GEVONDEN", "Aanvraag niet gevonden",
                    "er is geen aanvraag met dit nummer in uw gemeenten");
        }
        audit.noteer("AANVRAAG_GELEZEN", "aanvraag", aanvraagId, null);
        if (a.status() == Aanvraagstatus.BESLOTEN) {
            throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_AL_BESLOTEN", "Al besloten",
                    "over deze aanvraag is al besloten; een wijziging is een nieuwe aanvraag en een nieuwe beschikking");
        }
        if (a.status() != Aanvraagstatus.INGEDIEND) {
            throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_NIET_KLAAR", "Aanvraag niet klaar voor besluit",
                    "zet de aanvraag eerst op 'Klaar voor besluit' (INGEDIEND)");
        }
        Aanvraag aanvraag = AanvraagLezer.lees(a.invoer());
        Uitkomst u = regelingen.motor().bereken(aanvraag);
        RegelingVersie vastgelegd = a.regeling();
        if (!u.toegepast().versie().equals(vastgelegd)) {
            boolean geladen = regelingen.nu().versies(vastgelegd.regio()).stream().map(Regeling::versie).anyMatch(vastgelegd::equals);
            throw geladen
                    ? new Probleem(HttpStatus.CONFLICT, "REGELING_VERVANGEN", "Andere regeling van kracht",
                    "voor de peildatum van deze aanvraag geldt nu een andere regelingversie dan " + vastgelegd.kort()
                            + "; sla de aanvraag opnieuw op om haar met de geldende regels te berekenen")
                    : new Probleem(HttpStatus.CONFLICT, "REGELING_NIET_GELADEN", "Regelingversie niet geladen",
                    "de regelingversie waarmee deze aanvraag berekend is (" + vastgelegd.kort()
                            + ") is niet meer geladen; sla de aanvraag opnieuw op om haar met de geldende regels te berekenen");
        }
        return new Besluitbaar(a, aanvraag, u, AanvraagNormeringen.van(aanvraag, new Normcalculator(normenkaders, regelingen.nu())));
    }

    /** What is still missing for these choices (for the page, before deciding). */
    public List<Ontbrekend> ontbrekend(Besluitbaar b, Beschikkingsoort soort, Map<Integer, Regelkeuze> keuzes) {
        return Besluitvorming.ontbrekend(b.aanvraag(), b.uitkomst(), soort, keuzes,
                b.normeringen().voorBesluit(b.aanvraag()));
    }

    public OpgeslagenBeschikking besluit(Medewerker wie, Besluitverzoek verzoek) {
        Besluitbaar b = besluitbaar(wie, verzoek.aanvraagId());
        OpgeslagenAanvraag a = b.opgeslagen();
        if (verzoek.versie() != null && verzoek.versie() != a.versie()) {
            throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_GEWIJZIGD", "Aanvraag gewijzigd",
                    "de aanvraag is na uw versie " + verzoek.versie() + " opnieuw opgeslagen; bekijk haar opnieuw");
        }
        Beschikkingsoort soort = verzoek.soort() == null ? Beschikkingsoort.EERSTE : verzoek.soort();
        OpgeslagenBeschikking vorige = vorige(wie, soort, verzoek.vorigeId(), a.clientId());
        if (vorige != null) {
            controleerToewijzingen(wie, b, soort, verzoek.keuzes(), a.clientId());
        }
        List<Ontbrekend> ontbrekend = ontbrekend(b, soort, verzoek.keuzes());
        // before what is missing: a refused line of a 317 judged as a whole is no matter of completing the form
        alsGeheel(b, verzoek.keuzes());
        if (!ontbrekend.isEmpty()) {
            throw new BesluitOnvolledig(ontbrekend);
        }
        Client client = clienten.metId(a.clientId(), Set.of(a.gemeentecode())).orElseThrow();
        if (client.adres() == null) {
            // the letter is part of the decision: without a postal address it cannot be sent, so nothing is decided
            throw new Probleem(HttpStatus.UNPROCESSABLE_CONTENT, "ADRES_ONTBREEKT", "Adres van de cliënt ontbreekt",
                    "de beschikking gaat als brief naar de cliënt; leg eerst het adres vast (PUT /api/clienten/"
                            + client.id() + "/adres)");
        }
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        int jaar = nu.atZoneSameInstant(ZONE).getYear();
        for (int poging = 1; ; poging++) {
            try {
                long id = transactie.execute(s -> bewaar(wie, b, soort, vorige, verzoek.keuzes(), client, nu, jaar));
                return opslag.metId(id, Set.of(a.gemeentecode())).orElseThrow();
            } catch (DuplicateKeyException e) {
                // a colleague took the number (retry), changed the same decision, or decided this request (refuse)
                if (vorige != null && opslag.opvolger(vorige.id()).isPresent()) {
                    throw alGewijzigd();
                }
                if (aanvragen.metId(a.id(), Set.of(a.gemeentecode())).map(x -> x.status() == Aanvraagstatus.BESLOTEN).orElse(false)) {
                    throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_AL_BESLOTEN", "Al besloten",
                            "over deze aanvraag is zojuist al besloten");
                }
                if (poging == 3) {
                    throw e;
                }
            }
        }
    }

    private long bewaar(Medewerker wie, Besluitbaar b, Beschikkingsoort soort, OpgeslagenBeschikking vorige,
                        Map<Integer, Regelkeuze> keuzes, Client client, OffsetDateTime nu, int jaar) {
        OpgeslagenAanvraag a = b.opgeslagen();
        int nummer = opslag.volgendNummer(a.gemeentecode(), jaar);
        String kenmerk = "%s-%d-%06d".formatted(a.gemeentecode(), jaar, nummer);
        Beschikking beschikking = Besluitvorming.besluit(b.aanvraag(), b.uitkomst(), soort,
                vorige == null ? null : vorige.kenmerk(), keuzes, b.normeringen().voorBesluit(b.aanvraag()), kenmerk,
                a.clientId(), a.gemeentecode(), wie.gebruikersnaam(), nu.toInstant());
        byte[] pdf = brieven.brief(beschikking, b.aanvraag(), b.uitkomst(), client, b.normeringen().berekend());
        if (pdf == null || pdf.length == 0) {
            throw new IllegalStateException("de brief is leeg");
        }
        long id = opslag.voegToe(new BeschikkingOpslag.Nieuw(kenmerk, a.gemeentecode(), jaar, nummer, a.clientId(), soort,
                vorige == null ? null : vorige.id(), a.id(), beschikking.regeling(), wie.gebruikersnaam(), nu,
                BeschikkingJson.schrijf(beschikking), pdf, sha256(pdf)));
        if (!opslag.markeerAanvraagBesloten(a.id(), a.versie(), nu)) {
            throw new Probleem(HttpStatus.CONFLICT, "AANVRAAG_GEWIJZIGD", "Aanvraag gewijzigd",
                    "de aanvraag is tussendoor gewijzigd of al besloten; bekijk haar opnieuw");
        }
        audit.noteer(soort == Beschikkingsoort.EERSTE ? "BESCHIKKING_GENOMEN" : "BESCHIKKING_GEWIJZIGD", "beschikking", id, null);
        // in this transaction: what follows from the decision (the outbox's 301s) is stored with it or not at all
        gebeurtenissen.publishEvent(new BeschikkingGenomen(id, beschikking, b.aanvraag(), b.uitkomst(), client));
        return id;
    }

    /**
     * A request made from a 317 is decided all or nothing where the region's rulebook says a 317 is judged as a whole
     * (verlenging.via_verzoek_om_wijziging.als_geheel, Flevoland 002:498-502): a refused line refuses the decision, so
     * no 301 goes out for part of it. The rulebook is the one the request was computed with.
     */
    public void alsGeheel(Besluitbaar b, Map<Integer, Regelkeuze> keuzes) {
        List<Integer> afgewezen = keuzes.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().besluit() instanceof Regelbesluit.Afwijzing)
                .map(Map.Entry::getKey).sorted().toList();
        if (afgewezen.isEmpty()) {
            return;
        }
        Regeling regeling = regelingen.nu().voor(b.uitkomst().regio(), b.uitkomst().geldigVanaf());
        VerzoekAlsGeheel regel = regeling == null || regeling.verlenging() == null
                || regeling.verlenging().viaVerzoekOmWijziging() == null ? null
                : regeling.verlenging().viaVerzoekOmWijziging().alsGeheel();
        if (regel == null) {
            return;
        }
        OpgeslagenAanvraag a = b.opgeslagen();
        Long bericht = herkomst.wijzigingsverzoek(a.id(), a.gemeentecode()).orElse(null);
        if (bericht != null) {
            throw new AlsGeheelGeweigerd(bericht, afgewezen, regel.bron().documentId() + ":" + regel.bron().plaats());
        }
    }

    private OpgeslagenBeschikking vorige(Medewerker wie, Beschikkingsoort soort, Long vorigeId, long clientId) {
        if (!soort.verwijstNaarVorige()) {
            if (vorigeId != null) {
                throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", List.of(Veldfouten.fout("vorigeId",
                        "GEEN_VORIGE_BIJ_EERSTE", "een eerste beschikking verwijst niet naar een vorige")));
            }
            return null;
        }
        if (vorigeId == null) {
            throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", List.of(Veldfouten.fout("vorigeId",
                    "VORIGE_ONTBREEKT", "een " + soort.name().toLowerCase() + " noemt de beschikking die zij wijzigt")));
        }
        OpgeslagenBeschikking v = opslag.metId(vorigeId, wie.gemeenten()).orElse(null);
        if (v == null || v.clientId() != clientId) {
            // another client's decision is as unknown here as one that does not exist
            audit.noteer("BESCHIKKING_NIET_GEVONDEN", "beschikking", vorigeId, null);
            throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", List.of(Veldfouten.fout("vorigeId",
                    "BESCHIKKING_ONBEKEND", "deze cliënt heeft geen beschikking met dit nummer")));
        }
        if (opslag.opvolger(v.id()).isPresent()) {
            throw alGewijzigd();
        }
        return v;
    }

    private void controleerToewijzingen(Medewerker wie, Besluitbaar b, Beschikkingsoort soort,
                                        Map<Integer, Regelkeuze> keuzes, long clientId) {
        List<String> ids = tijdlijn(opslag.vanClient(clientId, wie.gemeenten())).ids();
        Map<Integer, Regelkeuze> volledig = Besluitvorming.aangevuld(b.aanvraag(), soort, keuzes);
        var fouten = volledig.entrySet().stream()
                .filter(e -> e.getValue().toewijzing() != null && !ids.contains(e.getValue().toewijzing()))
                .map(e -> Veldfouten.fout("regels[" + e.getKey() + "].toewijzing", "TOEWIJZING_ONBEKEND",
                        "deze cliënt heeft geen lopende toewijzing met dit kenmerk"))
                .toList();
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", fouten);
        }
    }

    private static Probleem alGewijzigd() {
        return new Probleem(HttpStatus.CONFLICT, "BESCHIKKING_AL_GEWIJZIGD", "Beschikking al gewijzigd",
                "deze beschikking is al gewijzigd; wijzig de laatste beschikking");
    }

    public OpgeslagenBeschikking lees(Medewerker wie, long id) {
        var b = opslag.metId(id, wie.gemeenten());
        audit.noteer(b.isPresent() ? "BESCHIKKING_GELEZEN" : "BESCHIKKING_NIET_GEVONDEN", "beschikking", id, null);
        return b.orElseThrow(BeschikkingDienst::nietGevonden);
    }

    public BeschikkingOpslag.Brief brief(Medewerker wie, long id) {
        var b = opslag.brief(id, wie.gemeenten());
        audit.noteer(b.isPresent() ? "BRIEF_GEDOWNLOAD" : "BESCHIKKING_NIET_GEVONDEN", "beschikking", id, null);
        return b.orElseThrow(BeschikkingDienst::nietGevonden);
    }

    /** The client's decisions, oldest first; 404 {@code CLIENT_NIET_GEVONDEN} for another municipality's client. */
    public List<OpgeslagenBeschikking> vanClient(Medewerker wie, long clientId) {
        if (clienten.metId(clientId, wie.gemeenten()).isEmpty()) {
            audit.noteer("CLIENT_NIET_GEVONDEN", "client", clientId, null);
            throw new Probleem(HttpStatus.NOT_FOUND, "CLIENT_NIET_GEVONDEN", "Cliënt niet gevonden",
                    "er is geen cliënt met dit nummer in uw gemeenten");
        }
        List<OpgeslagenBeschikking> lijst = opslag.vanClient(clientId, wie.gemeenten());
        audit.noteer("BESCHIKKING_LIJST", "client", clientId, lijst.size());
        return lijst;
    }

    /** The allocations that run on {@code datum}, from these (one client's) decisions. */
    public static List<LopendeToewijzing> lopendOp(List<OpgeslagenBeschikking> beschikkingen, LocalDate datum) {
        return tijdlijn(beschikkingen).lopendOp(datum);
    }

    /**
     * The allocations a new request of the client on {@code peildatum} should know, from the stored decisions (for the
     * request form; no audit row of its own: the client's file is already being read).
     */
    public List<LopendeToewijzing> voorAanvraag(Medewerker wie, long clientId, LocalDate peildatum) {
        return tijdlijn(opslag.vanClient(clientId, wie.gemeenten())).voorAanvraag(peildatum);
    }

    static Toewijzingstijdlijn tijdlijn(List<OpgeslagenBeschikking> beschikkingen) {
        return Toewijzingstijdlijn.van(beschikkingen.stream().map(b -> BeschikkingJson.tijdlijn(b.inhoud())).toList());
    }

    static Probleem nietGevonden() {
        return new Probleem(HttpStatus.NOT_FOUND, "BESCHIKKING_NIET_GEVONDEN", "Beschikking niet gevonden",
                "er is geen beschikking met dit nummer in uw gemeenten");
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate vandaag() {
        return LocalDate.now(ZONE);
    }

    static Instant nu() {
        return Instant.now();
    }
}
