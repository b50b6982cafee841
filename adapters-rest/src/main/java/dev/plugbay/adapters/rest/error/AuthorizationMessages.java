package dev.plugbay.adapters.rest.error;

/** The sentences for refused requests, the same whichever part of the server refuses them. */
public final class AuthorizationMessages {

    public static final String UNAUTHORIZED = "A valid bearer token is required";
    /** For a request whose token was refused: the Invenicum client signs the user out on exactly this sentence. */
    public static final String INVALID_TOKEN = "Invalid or expired token";
    public static final String FORBIDDEN = "You are not allowed to do this";

    private AuthorizationMessages() {
    }
}
