package nl.indiceer.beschikking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * Turns a computed request and the consultant's choices into a {@link Beschikking}, or says what is still missing.
 * The figures (volume, rekensom, cost, findings) are taken from the engine's result as they are: a decision states
 * exactly what the engine computed for its request under the recorded rulebook version.
 */
public final class Besluitvorming {

    private Besluitvorming() {
    }

    /**
     * The choices completed from the request: a line without a motivation of its own takes the request line's
     * {@code onderbouwing.motivering}; a line of a change without an allocation takes the one its request line
     * follows up on ({@code verlengt}, {@code overgang_van}, {@code terugval_na}).
     */
    public static Map<Integer, Regelkeuze> aangevuld(Aanvraag aanvraag, Beschikkingsoort soort, Map<Integer, Regelkeuze> keuzes) {
        Map<Integer, Regelkeuze> uit = new LinkedHashMap<>(keuzes);
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Regelkeuze k = uit.get(i);
            if (k == null) {
                continue;
            }
            Productregel p = aanvraag.producten().get(i);
            String motivering = VeiligeTekst.heeftInhoud(k.motivering()) ? k.motivering()
                    : p.onderbouwing() == null ? null : p.onderbouwing().motivering();
            String toewijzing = !soort.verwijstNaarVorige() ? null
                    : k.toewijzing() != null && !k.toewijzing().isBlank() ? k.toewijzing()
                    : p.soort() instanceof Regelsoort.Vervolg v ? v.toewijzing() : null;
            uit.put(i, new Regelkeuze(k.besluit(), motivering, toewijzing));
        }
        return uit;
    }

    /** What is still missing for these choices (after {@link #aangevuld}); empty when the request can be decided. */
    public static List<Ontbrekend> ontbrekend(Aanvraag aanvraag, Uitkomst uitkomst, Beschikkingsoort soort,
                                              Map<Integer, Regelkeuze> keuzes, Normenkaderuitkomsten normenkaders) {
        Map<Integer, Regelkeuze> volledig = aangevuld(aanvraag, soort, keuzes);
        List<Ontbrekend> uit = new ArrayList<>(Besluitregels.ontbrekend(uitkomst, soort, volledig));
        for (Regeluitkomst r : uitkomst.regels()) {
            Regelkeuze k = volledig.get(r.index());
            if (k != null && k.besluit() instanceof Regelbesluit.Toekenning && normenkaders.onvolledig().contains(r.index())) {
                uit.add(new Ontbrekend(Ontbrekend.Code.NORMERING_ONVOLLEDIG, r.index(), Map.of()));
            }
        }
        return uit;
    }

    /**
     * The decision on {@code aanvraag} as computed in {@code uitkomst}.
     *
     * @param vorige   the kenmerk of the decision it changes; null for EERSTE
     * @param gemeente the CBS code of the deciding municipality
     * @param normenkaders per line the normenkader result its volume rests on (see {@code AanvraagNormeringen})
     * @throws OnvolledigBesluitException when {@link #ontbrekend} finds something missing
     */
    public static Beschikking besluit(Aanvraag aanvraag, Uitkomst uitkomst, Beschikkingsoort soort, String vorige,
                                      Map<Integer, Regelkeuze> keuzes, Normenkaderuitkomsten normenkaders,
                                      String kenmerk, long clientId, String gemeente, String besluitnemer,
                                      Instant moment) {
        Map<Integer, Regelkeuze> volledig = aangevuld(aanvraag, soort, keuzes);
        List<Ontbrekend> ontbrekend = ontbrekend(aanvraag, uitkomst, soort, keuzes, normenkaders);
        if (!ontbrekend.isEmpty()) {
            throw new OnvolledigBesluitException(ontbrekend);
        }
        List<Besluitregel> regels = new ArrayList<>();
        for (Regeluitkomst r : uitkomst.regels()) {
            Regelkeuze k = volledig.get(r.index());
            Productregel p = aanvraag.producten().get(r.index());
            Toewijzingsvolume v = r.volume();
            regels.add(new Besluitregel(r.index(), k.besluit(), k.toewijzing(), r.productcode(), r.productnaam(),
                    r.variant(), p.productkeuze().aanbieder(), r.financiering(), new Looptijd(r.begindatum(), r.einddatum()),
                    v == null ? null : new Besluitvolume(v.volume(), v.eenheid(), v.periode(), v.totaal()),
                    r.kosten(), r.rekensom(), Besluitregels.bevindingen(uitkomst, r),
                    VeiligeTekst.heeftInhoud(k.motivering()) ? k.motivering() : null,
                    normenkaders.gebruikt().get(r.index())));
        }
        return new Beschikking(kenmerk, soort, vorige, clientId, gemeente, uitkomst.toegepast().versie(), besluitnemer,
                moment, regels);
    }
}
