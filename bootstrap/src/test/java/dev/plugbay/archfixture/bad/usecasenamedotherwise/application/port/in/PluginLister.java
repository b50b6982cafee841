package dev.plugbay.archfixture.bad.usecasenamedotherwise.application.port.in;

import java.util.List;

/** Broken on purpose: a use-case interface whose name does not end in {@code UseCase}. */
public interface PluginLister {

    List<String> list();
}
