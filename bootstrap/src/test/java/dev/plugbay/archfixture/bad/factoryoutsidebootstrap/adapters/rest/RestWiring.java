package dev.plugbay.archfixture.bad.factoryoutsidebootstrap.adapters.rest;

@io.micronaut.context.annotation.Factory
public class RestWiring {
}
