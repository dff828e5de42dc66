package k2explorer.mine.store;

/** A problem with the user data file, worded for the user: what went wrong and which file. */
public class UserDataException extends RuntimeException {
    public UserDataException(String message, Throwable cause) {
        super(message, cause);
    }

    public UserDataException(String message) {
        super(message);
    }
}
