package dev.plugbay.archfixture.bad.portinusesportout.application.port.in;

import dev.plugbay.archfixture.bad.portinusesportout.application.port.out.LoadPort;

public interface LoadingUseCase {
    LoadPort port();
}
