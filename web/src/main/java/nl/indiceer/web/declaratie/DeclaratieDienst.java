package nl.indiceer.web.declaratie;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.berichten.declaratie.Declaratieverwerking;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.berichten.declaratie.Leveringsspecificatielezer;
import nl.indiceer.berichten.declaratie.Leveringsspecificaties;
import nl.indiceer.berichten.declaratie.OngeldigeSpecificatieException;
import nl.indiceer.berichten.declaratie.Toewijzingsregister;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.declaratie.Controleuitkomst;
import nl.indiceer.declaratie.DebetCredit;
import nl.indiceer.declaratie.Declaratiebevinding;
import nl.indiceer.declaratie.DeclaratiebevindingTekst;
import nl.indiceer.declaratie.Declaratiecontrole;
import nl.indiceer.declaratie.Eenheid;
import nl.indiceer.declaratie.Prestatie;
import nl.indiceer.declaratie.Regioregelkeuze;
import nl.indiceer.termijn.Werkdagkalender;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receiving a provider's 323, for the API, the pages and the folder alike. The message is read as a stream and every
 * prestatie checked ({@link Declaratieverwerking}, core's {@link Declaratiecontrole}) against the allocations the
 * municipality sent ({@link VerstuurdeToewijzingen}) and the prestaties approved before (so TR322 counts earlier
 * months and a credit can take back an earlier debit); the outcomes are stored in batches in the same transaction as
 * the message. A message that turns out unreadable halfway (cut off, malformed, an impossible date, an absurd volume)
 * rolls that transaction back and is then stored AFGEKEURD with its line and reason, and nothing else.
 *
 * <p>The receiving municipality is the header's Ontvanger, which must be one of the user's; checks of one municipality
 * take turns. Audited: {@code DECLARATIE_ONTVANGEN}, {@code DECLARATIE_AFGEKEURD}.
 */
@Service
public class DeclaratieDienst {

    /** OP090x4: a 325 within ten working days after the 323 was received. */
    public static final int ANTWOORD_WERKDAGEN = 10;
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** What receiving gave: the stored message and, for a rejected one, the reason with its line. */
    public record Ontvangst(Declaratie declaratie, List<OngeldigBerichtException.Melding> meldingen) {
    }

    private final DeclaratieOpslag opslag;
    private final VerstuurdeToewijzingen toewijzingen;
    private final Audit audit;
    private final TransactionTemplate transactie;
    private final RegelingenInWerking regelingen;
    private final Werkdagkalender kalender = new Werkdagkalender();

    public DeclaratieDienst(DeclaratieOpslag opslag, VerstuurdeToewijzingen toewijzingen, Audit audit,
                            TransactionTemplate transactie, RegelingenInWerking regelingen) {
        this.opslag = opslag;
        this.toewijzingen = toewijzingen;
        this.audit = audit;
        this.transactie = transactie;
        this.regelingen = regelingen;
    }

    /**
     * @param gemeente the municipality the user receives for; null: the header's Ontvanger (for an unreadable message
     *                 the user's only municipality)
     * @param bestand  the file's name when taken from the folder, else null
     */
    public Ontvangst ontvang(Medewerker wie, String gemeente, byte[] inhoud, String bestand) {
        return ontvang(wie, gemeente, inhoud, bestand, null);
    }

    /**
     * @param specificatie the provider's leveringsspecificatie beside the 323 (docs/leveringsspecificatie.md), or null;
     *                     one that cannot be read refuses the upload with {@link OngeldigeSpecificatie} and stores nothing
     */
    public Ontvangst ontvang(Medewerker wie, String gemeente, byte[] inhoud, String bestand, byte[] specificatie) {
        return ontvang(wie, gemeente, inhoud, bestand, false, leesSpecificatie(specificatie));
    }

    /** From the folder: a message for a municipality the user does not work for is left alone (null). */
    Ontvangst ontvangUitMap(Medewerker wie, byte[] inhoud, String bestand) {
        return ontvangUitMap(wie, inhoud, bestand, null);
    }

    /**
     * From the folder with the leveringsspecificatie found beside the 323 (or null): one that cannot be read refuses the
     * 323 with {@link OngeldigeSpecificatie} and stores nothing, as on upload.
     */
    Ontvangst ontvangUitMap(Medewerker wie, byte[] inhoud, String bestand, byte[] specificatie) {
        return ontvang(wie, null, inhoud, bestand, true, leesSpecificatie(specificatie));
    }

    /** A leveringsspecificatie that cannot be read: the line, column and code say where and why (nothing is stored). */
    public static final class OngeldigeSpecificatie extends Probleem {
        private final transient OngeldigeSpecificatieException oorzaak;

        OngeldigeSpecificatie(OngeldigeSpecificatieException e) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "SPECIFICATIE_" + e.code(), "Leveringsspecificatie ongeldig",
                    e.getMessage());
            this.oorzaak = e;
        }

        public OngeldigeSpecificatieException oorzaak() {
            return oorzaak;
        }

        @Override
        public Map<String, Object> gegevens() {
            Map<String, Object> g = new java.util.LinkedHashMap<>();
            g.put("regel", oorzaak.regel());
            if (oorzaak.kolom() != null) {
                g.put("kolom", oorzaak.kolom());
            }
            return g;
        }
    }

    private static Leveringsspecificaties leesSpecificatie(byte[] specificatie) {
        if (specificatie == null || specificatie.length == 0) {
            return Leveringsspecificaties.GEEN;
        }
        try {
            return Leveringsspecificatielezer.lees(new ByteArrayInputStream(specificatie));
        } catch (OngeldigeSpecificatieException e) {
            throw new OngeldigeSpecificatie(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Ontvangst ontvang(Medewerker wie, String gemeente, byte[] inhoud, String bestand, boolean alleenEigen,
                              Leveringsspecificaties specificatie) {
        if (gemeente != null && !wie.gemeenten().contains(gemeente)) {
            throw new Probleem(HttpStatus.NOT_FOUND, "GEMEENTE_ONBEKEND", "Gemeente niet gevonden",
                    "u werkt niet voor een gemeente met deze code");
        }
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        LocalDate termijn = kalender.naWerkdagen(nu.atZoneSameInstant(NEDERLAND).toLocalDate(), ANTWOORD_WERKDAGEN);
        Controle c = new Controle(wie, gemeente, inhoud, bestand, nu, termijn, specificatie);
        try {
            Declaratie d = transactie.execute(s -> c.voerUit());
            return new Ontvangst(d, List.of());
        } catch (Afgewezen a) {
            if (alleenEigen && c.nietVoorGebruiker) {
                return null;
            }
            // stored under the municipality the user chose, else the one the message names, else the user's only one
            String voor = gemeente != null ? gemeente
                    : c.kop != null && wie.gemeenten().contains(c.kop.ontvanger()) ? c.kop.ontvanger()
                    : wie.gemeenten().size() == 1 ? wie.gemeenten().iterator().next() : null;
            if (voor == null) {
                throw new Probleem(HttpStatus.UNPROCESSABLE_CONTENT, "GEMEENTE_ONTBREEKT", "Gemeente ontbreekt",
                        "u werkt voor meer gemeenten en het bericht noemt geen van die als ontvanger; kies de gemeente");
            }
            OngeldigBerichtException.Melding m = a.melding;
            Declaratie d = transactie.execute(s -> {
                long id = opslag.voegAfgekeurdToe(new DeclaratieOpslag.Ontvangst(voor, inhoud, bestand, nu, wie.gebruikersnaam(),
                        termijn), c.kop, (m.regel() > 0 ? "regel " + m.regel() + ": " : "") + m.tekst(), m.regel());
                audit.noteer("DECLARATIE_AFGEKEURD", "declaratie", id, null);
                return opslag.metId(id, Set.of(voor)).orElseThrow();
            });
            return new Ontvangst(d, List.of(m));
        }
    }

    /** Rolls the check's transaction back: the message is refused as a whole. */
    private static final class Afgewezen extends RuntimeException {
        private final transient OngeldigBerichtException.Melding melding;

        Afgewezen(OngeldigBerichtException.Melding melding) {
            super(melding.tekst(), null, false, false);
            this.melding = melding;
        }
    }

    /** One check of one message; the reader calls back into it as the prestaties stream in. */
    private final class Controle implements Declaratieverwerking.Verslag {
        private final Medewerker wie;
        private final String gemeente;
        private final byte[] inhoud;
        private final String bestand;
        private final OffsetDateTime nu;
        private final LocalDate termijn;
        private final List<Declaratieregel> partij = new ArrayList<>(DeclaratieOpslag.PARTIJ);
        private Toewijzingsregister register = Toewijzingsregister.leeg();
        private Map<Long, Long> clienten = Map.of();
        private final Declaratiecontrole controle = new Declaratiecontrole(n -> register.toewijzing(n));
        private Declaratiekop kop;
        private long id;
        private int volgnummer;
        private long afgekeurd;
        private long ingediend;
        private long goedgekeurd;
        /** The message is refused for what it says (not for how it is written): the reason with its line. */
        private OngeldigBerichtException.Melding weigering;
        /** A failure of ours (the database), which the reader would otherwise report as malformed XML. */
        private RuntimeException storing;
        private boolean nietVoorGebruiker;
        private final Leveringsspecificaties specificatie;
        /** Per volgnummer of an approved prestatie the no-shows per year it declared (V27): few, only with a specification. */
        private final Map<Integer, Map<Integer, Integer>> noShows = new java.util.HashMap<>();

        Controle(Medewerker wie, String gemeente, byte[] inhoud, String bestand, OffsetDateTime nu, LocalDate termijn,
                 Leveringsspecificaties specificatie) {
            this.wie = wie;
            this.gemeente = gemeente;
            this.inhoud = inhoud;
            this.bestand = bestand;
            this.nu = nu;
            this.termijn = termijn;
            this.specificatie = specificatie;
        }

        Declaratie voerUit() {
            try {
                new Declaratieverwerking(controle, new Regioregelkeuze(regelingen.nu()))
                        .verwerk(new ByteArrayInputStream(inhoud), null, null, null, this, specificatie);
            } catch (OngeldigBerichtException e) {
                if (storing != null) {
                    throw storing;
                }
                throw new Afgewezen(weigering != null ? weigering : e.meldingen().get(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!partij.isEmpty()) {
                opslag.voegRegelsToe(id, kop.ontvanger(), partij);
            }
            opslag.noteerNoShows(id, noShows);
            opslag.sluit(id, volgnummer, afgekeurd, ingediend, goedgekeurd);
            audit.noteer("DECLARATIE_ONTVANGEN", "declaratie", id, volgnummer);
            return opslag.metId(id, Set.of(kop.ontvanger())).orElseThrow();
        }

        @Override
        public void kop(Declaratiekop k) {
            kop = k;
            try {
                String voor = k.ontvanger();
                if (!wie.gemeenten().contains(voor) || gemeente != null && !gemeente.equals(voor)) {
                    nietVoorGebruiker = !wie.gemeenten().contains(voor);
                    weiger("Ontvanger", "ONTVANGER", "de declaratie is voor gemeente " + voor + ", niet voor "
                            + (gemeente != null ? "gemeente " + gemeente : "een van uw gemeenten"));
                }
                opslag.wachtOpBeurt(voor);
                var eerdere = opslag.eerdereMetNummer(voor, k.afzender(), k.declaratieNummer());
                if (eerdere.isPresent()) {
                    weiger("DeclaratieNummer", "DECLARATIENUMMER", "declaratie " + k.declaratieNummer() + " van aanbieder "
                            + k.afzender() + " is al ontvangen (declaratie " + eerdere.get() + ")");
                }
                id = opslag.voegGecontroleerdToe(new DeclaratieOpslag.Ontvangst(voor, inhoud, bestand, nu,
                        wie.gebruikersnaam(), termijn), k);
                VerstuurdeToewijzingen.Stand stand = toewijzingen.van(voor, null);
                register = stand.register();
                clienten = stand.clienten();
                // what earlier messages approved is not part of this one: booked outside its undo list
                controle.bevestigBericht();
                // with the no-shows they declared: a region's maximum per calendar year counts across months (V27)
                Map<String, Map<Integer, Integer>> eerdereNoShows = opslag.noShows(voor);
                opslag.goedgekeurdeRegels(voor, null, (afzender, r) -> controle.neemOpAlsGoedgekeurd(alsPrestatie(afzender, r),
                        eerdereNoShows.getOrDefault(NoShowtelling.sleutel(r.referentie(), r.toewijzingnummer()), Map.of())));
                controle.beginBericht();
            } catch (Weigering w) {
                throw w;
            } catch (RuntimeException e) {
                storing = e;
                throw e;
            }
        }

        @Override
        public void uitkomst(GedeclareerdePrestatie g, Controleuitkomst u) {
            try {
                boolean goed = u.goedgekeurd();
                Set<String> codes = new LinkedHashSet<>();
                List<String> redenen = new ArrayList<>();
                for (Declaratiebevinding b : u.afkeuringen()) {
                    // stored space-separated: a region's rule ("regeling: declaratieregels") becomes one word
                    codes.add(b.code().regel().replace(" ", ""));
                    redenen.add(DeclaratiebevindingTekst.tekst(b));
                }
                if (!goed) {
                    // why a region's rule allowed less: each appointment's reason with its bron and what is onduidelijk
                    for (Declaratiebevinding b : u.bevindingen()) {
                        if (!b.code().afkeurend() && b.bron() != null) {
                            redenen.add(DeclaratiebevindingTekst.tekst(b));
                        }
                    }
                } else if (!g.isCredit() && specificatie != Leveringsspecificaties.GEEN) {
                    Map<Integer, Integer> n = controle.noShowsVan(Long.toString(g.toewijzingNummer()), g.referentieNummer());
                    if (!n.isEmpty()) {
                        noShows.put(volgnummer, n);
                    }
                }
                partij.add(new Declaratieregel(volgnummer++, g.regel(), g.bsn(), clienten.get(g.toewijzingNummer()),
                        g.referentieNummer(), g.vorigReferentieNummer(), g.toewijzingNummer(), g.productCategorie(),
                        g.productCode(), g.begin(), g.eind(), g.geleverdVolume(), g.eenheid(), g.productTarief(), g.bedrag(),
                        g.debetCredit(), goed, List.copyOf(codes), Declaratieverwerking.retourcodes(u), redenen));
                long teken = g.isCredit() ? -1 : 1;
                ingediend += teken * g.bedrag();
                if (goed) {
                    goedgekeurd += teken * g.bedrag();
                } else {
                    afgekeurd++;
                }
                if (partij.size() >= DeclaratieOpslag.PARTIJ) {
                    opslag.voegRegelsToe(id, kop.ontvanger(), partij);
                    partij.clear();
                }
            } catch (RuntimeException e) {
                storing = e;
                throw e;
            }
        }

        private void weiger(String element, String code, String tekst) {
            weigering = new OngeldigBerichtException.Melding(regelVan(inhoud, element), code, tekst);
            throw new Weigering();
        }
    }

    /** Stops the reader: the message is refused for what its header says ({@code weigering} holds why). */
    private static final class Weigering extends RuntimeException {
        Weigering() {
            super(null, null, false, false);
        }
    }

    /** An approved prestatie of an earlier message, as the check takes it in again. */
    static Prestatie alsPrestatie(String afzender, Declaratieregel r) {
        return new Prestatie(r.referentie(), r.vorigeReferentie(), Long.toString(r.toewijzingnummer()), r.bsn(), afzender,
                r.productcategorie(), r.productcode(), r.begin(), r.eind(), r.volume(), Eenheid.vanCode(r.eenheid()),
                r.producttarief(), r.bedrag(), r.isCredit() ? DebetCredit.CREDIT : DebetCredit.DEBET);
    }

    /** The line of the first element with this local name (a header element, near the top); 1 when not found. */
    static int regelVan(byte[] inhoud, String element) {
        byte[] zoek = (":" + element + ">").getBytes(StandardCharsets.US_ASCII);
        int regel = 1;
        for (int i = 0; i + zoek.length <= inhoud.length && i < 1 << 20; i++) {
            if (inhoud[i] == '\n') {
                regel++;
            } else if (inhoud[i] == zoek[0] && matcht(inhoud, i, zoek)) {
                return regel;
            }
        }
        return 1;
    }

    private static boolean matcht(byte[] inhoud, int vanaf, byte[] zoek) {
        for (int j = 0; j < zoek.length; j++) {
            if (inhoud[vanaf + j] != zoek[j]) {
                return false;
            }
        }
        return true;
    }
}
