package k2explorer.catalog.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a class logs (through System.Logger, which java.util.logging serves) while a piece of a test runs. */
final class LoggedRecords {
    interface Action {
        void run() throws Exception;
    }

    private LoggedRecords() {
    }

    static List<LogRecord> during(Class<?> logging, Action action) throws Exception {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(logging.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return logged;
    }
}
