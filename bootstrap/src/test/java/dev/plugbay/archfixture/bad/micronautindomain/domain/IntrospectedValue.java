package dev.plugbay.archfixture.bad.micronautindomain.domain;

@io.micronaut.core.annotation.Introspected
public record IntrospectedValue(String value) {
}
