package dev.plugbay.domain.error;

/** A URL failed the outbound guard; the message names the rule that refused it. */
public final class UrlNotAllowedException extends DomainException {

    public UrlNotAllowedException(String message) {
        super(message);
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.URL_NOT_ALLOWED;
    }
}
