package nl.indiceer.web.berichten;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.berichten.AangevraagdProduct;
import nl.indiceer.berichten.Antwoordbericht;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Toewijzingsverzoek;
import nl.indiceer.berichten.Wet;
import nl.indiceer.berichten.Wijzigingsverzoek;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refusing a provider's request with a 319 (VerzoekAntwoord 1, a reason of code list WJ759). A 315 asks for each product
 * separately and is answered per product (ReferentieAanbieder; 002:491-494): a 319 for each product refused, the others
 * stay for the decision, which answers them with a 301. A 317 is judged as a whole (002:498-502): one 319 for the whole
 * request. The 319 is written by the berichten writer, checked against the official XSD when configured, and stored
 * AANGEMAAKT in the outbox with the incoming message it answers, which then leaves the list of requests to handle
 * (BEANTWOORD) once every product is answered. One transaction: nothing is stored half. Audited:
 * {@code BERICHT_BEANTWOORD}.
 */
@Service
public class AntwoordDienst {

    /** VerzoekAntwoord (WJ760) 1: verzoek afgewezen. */
    static final String AFGEWEZEN = "1";
    /** RedenAfwijzingVerzoek (WJ759) 3 "Geen contract": a product the municipality does not buy. */
    static final String GEEN_CONTRACT = "3";
    /** RedenAfwijzingVerzoek (WJ759) 8: woonplaatsbeginsel; only then a municipality may be named (JW319). */
    static final String WOONPLAATSBEGINSEL = "8";

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** What the consultant chose; {@code referentie} null: every product still open. */
    public record Afwijzing(String reden, String referentie, String woonplaatsbeginselGemeente) {
    }

    private final InkomendeBerichtenOpslag inkomend;
    private final UitboxOpslag uitbox;
    private final Berichtinstellingen instellingen;
    private final Audit audit;
    private final TransactionTemplate transactie;

    public AntwoordDienst(InkomendeBerichtenOpslag inkomend, UitboxOpslag uitbox, Berichtinstellingen instellingen,
                          Audit audit, TransactionTemplate transactie) {
        this.inkomend = inkomend;
        this.uitbox = uitbox;
        this.instellingen = instellingen;
        this.audit = audit;
        this.transactie = transactie;
    }

    /** The reasons a consultant may choose (WJ759), in order. */
    public static List<String> redenen() {
        return List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    /** The consultant refuses; the 319s made. */
    public List<UitgaandBericht> wijsAf(Medewerker wie, long inkomendId, Afwijzing a) {
        return transactie.execute(s -> {
            InkomendBericht b = inkomend.metId(inkomendId, wie.gemeenten()).orElse(null);
            if (b == null) {
                audit.noteer("BERICHT_NIET_GEVONDEN", "inkomend_bericht", inkomendId, null);
                throw UitboxDienst.nietGevonden();
            }
            inkomend.statusVoorUpdate(b.id());
            b = inkomend.metId(inkomendId, wie.gemeenten()).orElseThrow();
            List<Long> ids = beantwoord(b, a);
            audit.noteer("BERICHT_BEANTWOORD", "inkomend_bericht", b.id(), ids.size());
            return ids.stream().map(id -> uitbox.metId(id, wie.gemeenten()).orElseThrow()).toList();
        });
    }

    /** The products of this 315 still without an answer (ReferentieAanbieder); for a 317 its one reference. */
    public List<String> open(InkomendBericht b) {
        Bericht bericht = lees(b);
        Set<String> beantwoord = beantwoordeReferenties(b);
        List<String> uit = new ArrayList<>();
        if (bericht instanceof Toewijzingsverzoek v) {
            for (AangevraagdProduct p : v.producten()) {
                if (!beantwoord.contains(p.referentieAanbieder())) {
                    uit.add(p.referentieAanbieder());
                }
            }
        } else if (bericht instanceof Wijzigingsverzoek w && !beantwoord.contains(w.referentieAanbieder())) {
            uit.add(w.referentieAanbieder());
        }
        return uit;
    }

    /** Whether a consultant may still refuse it: a 315 or 317 read, not yet answered, its request not yet decided. */
    public boolean teBeantwoorden(InkomendBericht b) {
        return (InkomendeBerichtenDienst.VERWERKT.equals(b.status()) || InkomendeBerichtenDienst.TE_BEHANDELEN.equals(b.status()))
                && b.soort() != null && (b.soort().endsWith("315") || b.soort().endsWith("317")) && !besloten(b)
                && !open(b).isEmpty();
    }

    private boolean besloten(InkomendBericht b) {
        return b.aanvraagId() != null && uitbox.jdbc().sql("select count(*) from aanvraag where id = ? and status = 'BESLOTEN'")
                .params(b.aanvraagId()).query(Integer.class).single() > 0;
    }

    /** Must run in the caller's transaction (receiving a 315 refuses a product it does not buy in the same one). */
    List<Long> beantwoord(InkomendBericht b, Afwijzing a) {
        if (b.soort() == null || !(b.soort().endsWith("315") || b.soort().endsWith("317"))) {
            throw new Probleem(HttpStatus.CONFLICT, "GEEN_VERZOEK", "Geen verzoek",
                    "alleen een verzoek om toewijzing (315) of om wijziging (317) wordt met een 319 beantwoord");
        }
        if (!InkomendeBerichtenDienst.VERWERKT.equals(b.status()) && !InkomendeBerichtenDienst.TE_BEHANDELEN.equals(b.status())) {
            throw new Probleem(HttpStatus.CONFLICT, "AL_BEANTWOORD", "Al beantwoord",
                    "dit verzoek is al beantwoord of was afgekeurd");
        }
        if (besloten(b)) {
            throw new Probleem(HttpStatus.CONFLICT, "AL_BESLOTEN", "Al besloten",
                    "over de aanvraag van dit verzoek is al besloten; het antwoord is de 301 van dat besluit");
        }
        String reden = a.reden() == null ? "" : a.reden().strip();
        if (!redenen().contains(reden)) {
            throw new AfwijzingOngeldig("ONGELDIGE_REDEN", "reden", "kies een reden van afwijzing uit codelijst WJ759 "
                    + "(1 tot en met 9)");
        }
        Wet wet = Berichtsoort.valueOf(b.soort()).wet();
        String gemeente = a.woonplaatsbeginselGemeente() == null || a.woonplaatsbeginselGemeente().isBlank() ? null
                : a.woonplaatsbeginselGemeente().strip();
        if (gemeente != null && (!gemeente.matches("[0-9]{4}") || !reden.equals(WOONPLAATSBEGINSEL) || wet != Wet.JEUGDWET)) {
            throw new AfwijzingOngeldig("ONGELDIGE_GEMEENTE", "woonplaatsbeginselGemeente", "een gemeente noemt u alleen "
                    + "bij reden 8 (woonplaatsbeginsel) van een Jeugdwetbericht, met haar viercijferige CBS-code");
        }
        List<String> open = open(b);
        List<String> doel;
        if (a.referentie() == null || a.referentie().isBlank()) {
            doel = open;
        } else if (open.contains(a.referentie().strip())) {
            doel = List.of(a.referentie().strip());
        } else {
            throw new AfwijzingOngeldig("ONBEKENDE_REFERENTIE", "referentie", "dit verzoek heeft geen onbeantwoord product "
                    + "met deze referentie");
        }
        if (doel.isEmpty()) {
            throw new Probleem(HttpStatus.CONFLICT, "AL_BEANTWOORD", "Al beantwoord", "elk product van dit verzoek is al beantwoord");
        }
        return maak(b, wet, doel, reden, gemeente, open.size() == doel.size());
    }

    private List<Long> maak(InkomendBericht b, Wet wet, List<String> referenties, String reden, String gemeente,
                            boolean alles) {
        Berichtsoort soort = Berichtsoort.van(wet, "319");
        Berichtnummering nummering = new Berichtnummering(uitbox.jdbc());
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        for (String referentie : referenties) {
            String identificatie = nummering.berichtidentificatie(b.gemeentecode());
            Header kop = new Header(soort, b.gemeentecode(), b.afzender(), identificatie, LocalDate.now(NEDERLAND),
                    Header.XsdVersie.RELEASE_3_2);
            byte[] xml = Berichtschrijver.schrijf(new Antwoordbericht(kop, referentie, AFGEWEZEN, reden, gemeente));
            if (instellingen.schema() != null) {
                try {
                    var meldingen = instellingen.schema().controleer(soort, xml);
                    if (!meldingen.isEmpty()) {
                        throw new IllegalStateException("de geschreven " + soort + " past niet in het XSD: " + meldingen);
                    }
                } catch (OngeldigBerichtException e) {
                    throw new IllegalStateException("de geschreven " + soort + " past niet in het XSD", e);
                }
            }
            ids.add(uitbox.voegAntwoordToe(b.gemeentecode(), b.clientId(), b.id(), soort.name(), b.afzender(),
                    identificatie, xml, nu));
        }
        if (alles) {
            inkomend.markeerBeantwoord(b.id());
        }
        return ids;
    }

    private static Bericht lees(InkomendBericht b) {
        try {
            return Berichtlezer.lees(b.inhoud());
        } catch (OngeldigBerichtException e) {
            return null; // a rejected message: nothing to answer
        }
    }

    private Set<String> beantwoordeReferenties(InkomendBericht b) {
        Set<String> uit = new LinkedHashSet<>();
        for (UitgaandBericht u : uitbox.antwoordenOp(b.id(), Set.of(b.gemeentecode()))) {
            if (u.soort().endsWith("319")) {
                try {
                    if (Berichtlezer.lees(u.inhoud()) instanceof Antwoordbericht a) {
                        uit.add(a.referentieAanbieder());
                    }
                } catch (OngeldigBerichtException e) {
                    throw new IllegalStateException("een opgeslagen 319 is niet te lezen", e);
                }
            }
        }
        return uit;
    }
}
