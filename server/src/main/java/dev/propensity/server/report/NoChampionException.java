package dev.propensity.server.report;

/** A live report was asked for while the registry has no champion to report on. */
public final class NoChampionException extends RuntimeException {
    public NoChampionException(String message) {
        super(message);
    }
}
