package nl.indiceer.aanvraag;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;

/**
 * One product the consultant wants to grant, with the volume built up from posten.
 *
 * @param soort new help, or a verlenging, overgang or terugval of one running allocation
 * @param gezin optional: the children directly involved in a family product (empty otherwise)
 * @param pauzeert ids of running allocations this line pauses while it runs (crisis, 001:4304-4306); they resume
 *                 afterwards under their own allocation
 * @param normering optional: the normenkader task form the volume rests on, as the JSON object of
 *                  docs/normenkader-formaat.md without peildatum and regio (the request's own apply); kept as text
 *                  because the engine does not read it: the normenkader capability does, for the decision
 * @param referentieAanbieder optional: the provider's ReferentieAanbieder of the 315 product or 317 this line answers;
 *                  the engine ignores it, the 301 that grants the line carries it (TR379)
 */
public record Productregel(Productkeuze productkeuze, Regelsoort soort, Looptijd looptijd, Volumeverzoek volumeverzoek,
                           Onderbouwing onderbouwing, List<Gezinslid> gezin, List<String> pauzeert,
                           String normering, String referentieAanbieder) {

    public Productregel {
        Objects.requireNonNull(soort, "soort");
        gezin = List.copyOf(gezin);
        pauzeert = pauzeert == null ? List.of() : List.copyOf(pauzeert);
    }

    /** Without a provider's reference. */
    public Productregel(Productkeuze productkeuze, Regelsoort soort, Looptijd looptijd, Volumeverzoek volumeverzoek,
                        Onderbouwing onderbouwing, List<Gezinslid> gezin, List<String> pauzeert, String normering) {
        this(productkeuze, soort, looptijd, volumeverzoek, onderbouwing, gezin, pauzeert, normering, null);
    }

    public Productregel(Productkeuze productkeuze, Regelsoort soort, Looptijd looptijd, Volumeverzoek volumeverzoek,
                        Onderbouwing onderbouwing, List<Gezinslid> gezin, List<String> pauzeert) {
        this(productkeuze, soort, looptijd, volumeverzoek, onderbouwing, gezin, pauzeert, null);
    }

    public Productregel(Productkeuze productkeuze, Regelsoort soort, Looptijd looptijd, Volumeverzoek volumeverzoek,
                        Onderbouwing onderbouwing, List<Gezinslid> gezin) {
        this(productkeuze, soort, looptijd, volumeverzoek, onderbouwing, gezin, List.of(), null);
    }

    /** The same line with another motivation and hardheidsclausule (as decided), everything else kept. */
    public Productregel metOnderbouwing(Onderbouwing andere) {
        return new Productregel(productkeuze, soort, looptijd, volumeverzoek, andere, gezin, pauzeert, normering,
                referentieAanbieder);
    }

    public String product() {
        return productkeuze.product();
    }

    public Financiering financiering() {
        return productkeuze.financiering();
    }

    public LocalDate begindatum() {
        return looptijd.begindatum();
    }

    /** Inclusive. */
    public LocalDate einddatum() {
        return looptijd.einddatum();
    }

    public Periode periode() {
        return volumeverzoek.periode();
    }

    public List<Post> posten() {
        return volumeverzoek.posten();
    }

    /** A motivation of only spaces, zero-width or other invisible characters is no motivation. */
    public boolean heeftMotivering() {
        return onderbouwing.heeftMotivering();
    }
}
