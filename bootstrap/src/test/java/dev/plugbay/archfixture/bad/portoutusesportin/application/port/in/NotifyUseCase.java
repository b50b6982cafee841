package dev.plugbay.archfixture.bad.portoutusesportin.application.port.in;

public interface NotifyUseCase {
}
