package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.declaratie.Eenheid;
import nl.indiceer.declaratie.Frequentie;
import nl.indiceer.declaratie.Omvang;
import nl.indiceer.declaratie.ToegewezenProduct;
import nl.indiceer.declaratie.Uitvoeringsvariant;
import nl.indiceer.declaratie.Wet;

/**
 * The allocations a declaration is checked against, from a folder of 301s (the command line's source; the application
 * has its own). A later 301 replaces what an earlier one said about the same ToewijzingNummer (OP087: a 301 carries the
 * provider's full current set); RedenWijziging 13 (verwijderd) removes the allocation. Memory: one small record per
 * allocation.
 */
public final class Toewijzingsregister {

    private final Map<String, ToegewezenProduct> toewijzingen = new HashMap<>();
    /** One instance of each equal value the allocations share: see {@link #gedeeld(ToegewezenProduct)}. */
    private final Map<Object, Object> gedeeld = new HashMap<>();
    private int berichten;

    private Toewijzingsregister() {
    }

    /** A refused 301 in the folder: the file and the reasons with their lines. */
    public static final class OngeldigeToewijzingException extends Exception {
        private final transient Path bestand;
        private final transient OngeldigBerichtException oorzaak;

        OngeldigeToewijzingException(Path bestand, OngeldigBerichtException oorzaak, String tekst) {
            super(tekst);
            this.bestand = bestand;
            this.oorzaak = oorzaak;
        }

        public Path bestand() {
            return bestand;
        }

        /** The reasons with their lines, or null when the file could not be read at all. */
        public OngeldigBerichtException oorzaak() {
            return oorzaak;
        }
    }

    /** Every {@code *.xml} in the folder (not its subfolders) must be a 301 of iJw or iWmo 3.2. */
    public static Toewijzingsregister uitMap(Path map) throws IOException, OngeldigeToewijzingException {
        List<Path> bestanden = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(map, "*.xml")) {
            s.forEach(bestanden::add);
        }
        bestanden.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<Toewijzingsbericht> gelezen = new ArrayList<>(bestanden.size());
        for (Path p : bestanden) {
            byte[] inhoud;
            try (InputStream in = Files.newInputStream(p)) {
                inhoud = in.readNBytes(Berichtlezer.MAXIMALE_GROOTTE + 1);
            }
            Bericht b;
            try {
                b = Berichtlezer.lees(inhoud);
            } catch (OngeldigBerichtException e) {
                throw new OngeldigeToewijzingException(p, e, p.getFileName() + ": " + e.getMessage());
            }
            if (!(b instanceof Toewijzingsbericht t)) {
                throw new OngeldigeToewijzingException(p, null, p.getFileName() + ": is een " + b.soort() + ", geen 301");
            }
            gelezen.add(t);
        }
        // the order in which the municipality sent them: by Dagtekening, then by file name (stable sort)
        gelezen.sort(Comparator.comparing(t -> t.header().dagtekening()));
        Toewijzingsregister r = new Toewijzingsregister();
        gelezen.forEach(r::neemOp);
        return r;
    }

    /** An empty register to fill with {@link #neemOp}. */
    public static Toewijzingsregister leeg() {
        return new Toewijzingsregister();
    }

    /** Takes in the allocations of one 301, replacing what was known about their numbers. */
    public void neemOp(Toewijzingsbericht bericht) {
        berichten++;
        for (nl.indiceer.berichten.ToegewezenProduct p : bericht.producten()) {
            String nummer = Long.toString(p.toewijzingNummer());
            if (nl.indiceer.berichten.ToegewezenProduct.VERWIJDERD.equals(p.redenWijziging())) {
                toewijzingen.remove(nummer);
            } else {
                ToegewezenProduct t = voorControle(bericht, p);
                if (t != null) {
                    toewijzingen.put(nummer, gedeeld(t));
                }
            }
        }
    }

    /**
     * An allocation of a 301 as the check needs it; null when it names no product category (the check cannot relate
     * a prestatie to it). The 301 does not say the financing form: output units (82) and euros (83) are outputgericht,
     * an allocation without Omvang is taakgericht, everything else inspanningsgericht (a judgement, see the report of
     * issue 11 and docs/declaraties.md). The contractual tariff is not in a 301: the prestatie's ProductTarief is used
     * for TR346.
     */
    public static ToegewezenProduct voorControle(Toewijzingsbericht bericht, nl.indiceer.berichten.ToegewezenProduct p) {
        if (p.product() == null || p.product().categorie() == null) {
            return null;
        }
        Omvang omvang = null;
        if (p.omvang() != null) {
            Eenheid e = Eenheid.vanCode(p.omvang().eenheid());
            Frequentie f = Frequentie.vanCode(p.omvang().frequentie());
            if (e != null && f != null) {
                omvang = new Omvang(p.omvang().volume(), e, f);
            }
        }
        // output units (82) and euros (83) are outputgericht: IV077's outputgericht examples and IV042's euro example
        // all allocate euros; minutes, hours, dagdelen, etmalen and stuks (inspanning) are inspanningsgericht
        Uitvoeringsvariant variant = omvang == null ? Uitvoeringsvariant.TAAKGERICHT
                : omvang.eenheid() == Eenheid.STUKS_OUTPUT || omvang.eenheid() == Eenheid.EURO ? Uitvoeringsvariant.OUTPUTGERICHT
                : Uitvoeringsvariant.INSPANNINGSGERICHT;
        Wet wet = bericht.soort().wet() == nl.indiceer.berichten.Wet.WMO ? Wet.WMO : Wet.JEUGDWET;
        return new ToegewezenProduct(Long.toString(p.toewijzingNummer()), bericht.client().bsn(), wet,
                p.product().categorie(), p.product().code(), bericht.header().ontvanger(), p.ingangsdatum(), p.einddatum(),
                omvang, variant, null);
    }

    /**
     * The allocation with its product, provider, dates, volume and tariff as instances shared with every other
     * allocation that has the same: a handful of product codes, providers and start dates serve 100 000 allocations.
     * Less memory, and above all the check reads them from the processor's cache instead of from a separate place in
     * memory for each allocation (issue 11: those reads were a large part of the check's own cost).
     */
    private ToegewezenProduct gedeeld(ToegewezenProduct t) {
        return new ToegewezenProduct(t.toewijzingNummer(), t.client(), t.wet(), deel(t.productcategorie()),
                deel(t.productcode()), deel(t.aanbieder()), deel(t.ingangsdatum()), deel(t.einddatum()), deel(t.omvang()),
                t.variant(), deel(t.tarief()));
    }

    @SuppressWarnings("unchecked")
    private <T> T deel(T waarde) {
        return waarde == null ? null : (T) gedeeld.computeIfAbsent(waarde, w -> w);
    }

    /** The allocation with this number, or null. */
    public ToegewezenProduct toewijzing(String nummer) {
        return toewijzingen.get(nummer);
    }

    public int aantal() {
        return toewijzingen.size();
    }

    /** The number of 301s taken in. */
    public int berichten() {
        return berichten;
    }
}
