package dev.plugbay.archfixture.bad.clockinapplication.application.service;

public class Elapsed {
    public long since(long startMillis) {
        return System.currentTimeMillis() - startMillis;
    }
}
