package dev.plugbay.archfixture.bad.singletoninapplication.application.service;

@jakarta.inject.Singleton
public class InjectedService {
}
