package k2explorer.catalog;

/** The catalog could not be built, opened or read; the message names the file and what went wrong. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
