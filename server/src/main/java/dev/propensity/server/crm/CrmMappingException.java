package dev.propensity.server.crm;

/** A mapping file or setting does not fit: the message names the file and line, or the entry, and the problem. */
public class CrmMappingException extends RuntimeException {
    public CrmMappingException(String message) {
        super(message);
    }
}
