package nl.indiceer.web.beveiliging;

/** Who called the API with which token: the details of an API call's authentication. */
public record Tokenhouder(long gebruikerId, String tokenHash) {
}
