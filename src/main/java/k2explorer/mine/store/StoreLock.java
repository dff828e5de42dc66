package k2explorer.mine.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import k2explorer.i18n.Messages;

/** The lock file that keeps a second running copy of the app from writing the same user data. */
final class StoreLock {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock taken, or why the data must be opened read-only instead (exactly one of the two is set). */
    record Attempt(StoreLock taken, ReadOnly refused) {
    }

    static Attempt take(StoreFiles files) {
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(files.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            // Not being able to take the lock says nothing about another window; it says the lock cannot be written.
            close(channel);
            return new Attempt(null, new ReadOnly(UserDataStore.Status.READ_ONLY_FILE,
                    Messages.get("store.why.lockNotWritable", files.lock(), e.getMessage(), files.file())));
        }
        if (lock == null) {
            close(channel);
            return new Attempt(null, new ReadOnly(UserDataStore.Status.READ_ONLY_LOCKED,
                    Messages.get("store.why.locked", files.file())));
        }
        return new Attempt(new StoreLock(channel, lock), null);
    }

    /** Releases the lock; quietly, as the lock goes with the process anyway. */
    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Nothing to lose: the channel only held a lock.
        }
    }
}
