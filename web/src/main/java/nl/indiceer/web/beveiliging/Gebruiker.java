package nl.indiceer.web.beveiliging;

/** A user as stored; {@code wachtwoordHash} is a bcrypt hash, never the password. */
public record Gebruiker(long id, String gebruikersnaam, String wachtwoordHash, Rol rol, boolean actief) {

    @Override
    public String toString() {
        return "Gebruiker[" + id + ", " + gebruikersnaam + ", " + rol + "]";
    }
}
