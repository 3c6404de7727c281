package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.declaratie.Controleuitkomst;
import nl.indiceer.declaratie.DebetCredit;
import nl.indiceer.declaratie.Declaratiebevinding;
import nl.indiceer.declaratie.Declaratiecode;
import nl.indiceer.declaratie.Declaratiecontrole;
import nl.indiceer.declaratie.Eenheid;
import nl.indiceer.declaratie.Leveringsspecificatie;
import nl.indiceer.declaratie.Prestatie;
import nl.indiceer.declaratie.Regioregelkeuze;

/**
 * Checks one 323 as it streams in and writes its 325: each prestatie goes through the {@link Declaratiecontrole} (which
 * keeps the state per allocation across messages) and its outcome to the 325 and to the caller's {@link Verslag}. A
 * message refused halfway (cut off, malformed) is taken back as a whole: nothing it approved stays booked and no 325 is
 * written (IV087: a message that fails the schema gets no 325).
 *
 * <p>OP366 wants the credits of a message handled before its debits; as a stream the prestaties are handled in the
 * order of the file. A credit of a debit in the same message is refused (TR316), which needs the message's debit
 * references: a set of strings, bounded by the prestaties of one message.
 */
public final class Declaratieverwerking {

    /** What the caller hears while the message is checked (a report). */
    public interface Verslag {
        void kop(Declaratiekop kop);

        void uitkomst(GedeclareerdePrestatie prestatie, Controleuitkomst uitkomst);
    }

    /** The outcome of one message. */
    public record Resultaat(Declaratiekop kop, long prestaties, long afgekeurd, long toegekendBedrag) {
    }

    private final Declaratiecontrole controle;
    private final Regioregelkeuze regio;

    public Declaratieverwerking(Declaratiecontrole controle) {
        this(controle, null);
    }

    /** @param regio which region's own rules apply to a prestatie that has a leveringsspecificatie; null: none */
    public Declaratieverwerking(Declaratiecontrole controle, Regioregelkeuze regio) {
        this.controle = controle;
        this.regio = regio;
    }

    /** Without a leveringsspecificatie: the iStandaarden rules only. */
    public Resultaat verwerk(InputStream in, Function<Declaratiekop, Path> antwoord, String identificatie,
                             LocalDate dagtekening, Verslag verslag) throws OngeldigBerichtException, IOException {
        return verwerk(in, antwoord, identificatie, dagtekening, verslag, Leveringsspecificaties.GEEN);
    }

    /**
     * @param antwoord       where the 325 goes, from the head of the 323 (null: no 325 is written)
     * @param identificatie  the 325's BerichtIdentificatie
     * @param specificaties  the appointments behind the prestaties of this 323 (the region's own rules need them)
     * @throws OngeldigBerichtException the message is refused; nothing of it is kept
     */
    public Resultaat verwerk(InputStream in, Function<Declaratiekop, Path> antwoord, String identificatie,
                             LocalDate dagtekening, Verslag verslag, Leveringsspecificaties specificaties)
            throws OngeldigBerichtException, IOException {
        Antwoordschrijver[] schrijver = new Antwoordschrijver[1];
        long[] tellers = new long[2];
        DebetsInBericht debetsHierin = new DebetsInBericht();
        controle.beginBericht();
        boolean gelukt = false;
        try {
            Declaratiekop kop = Declaratielezer.lees(in, new Declaratielezer.Ontvanger() {
                private Declaratiekop k;

                @Override
                public void kop(Declaratiekop kop) {
                    k = kop;
                    Path doel = antwoord == null ? null : antwoord.apply(kop);
                    if (doel != null) {
                        try {
                            schrijver[0] = new Antwoordschrijver(doel, kop, identificatie, dagtekening);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    verslag.kop(kop);
                }

                @Override
                public void prestatie(GedeclareerdePrestatie g) {
                    Prestatie p = naarControle(k, g);
                    Controleuitkomst u;
                    if (p.isCredit() && p.vorigeReferentie() != null && debetsHierin.bevat(p.vorigeReferentie())) {
                        u = new Controleuitkomst(p, List.of(Declaratiebevinding.van(Declaratiecode.CREDIT_IN_ZELFDE_BERICHT,
                                "debet", p.vorigeReferentie())));
                    } else {
                        Leveringsspecificatie s = specificaties.voor(g);
                        u = s == null ? controle.controleer(p)
                                : controle.controleer(p, s, regio == null ? null : regio.regels(k.ontvanger(), p.begin()));
                    }
                    if (!p.isCredit()) {
                        debetsHierin.voegToe(p.referentie());
                    }
                    boolean goed = u.goedgekeurd();
                    tellers[0]++;
                    if (!goed) {
                        tellers[1]++;
                    }
                    if (schrijver[0] != null) {
                        beantwoord(schrijver[0], g, u, goed);
                    }
                    verslag.uitkomst(g, u);
                }
            });
            long toegekend = 0;
            if (schrijver[0] != null) {
                schrijver[0].voltooi();
                toegekend = schrijver[0].toegekendBedrag();
            }
            controle.bevestigBericht();
            gelukt = true;
            return new Resultaat(kop, tellers[0], tellers[1], toegekend);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (!gelukt) {
                controle.draaiBerichtTerug();
            }
            if (schrijver[0] != null) {
                schrijver[0].close();
            }
        }
    }

    /** Into the 325: an approved prestatie is only counted (IV087), a rejected one written with its codes. */
    private static void beantwoord(Antwoordschrijver schrijver, GedeclareerdePrestatie g, Controleuitkomst u, boolean goed) {
        try {
            schrijver.prestatie(g, goed ? List.of() : retourcodes(u));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WJ001 codes of a rejected prestatie, each once, in the order found; empty when approved. */
    public static List<String> retourcodes(Controleuitkomst u) {
        if (u.goedgekeurd()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Declaratiebevinding b : u.afkeuringen()) {
            // a region's own rule has no WJ001 code: 0001 (afgekeurd) is the nearest the code list has
            codes.add(b.code().retourcode() == null ? "0001" : b.code().retourcode());
        }
        return new ArrayList<>(codes);
    }

    /** A prestatie of a 323 as the check knows it: the provider is the message's sender. */
    public static Prestatie naarControle(Declaratiekop kop, GedeclareerdePrestatie g) {
        return new Prestatie(g.referentieNummer(), g.vorigReferentieNummer(), Long.toString(g.toewijzingNummer()), g.bsn(),
                kop.afzender(), g.productCategorie(), g.productCode(), g.begin(), g.eind(), g.geleverdVolume(),
                Eenheid.vanCode(g.eenheid()), g.productTarief(), g.bedrag(), g.isCredit() ? DebetCredit.CREDIT : DebetCredit.DEBET);
    }
}
