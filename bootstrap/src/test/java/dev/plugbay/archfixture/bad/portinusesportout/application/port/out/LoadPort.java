package dev.plugbay.archfixture.bad.portinusesportout.application.port.out;

public interface LoadPort {
}
