package dev.plugbay.archfixture.bad.portoutusesportin.application.port.out;

import dev.plugbay.archfixture.bad.portoutusesportin.application.port.in.NotifyUseCase;

public interface CallbackPort {
    void register(NotifyUseCase useCase);
}
