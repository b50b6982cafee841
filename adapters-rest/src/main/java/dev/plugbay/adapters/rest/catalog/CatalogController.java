package dev.plugbay.adapters.rest.catalog;

import dev.plugbay.adapters.rest.configuration.BlockingScheduler;
import dev.plugbay.adapters.rest.catalog.CommunityPages.CommunityPage;
import dev.plugbay.adapters.rest.error.ErrorResponse;
import dev.plugbay.adapters.rest.request.PluginIds;
import dev.plugbay.adapters.rest.security.Callers;
import dev.plugbay.adapters.rest.view.PluginDetailView;
import dev.plugbay.adapters.rest.view.PluginView;
import dev.plugbay.adapters.rest.view.PluginViews;
import dev.plugbay.application.port.in.catalog.GetPluginUseCase;
import dev.plugbay.application.port.in.catalog.PreviewStacUseCase;
import dev.plugbay.domain.error.InvalidRequestException;
import io.micronaut.core.annotation.NonBlocking;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/** Browsing the catalog: the community list, one plugin, and a preview of a remote plugin document. */
@Controller("/api/v1/plugins")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "catalog")
final class CatalogController {

    private final GetPluginUseCase getPlugin;
    private final PreviewStacUseCase previewStac;
    private final CommunityPages communityPages;
    private final Callers callers;
    private final Scheduler blocking;

    CatalogController(GetPluginUseCase getPlugin, PreviewStacUseCase previewStac, CommunityPages communityPages,
            Callers callers, BlockingScheduler blocking) {
        this.getPlugin = getPlugin;
        this.previewStac = previewStac;
        this.communityPages = communityPages;
        this.callers = callers;
        this.blocking = blocking.scheduler();
    }

    @Operation(summary = "List public plugins and the caller's private ones, one page at a time",
            description = "The caller's installed plugins are left out unless installed=include; UI plugins only "
                    + "unless kind=code or kind=all. Headers: X-Total-Count (all matches), Link (rel next/prev), a strong ETag; "
                    + "If-None-Match with the current tag answers 304.")
    @ApiResponse(responseCode = "200", description = "One page of plugins",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = PluginView.class))))
    @ApiResponse(responseCode = "304", description = "The page is unchanged since the given ETag")
    @ApiResponse(responseCode = "400", description = "INVALID_REQUEST: a bad parameter",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Get(value = "/community", produces = MediaType.APPLICATION_JSON)
    @NonBlocking
    Mono<HttpResponse<byte[]>> community(Authentication authentication,
            @Nullable @QueryValue("q") String q,
            @Nullable @QueryValue("slot") String slot,
            @Nullable @QueryValue("tag") String tag,
            @Nullable @QueryValue("sort") String sort,
            @Nullable @QueryValue("page") String page,
            @Nullable @QueryValue("size") String size,
            @Nullable @QueryValue("installed") String installed,
            @Nullable @QueryValue("kind") String kind,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CommunityQuery query = new CommunityQuery(q, slot, tag, sort, page, size, installed, kind);
        // A page kept at a revision known in memory is answered on the event loop; any other is read
        // on the blocking executor.
        Optional<CommunityPage> kept = communityPages.keptWithoutWaiting(query, authentication);
        if (kept.isPresent()) {
            return Mono.just(answer(query, kept.get(), ifNoneMatch));
        }
        return Mono.fromCallable(() -> answer(query, communityPages.of(query, authentication), ifNoneMatch))
                .subscribeOn(blocking);
    }

    private static HttpResponse<byte[]> answer(CommunityQuery query, CommunityPage rendered, @Nullable String ifNoneMatch) {
        CommunityAnswer answer = CommunityAnswer.of(query, rendered, ifNoneMatch);
        MutableHttpResponse<byte[]> response = answer.notModified()
                ? HttpResponse.notModified()
                : HttpResponse.ok(answer.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        answer.headers().forEach(response::header);
        return response;
    }

    @Operation(summary = "One plugin with its releases, newest first")
    @ApiResponse(responseCode = "200", description = "The plugin",
            content = @Content(schema = @Schema(implementation = PluginDetailView.class)))
    @ApiResponse(responseCode = "404", description = "PLUGIN_NOT_FOUND (also for a private plugin of another author)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Get("/{id}")
    PluginDetailView plugin(Authentication authentication, @PathVariable("id") String id) {
        return PluginViews.detail(getPlugin.get(callers.browsing(authentication), PluginIds.named(id)));
    }

    @Operation(summary = "Fetch a plugin document from a URL and validate it, storing nothing")
    @ApiResponse(responseCode = "200", description = "The valid plugin",
            content = @Content(schema = @Schema(implementation = StacPreview.class)))
    @ApiResponse(responseCode = "400",
            description = "INVALID_REQUEST (no url), URL_NOT_ALLOWED, INVALID_MANIFEST or INVALID_STAC",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: the document is over its limit",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "502", description = "UPSTREAM_UNAVAILABLE: the document could not be fetched",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @Get("/preview-stac")
    StacPreview previewStac(Authentication authentication, @Nullable @QueryValue("url") String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidRequestException("The url parameter is required");
        }
        return StacPreview.of(previewStac.preview(callers.browsing(authentication), url));
    }
}
