package dev.plugbay.archfixture.bad.controlleroutsiderest.adapters.github;

@io.micronaut.http.annotation.Controller("/webhook")
public class WebhookController {
}
