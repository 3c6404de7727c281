package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.stereotype.Component;

/**
 * A family member of a family product ({@code producten[].gezin[]}) may be linked to a client of the same municipality
 * ({@code client_id}): that client's BSN, name and address give the child its own 301 when the product is decided. A
 * client of another municipality is refused exactly like one that does not exist; the child's date of birth in the
 * request must be the linked client's, because it decides who is the youngest (the tariffed allocation).
 */
@Component
class Gezinskoppelingen {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClientOpslag clienten;
    private final Audit audit;

    Gezinskoppelingen(ClientOpslag clienten, Audit audit) {
        this.clienten = clienten;
        this.audit = audit;
    }

    /** Adds a field error (path under {@code invoer}) for every link that is not a client of {@code gemeente}. */
    void controleer(String invoer, String gemeente, List<Map<String, String>> fouten) {
        JsonNode producten;
        try {
            producten = JSON.readTree(invoer).path("producten");
        } catch (Exception e) {
            return; // not readable: the engine names the problem
        }
        for (int i = 0; i < producten.size(); i++) {
            JsonNode gezin = producten.get(i).path("gezin");
            for (int j = 0; j < gezin.size(); j++) {
                JsonNode id = gezin.get(j).path("client_id");
                if (!id.canConvertToExactIntegral() || !id.canConvertToLong() || id.asLong() < 1) {
                    continue; // absent, or not a whole number: the engine names the problem
                }
                String veld = "invoer.producten[" + i + "].gezin[" + j + "].client_id";
                Client kind = clienten.metId(id.asLong(), Set.of(gemeente)).orElse(null);
                if (kind == null) {
                    audit.noteer("CLIENT_NIET_GEVONDEN", "client", id.asLong(), null);
                    fouten.add(Veldfouten.fout(veld, "CLIENT_ONBEKEND",
                            "er is geen cliënt met dit nummer in de gemeente van de aanvraag"));
                    continue;
                }
                audit.noteer("GEZINSLID_GEKOPPELD", "client", kind.id(), null);
                String geboren = gezin.get(j).path("geboortedatum").asText("");
                if (kind.geboortedatum() != null && !geboren.equals(kind.geboortedatum().toString())) {
                    fouten.add(Veldfouten.fout("invoer.producten[" + i + "].gezin[" + j + "].geboortedatum",
                            "ANDERE_GEBOORTEDATUM", "wijkt af van de geboortedatum van de gekoppelde cliënt; die bepaalt "
                                    + "wie het jongste kind is"));
                }
            }
        }
    }
}
