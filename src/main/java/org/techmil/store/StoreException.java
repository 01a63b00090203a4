package org.techmil.store;

/** A store that cannot be opened or written: missing, locked, not a store, or on a read-only or full disk. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
