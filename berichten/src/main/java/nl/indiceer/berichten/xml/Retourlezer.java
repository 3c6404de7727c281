package nl.indiceer.berichten.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Retourbericht;

/**
 * Reads a retour message (JW302, JW320). The bytes are checked as every message's are ({@link XmlInlezer}: size, BOM,
 * UTF-8, no DOCTYPE or entities, known namespace); the header is read element by element in the order of its XSD, every
 * date and code checked. The body repeats the answered message with RetourCodes on each part: the reader takes the
 * codes of every part with what identifies it, and checks the body's shape where it relies on it (RetourCodes hold one
 * or more RetourCode of four letters or digits); the rest of the body is the official XSD's to check
 * ({@link Schemacontrole}), since Indiceer already holds the message it answers.
 */
public final class Retourlezer {

    private static final boolean B = false;
    private static final boolean BASIS = true;
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}");
    /** The parts whose value names them within the message. */
    private static final Set<String> SLEUTELS = Set.of("ToewijzingNummer", "ReferentieAanbieder", "Gemeente");

    private Retourlezer() {
    }

    /** Whether these bytes are a retour message at all (by the namespace of the root); false for anything unreadable. */
    public static boolean isRetour(byte[] inhoud) {
        try {
            return XmlInlezer.lees(inhoud).soort().richting() == Berichtsoort.Richting.RETOUR;
        } catch (OngeldigBerichtException e) {
            return false;
        }
    }

    /** @throws OngeldigBerichtException with the reason and its line; the only exception for bad input */
    public static Retourbericht lees(byte[] inhoud) throws OngeldigBerichtException {
        XmlInlezer.Gelezen xml = XmlInlezer.lees(inhoud);
        Berichtsoort soort = xml.soort();
        if (soort.richting() != Berichtsoort.Richting.RETOUR) {
            throw new OngeldigBerichtException(xml.wortel().regel, "SOORT", "een " + soort + " is geen retourbericht "
                    + "(JW302 of JW320)");
        }
        Kinderen k = new Kinderen(xml.wortel());
        Knoop kop = k.knoop(B, "Header");
        Kinderen h = new Kinderen(kop);
        Knoop code = h.knoop(B, "BerichtCode");
        String berichtcode = Kinderen.waarde(code);
        if (!berichtcode.equals(soort.berichtcode())) {
            throw new OngeldigBerichtException(code.regel, "BERICHTCODE", "BerichtCode " + Meldingtekst.schoon(berichtcode)
                    + " past niet bij de namespace van een " + soort + " (BerichtCode " + soort.berichtcode() + ")");
        }
        versie(h, "BerichtVersie", Berichtsoort.BERICHTVERSIE);
        versie(h, "BerichtSubversie", Berichtsoort.BERICHTSUBVERSIE);
        String afzender = vorm(h.knoop(B, "Afzender"), "[0-9]{4}", "de viercijferige code van de gemeente die het "
                + "beantwoorde bericht stuurde");
        String ontvanger = vorm(h.knoop(B, "Ontvanger"), "[0-9]{8}", "de AGB-code (acht cijfers) van de aanbieder");
        Kinderen id = new Kinderen(h.knoop(B, "BerichtIdentificatie"));
        String identificatie = vorm(id.knoop(BASIS, "Identificatie"), "[^\\p{Cntrl}]{1,12}", "een identificatie van "
                + "hoogstens 12 tekens");
        var dagtekening = id.datum(BASIS, "Dagtekening");
        id.einde();
        xsd(h, "XsdVersie");
        String identificatieRetour = h.tekst(B, "IdentificatieRetour");
        var dagtekeningRetour = h.datum(B, "DagtekeningRetour");
        h.optioneel(B, "XsltVersie");
        xsd(h, "XsdVersieRetour");
        List<Retourbericht.Deel> delen = new ArrayList<>();
        Knoop codes = h.optioneelKnoop(B, "RetourCodes");
        if (codes != null) {
            delen.add(new Retourbericht.Deel("Header", null, codes(codes)));
        }
        h.einde();
        String inhoudsdeel = soort == Berichtsoort.JW302 ? "Client" : "Antwoord";
        Knoop lichaam = k.optioneelKnoop(B, inhoudsdeel);
        if (lichaam != null) {
            delen(lichaam, delen);
        }
        k.einde();
        return new Retourbericht(soort, afzender, ontvanger, identificatie, dagtekening, identificatieRetour,
                dagtekeningRetour, delen);
    }

    private static String vorm(Knoop k, String patroon, String wat) throws OngeldigBerichtException {
        String waarde = Kinderen.waarde(k);
        if (!waarde.matches(patroon)) {
            throw new OngeldigBerichtException(k.regel, "WAARDE", k.naam + " '" + Meldingtekst.schoon(waarde) + "' is niet "
                    + wat);
        }
        return waarde;
    }

    private static void versie(Kinderen k, String naam, String verwacht) throws OngeldigBerichtException {
        Knoop v = k.knoop(B, naam);
        if (!Kinderen.waarde(v).equals(verwacht)) {
            throw new OngeldigBerichtException(v.regel, "BERICHTCODE", naam + " '" + Meldingtekst.schoon(Kinderen.waarde(v))
                    + "' is niet die van release 3.2 (" + verwacht + ")");
        }
    }

    private static void xsd(Kinderen h, String naam) throws OngeldigBerichtException {
        Kinderen x = new Kinderen(h.knoop(B, naam));
        x.tekst(BASIS, "BasisschemaXsdVersie");
        x.tekst(BASIS, "BerichtXsdVersie");
        x.einde();
    }

    /** A part of the body: its own codes (the RetourCodes among its children), then its children's parts. */
    private static void delen(Knoop deel, List<Retourbericht.Deel> delen) throws OngeldigBerichtException {
        String sleutel = null;
        List<String> eigen = null;
        for (Knoop kind : deel.kinderen) {
            if (kind.basis) {
                continue;
            }
            if (kind.naam.equals("RetourCodes")) {
                if (eigen != null) {
                    throw new OngeldigBerichtException(kind.regel, "STRUCTUUR", "element RetourCodes staat twee keer in "
                            + deel.naam);
                }
                eigen = codes(kind);
            } else if (sleutel == null && SLEUTELS.contains(kind.naam) && kind.isBlad()) {
                sleutel = Kinderen.waarde(kind);
            }
        }
        if (eigen != null) {
            delen.add(new Retourbericht.Deel(deel.naam, sleutel, eigen));
        }
        for (Knoop kind : deel.kinderen) {
            if (!kind.basis && !kind.naam.equals("RetourCodes") && !kind.isBlad()) {
                delen(kind, delen);
            }
        }
    }

    /** RetourCodes: one or more RetourCode of four digits or capitals (WJ001); also the 325's. */
    static List<String> codes(Knoop retourCodes) throws OngeldigBerichtException {
        Kinderen k = new Kinderen(retourCodes);
        List<String> codes = new ArrayList<>();
        for (Knoop c : k.herhaald(B, "RetourCode")) {
            String code = Kinderen.waarde(c);
            if (!CODE.matcher(code).matches()) {
                throw new OngeldigBerichtException(c.regel, "WAARDE", "RetourCode '" + Meldingtekst.schoon(code)
                        + "' is geen retourcode (vier cijfers of hoofdletters, codelijst WJ001)");
            }
            codes.add(code);
        }
        k.einde();
        return codes;
    }
}
