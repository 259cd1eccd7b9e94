package dev.allot.config;

import java.nio.file.Path;

/** Two Allot servers must never share one embedded database: the second one stops with this. */
public class DataDirectoryInUseException extends RuntimeException {

    public DataDirectoryInUseException(Path dataDir) {
        super("The data directory " + dataDir + " is in use by another Allot server (it holds "
                + dataDir.resolve("allot.lock") + "). Stop that server, or give this one its own ALLOT_DATA_DIR, "
                + "or point both at one external PostgreSQL with ALLOT_DATABASE_URL.");
    }
}
