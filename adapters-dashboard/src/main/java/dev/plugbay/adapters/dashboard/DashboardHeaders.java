package dev.plugbay.adapters.dashboard;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The headers the dashboard's page and files go out with. The Content-Security-Policy allows
 * scripts, styles and calls from this origin only and images over https (a plugin's UI may show
 * them), so that even a plugin's text that slipped into the page as markup could not run. Files
 * are revalidated on every use ({@code no-cache}, answered 304 from their Last-Modified), so an
 * upgraded jar never mixes old and new modules. No referrer leaves the page.
 */
@ServerFilter({DashboardHeaders.PAGE, DashboardHeaders.FILES})
final class DashboardHeaders {

    static final String PAGE = "/";
    static final String FILES = "/dashboard/**";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' https:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache");
    }
}
