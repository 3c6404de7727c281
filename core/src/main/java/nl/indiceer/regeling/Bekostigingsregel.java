package nl.indiceer.regeling;

import java.util.List;

/** A municipality buys these products (codes or group names) in this way, overriding the product's default. */
public record Bekostigingsregel(List<String> producten, Bekostiging vorm, Bron bron, String onduidelijk) {

    public Bekostigingsregel {
        producten = Onveranderlijk.lijst(producten);
    }
}
