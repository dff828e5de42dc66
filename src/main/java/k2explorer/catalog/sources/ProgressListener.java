package k2explorer.catalog.sources;

/** Receives progress of long catalog work (0..1 and a short message); called on the worker thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, message) -> { };

    void progress(double fraction, String message);
}
